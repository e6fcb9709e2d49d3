import { useApp } from '../data/app';
import { useObservable } from '../data/observable';
import type { SyncView } from '../data/sync/syncManager';
import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';

const ERROR_KEYS: Record<'unauthorized' | 'rejected' | 'server' | 'network', MessageKey> = {
  unauthorized: 'sync.error.unauthorized',
  rejected: 'sync.error.rejected',
  server: 'sync.error.server',
  network: 'sync.offline',
};

/** A refused device says why when the server said: signed out elsewhere, or unused for half a year. */
function errorKey(failure: SyncView['failure'], authProblem: SyncView['authProblem']): MessageKey {
  if (failure === 'unauthorized' && authProblem === 'revoked') return 'sync.error.revoked';
  if (failure === 'unauthorized' && authProblem === 'expired') return 'sync.error.expired';
  return ERROR_KEYS[failure ?? 'server'];
}

/** The backup state in words (never a code), announced politely when it changes. */
export function SyncStatusLine() {
  const { t } = useI18n();
  const app = useApp();
  const view = useObservable(app.sync.view);
  const text = view.status === 'error' ? t(errorKey(view.failure, view.authProblem)) : t(`sync.${view.status}`);
  return (
    <div class={`sync-status sync-status--${view.status}`}>
      <p role="status" data-sync-status={view.status}>
        <span class="sync-dot" aria-hidden="true" />
        {text}
      </p>
      {view.status === 'error' && view.failure !== 'unauthorized' && (
        <button type="button" class="button button--secondary" onClick={() => app.sync.retryNow()}>
          {t('sync.retry')}
        </button>
      )}
    </div>
  );
}
