import { useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';

export function NotFound() {
  const { t } = useI18n();
  return (
    <div class="page">
      <PageHeading title={t('notFound.title')} />
      <p>
        <a class="button" href="/">
          {t('notFound.link')}
        </a>
      </p>
    </div>
  );
}
