import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { FollowUpQuestion } from '../components/FollowUpQuestion';
import { usePlans } from '../state';
import '../activity.css';

/**
 * `/follow-up/:sessionId`: the follow-up question for one session, for a link
 * to it (the app sends no reminders yet). A session that does not exist on this device is
 * refused with a clear message, and nothing is stored.
 */
export function FollowUpPage() {
  const { t } = useI18n();
  const { params } = useRoute();
  const { plans } = usePlans();
  const [answered, setAnswered] = useState(false);
  const sessionId = params.sessionId ?? '';
  const view = plans.find((plan) => plan.sessions.some((session) => session.id === sessionId));
  const session = view?.sessions.find((candidate) => candidate.id === sessionId);
  const due = view?.followUpsDue.find((candidate) => candidate.sessionId === sessionId);
  return (
    <div class="page page--follow-up">
      <PageHeading title={t('followUp.pageTitle')} />
      {!view || !session ? (
        <p class="field-error" role="alert">
          {t('followUp.unknown')}
        </p>
      ) : due || answered ? (
        <div class="card card--next">
          <FollowUpQuestion
            view={view}
            session={session}
            again={due?.kind === 'again'}
            onAnswered={() => setAnswered(true)}
          />
        </div>
      ) : (
        <p>{t('followUp.nothing')}</p>
      )}
      <p class="actions">
        <a class="text-link" href="/">
          {t('session.toToday')}
        </a>
      </p>
    </div>
  );
}
