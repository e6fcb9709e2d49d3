import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { therapistApi } from '../api';
import { problemOf } from '../problems';

/** The browser's WebAuthn calls, loaded only when a passkey is used (a few KB the list does not need). */
const webauthn = () => import('@simplewebauthn/browser');

/** "Sign in with a passkey": the second step without the authenticator app's code. */
export function PasskeySignIn(props: { onDone: () => void }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  async function signIn() {
    setBusy(true);
    setProblem(undefined);
    try {
      const options = await therapistApi.passkeySignInOptions();
      if (!options.ok) {
        setProblem(t(problemOf(options)));
        return;
      }
      const { startAuthentication } = await webauthn();
      const answer = await startAuthentication({ optionsJSON: options.value });
      const result = await therapistApi.passkeySignIn(answer);
      if (result.ok) props.onDone();
      else setProblem(t(problemOf(result)));
    } catch {
      // Cancelled in the browser's dialog, or no passkey on this device.
      setProblem(t('therapist.passkey.cancelled'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="staff-passkey">
      <p class="actions">
        <button type="button" class="button button--secondary" onClick={signIn} disabled={busy}>
          {busy ? t('therapist.busy') : t('therapist.passkey.signIn')}
        </button>
      </p>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Add a passkey to this account: next time it can replace the app's code. */
export function AddPasskey() {
  const { t } = useI18n();
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'added' } | { kind: 'failed'; text: string }>({
    kind: 'idle',
  });
  async function add() {
    setState({ kind: 'busy' });
    try {
      const options = await therapistApi.passkeyOptions();
      if (!options.ok) {
        setState({ kind: 'failed', text: t(problemOf(options)) });
        return;
      }
      const { startRegistration } = await webauthn();
      const answer = await startRegistration({ optionsJSON: options.value });
      const result = await therapistApi.addPasskey(answer);
      setState(result.ok ? { kind: 'added' } : { kind: 'failed', text: t(problemOf(result)) });
    } catch {
      setState({ kind: 'failed', text: t('therapist.passkey.cancelled') });
    }
  }
  return (
    <section class="card" aria-labelledby="passkey-title">
      <h2 id="passkey-title">{t('therapist.passkey.title')}</h2>
      <p>{t('therapist.passkey.text')}</p>
      <p class="actions">
        <button type="button" class="button button--secondary" onClick={add} disabled={state.kind === 'busy'}>
          {state.kind === 'busy' ? t('therapist.busy') : t('therapist.passkey.add')}
        </button>
      </p>
      {state.kind === 'added' && (
        <p class="confirmation" role="status">
          {t('therapist.passkey.added')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="field-error" role="alert">
          {state.text}
        </p>
      )}
    </section>
  );
}
