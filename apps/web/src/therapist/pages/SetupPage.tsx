import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { therapistApi } from '../api';
import { Enrolment, RecoveryCodes } from '../components/Enrolment';
import { FormEnd } from '../components/FormEnd';
import { problemOf } from '../problems';
import '../therapist.css';

/** A new account: the e-mail address, the one-time setup code and a password; then the authenticator app. */
export function SetupPage() {
  const { t } = useI18n();
  const { route } = useLocation();
  const [form, setForm] = useState({ email: '', setupCode: '', password: '' });
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [passwordError, setPasswordError] = useState<string | undefined>(undefined);
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSvg: string } | undefined>(undefined);
  const [codes, setCodes] = useState<string[] | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  async function submit(event: Event) {
    event.preventDefault();
    if (form.password.length < 12) {
      setPasswordError(t('therapist.setup.passwordShort'));
      return;
    }
    setBusy(true);
    const result = await therapistApi.setUp(form.email.trim(), form.setupCode.trim(), form.password);
    setBusy(false);
    if (result.ok) setEnrolment({ secret: result.value.secret, qrSvg: result.value.qrSvg });
    else setProblem(t(problemOf(result)));
  }
  const set = (field: keyof typeof form) => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setProblem(undefined);
    if (field === 'password') setPasswordError(undefined);
  };
  return (
    <div class="staff-area">
      <PageHeading title={t('therapist.setup.title')} />
      {codes ? (
        <RecoveryCodes codes={codes} onContinue={() => route('/therapist')} />
      ) : enrolment ? (
        <Enrolment secret={enrolment.secret} qrSvg={enrolment.qrSvg} onConfirmed={setCodes} />
      ) : (
        <form class="card staff-form" onSubmit={submit} noValidate>
          <p>{t('therapist.setup.intro')}</p>
          <TextField id="setup-email" label={t('therapist.signIn.email')} value={form.email} onInput={set('email')} />
          <TextField
            id="setup-code"
            label={t('therapist.setup.code')}
            hint={t('therapist.setup.codeHint')}
            value={form.setupCode}
            onInput={set('setupCode')}
          />
          <div class="field">
            <label class="field-label" for="setup-password">
              {t('therapist.setup.password')}
            </label>
            <p id="setup-password-hint" class="hint">
              {t('therapist.setup.passwordHint')}
            </p>
            <input
              id="setup-password"
              type="password"
              autoComplete="new-password"
              class="text-input--wide"
              value={form.password}
              onInput={(event) => set('password')(event.currentTarget.value)}
              aria-describedby={passwordError ? 'setup-password-hint setup-password-error' : 'setup-password-hint'}
              aria-invalid={passwordError ? 'true' : undefined}
            />
            {passwordError && (
              <p id="setup-password-error" class="field-error">
                {passwordError}
              </p>
            )}
          </div>
          <FormEnd problem={problem} busy={busy} submit={t('therapist.setup.submit')} />
        </form>
      )}
    </div>
  );
}
