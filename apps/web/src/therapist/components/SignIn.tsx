import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';
import { type SignInAnswer, therapistApi } from '../api';
import { problemOf } from '../problems';
import { FormEnd } from './FormEnd';
import { PasskeySignIn } from './Passkeys';

/** The password step: e-mail and password. */
export function SignInForm(props: { onSignedIn: (answer: SignInAnswer) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await therapistApi.signIn(email.trim(), password);
    setBusy(false);
    if (result.ok) props.onSignedIn(result.value);
    else setProblem(t(problemOf(result)));
  }
  return (
    <form class="card staff-form" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('therapist.signIn.title')}</h2>
      <div class="field">
        <label class="field-label" for="staff-email">
          {t('therapist.signIn.email')}
        </label>
        <input
          id="staff-email"
          type="email"
          autoComplete="username"
          class="text-input--wide"
          value={email}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label class="field-label" for="staff-password">
          {t('therapist.signIn.password')}
        </label>
        <input
          id="staff-password"
          type="password"
          autoComplete="current-password"
          class="text-input--wide"
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      </div>
      <FormEnd problem={problem} busy={busy} submit={t('therapist.signIn.submit')} />
      <p>
        <a href="/therapist/setup">{t('therapist.signIn.toSetup')}</a>
      </p>
    </form>
  );
}

/** The second step: the code of the authenticator app, or one of the recovery codes. */
export function SecondFactorForm(props: { onDone: () => void; passkeys: number }) {
  const { t } = useI18n();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await therapistApi.secondFactor(useRecovery ? { recoveryCode: code } : { code: code.trim() });
    setBusy(false);
    if (result.ok) props.onDone();
    else setProblem(t(problemOf(result)));
  }
  return (
    <form class="card staff-form" onSubmit={submit} noValidate aria-labelledby="second-factor-title">
      <h2 id="second-factor-title">{t('therapist.secondFactor.title')}</h2>
      <TextField
        id="second-factor-code"
        label={useRecovery ? t('therapist.secondFactor.recoveryLabel') : t('therapist.secondFactor.codeLabel')}
        hint={useRecovery ? t('therapist.secondFactor.recoveryHint') : t('therapist.secondFactor.codeHint')}
        value={code}
        onInput={(value) => {
          setCode(value);
          setProblem(undefined);
        }}
        error={problem}
        numeric={!useRecovery}
      />
      <p class="actions">
        <button type="submit" class="button button--large" disabled={busy}>
          {busy ? t('therapist.busy') : t('therapist.secondFactor.submit')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setCode('');
            setProblem(undefined);
          }}
        >
          {useRecovery ? t('therapist.secondFactor.useApp') : t('therapist.secondFactor.useRecovery')}
        </button>
      </p>
      {props.passkeys > 0 && <PasskeySignIn onDone={props.onDone} />}
    </form>
  );
}
