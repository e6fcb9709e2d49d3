import { useMemo } from 'preact/hooks';
import { dayOfInstantOrUndefined } from '../../data/dayOfInstant';
import { useToday } from '../../data/useCheckIns';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { GUIDE_IDS, GUIDES, guideSeconds } from '../guides';
import { weekSummary } from '../sessionRecord';
import { useRelaxationSessions } from '../state';
import '../relax.css';

/** `/relax`: the breathing pacer, the three guides, and this week's sessions (never a word about missed days). */
export function RelaxHome() {
  const { t, tn } = useI18n();
  const today = useToday();
  const sessions = useRelaxationSessions();
  const week = useMemo(
    () =>
      weekSummary(
        sessions.map((session) => session.data),
        today,
        dayOfInstantOrUndefined,
      ),
    [sessions, today],
  );
  return (
    <div class="page page--relax">
      <PageHeading title={t('relax.title')} />
      <p class="lead">{t('relax.intro')}</p>
      <p data-week>
        {week.sessions === 0 ? t('relax.week.none') : tn('relax.week.some', week.sessions, { minutes: week.minutes })}
      </p>

      <section class="card" aria-labelledby="relax-breathing">
        <h2 id="relax-breathing">{t('relax.breathing.title')}</h2>
        <p>{t('relax.breathing.summary')}</p>
        <p class="actions">
          <a class="button" href="/relax/breathing">
            {t('relax.breathing.open')}
          </a>
          <a class="text-link" href="/lessons/breathing">
            {t('relax.lesson')}
          </a>
        </p>
      </section>

      <section class="card" aria-labelledby="relax-guides">
        <h2 id="relax-guides">{t('relax.guides.title')}</h2>
        <ul class="link-list">
          {GUIDE_IDS.map((id) => (
            <li key={id} data-guide={id}>
              <a class="link-list-link" href={`/relax/guide/${id}`}>
                {t(GUIDES[id].title)}
              </a>
              <p class="link-list-text">{t(GUIDES[id].summary)}</p>
              <p class="link-list-meta">
                {t('relax.guides.minutes', { minutes: Math.round(guideSeconds(GUIDES[id]) / 60) })}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
