import { type MessageKey, useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import '../ui/kit.css';

/**
 * Everything that does not fit in the five-item menu. Each area adds one
 * entry here (a link, its name and one line about it).
 */
const ITEMS: readonly { href: string; title: MessageKey; text: MessageKey }[] = [
  { href: '/review', title: 'more.review.title', text: 'more.review.text' },
  { href: '/progress', title: 'more.progress.title', text: 'more.progress.text' },
  { href: '/reminders', title: 'more.reminders.title', text: 'more.reminders.text' },
  { href: '/safety', title: 'more.safety.title', text: 'more.safety.text' },
  { href: '/measures', title: 'more.measures.title', text: 'more.measures.text' },
  { href: '/lessons', title: 'more.lessons.title', text: 'more.lessons.text' },
  { href: '/exercise', title: 'more.exercise.title', text: 'more.exercise.text' },
  { href: '/sleep', title: 'more.sleep.title', text: 'more.sleep.text' },
  { href: '/relax', title: 'more.relax.title', text: 'more.relax.text' },
  { href: '/flare-up-plan', title: 'more.flareUp.title', text: 'more.flareUp.text' },
  { href: '/movements', title: 'more.movements.title', text: 'more.movements.text' },
  { href: '/timeline', title: 'more.timeline.title', text: 'more.timeline.text' },
  { href: '/backup', title: 'nav.backup', text: 'more.backup.text' },
  { href: '/link', title: 'more.link.title', text: 'more.link.text' },
  { href: '/settings', title: 'more.settings.title', text: 'more.settings.text' },
  { href: '/export', title: 'more.export.title', text: 'more.export.text' },
  { href: '/about', title: 'more.about.title', text: 'more.about.text' },
];

/** `/more`: the rest of the app. */
export function More() {
  const { t } = useI18n();
  return (
    <div class="page page--more">
      <PageHeading title={t('more.title')} />
      <ul class="link-list">
        {ITEMS.map((item) => (
          <li key={item.href}>
            <a class="link-list-link" href={item.href}>
              {t(item.title)}
            </a>
            <p class="link-list-text">{t(item.text)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
