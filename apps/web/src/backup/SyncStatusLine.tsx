import { useApp } from '../data/app';
import { useObservable } from '../data/observable';
import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';

const ERROR_KEYS: Record<'unauthorized' | 'rejected' | 'server' | 'network', MessageKey> = {
  unauthorized: 'sync.error.unauthorized',
  rejected: 'sync.error.rejected',
  server: 'sync.error.server',
  network: 'sync.offline',
};

/** The backup state in words (never a code), announced politely when it changes. */
export function SyncStatusLine() {
  const { t } = useI18n();
  const app = useApp();
  const view = useObservable(app.sync.view);
  const text = view.status === 'error' ? t(ERROR_KEYS[view.failure ?? 'server']) : t(`sync.${view.status}`);
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
