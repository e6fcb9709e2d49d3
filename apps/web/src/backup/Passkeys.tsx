import { useState } from 'preact/hooks';
import { useApp } from '../data/app';
import type { PasskeyFailure } from '../data/sync/syncClient';
import { type MessageKey, useI18n } from '../i18n/i18n';

/** The browser's WebAuthn calls, loaded only when a button here is pressed (nothing of it reaches the home page). */
const webauthn = () => import('@simplewebauthn/browser');

const FAILURES: Record<PasskeyFailure, MessageKey> = {
  cancelled: 'backup.passkey.cancelled',
  unknown: 'backup.passkey.unknown',
  rate_limited: 'backup.passkey.rateLimited',
  offline: 'backup.passkey.offline',
  failed: 'backup.passkey.failed',
};

/** "Add a passkey": with it, a new phone restores this backup without the recovery code (decision 0037). */
export function AddPasskey() {
  const { t } = useI18n();
  const app = useApp();
  const [state, setState] = useState<'idle' | 'busy' | 'added' | PasskeyFailure>('idle');
  async function add() {
    setState('busy');
    try {
      const result = await app.sync.addPasskey(async (optionsJSON) => {
        const { startRegistration } = await webauthn();
        return startRegistration({ optionsJSON });
      });
      setState(result.ok ? 'added' : result.failure);
    } catch {
      // The library could not be loaded (offline before it was ever cached).
      setState('offline');
    }
  }
  const failed = state !== 'idle' && state !== 'busy' && state !== 'added';
  return (
    <section class="card" aria-labelledby="backup-passkey">
      <h2 id="backup-passkey">{t('backup.passkey.title')}</h2>
      <p>{t('backup.passkey.text')}</p>
      <p class="actions">
        <button type="button" class="button button--secondary" onClick={add} disabled={state === 'busy'}>
          {state === 'busy' ? t('backup.passkey.adding') : t('backup.passkey.add')}
        </button>
      </p>
      <p role="status" class={state === 'added' ? 'confirmation-text' : 'status-empty'}>
        {state === 'added' && t('backup.passkey.added')}
      </p>
      <p role="alert" class={failed ? 'field-error' : 'status-empty'}>
        {failed && t(FAILURES[state])}
      </p>
    </section>
  );
}

/** "Restore with a passkey", beside the recovery-code form. */
export function PasskeyRestore(props: { onDone: () => void }) {
  const { t } = useI18n();
  const app = useApp();
  const [state, setState] = useState<'idle' | 'busy' | 'done' | PasskeyFailure>('idle');
  async function restore() {
    setState('busy');
    try {
      const result = await app.sync.restoreWithPasskey(async (optionsJSON) => {
        const { startAuthentication } = await webauthn();
        return startAuthentication({ optionsJSON });
      });
      setState(result.ok ? 'done' : result.failure);
      if (result.ok) props.onDone();
    } catch {
      setState('offline');
    }
  }
  const failed = state !== 'idle' && state !== 'busy' && state !== 'done';
  return (
    <div class="passkey-restore">
      <p id="passkey-restore-hint" class="hint">
        {t('backup.passkey.restoreHint')}
      </p>
      <p class="actions">
        <button
          type="button"
          class="button button--secondary"
          onClick={restore}
          disabled={state === 'busy'}
          aria-describedby="passkey-restore-hint"
        >
          {state === 'busy' ? t('backup.passkey.restoring') : t('backup.passkey.restore')}
        </button>
      </p>
      <p role="status" class={state === 'done' ? 'confirmation-text' : 'status-empty'}>
        {state === 'done' && t('backup.restore.done')}
      </p>
      <p role="alert" class={failed ? 'field-error' : 'status-empty'}>
        {failed && t(FAILURES[state])}
      </p>
    </div>
  );
}
