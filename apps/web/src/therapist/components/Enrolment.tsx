import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';
import { therapistApi } from '../api';
import { problemOf } from '../problems';

/**
 * A QR code made by our own server (SVG from the otpauth URI); shown as an
 * image with a text alternative, the secret is also written out for typing.
 */
export function ServerQr(props: { svg: string; label: string }) {
  // The SVG comes from this app's own server (uqr, from the otpauth URI), never from a person's input.
  return <div class="staff-qr" role="img" aria-label={props.label} dangerouslySetInnerHTML={{ __html: props.svg }} />;
}

/** Scan the QR code, type the first code: the second factor is in force, and the recovery codes follow. */
export function Enrolment(props: { secret: string; qrSvg: string; onConfirmed: (recoveryCodes: string[]) => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await therapistApi.confirmTotp(code.trim());
    setBusy(false);
    if (result.ok) props.onConfirmed(result.value.recoveryCodes);
    else setProblem(t(problemOf(result)));
  }
  return (
    <form class="card staff-form" onSubmit={submit} noValidate aria-labelledby="enrolment-title">
      <h2 id="enrolment-title" tabIndex={-1} ref={headingRef}>
        {t('therapist.enrolment.title')}
      </h2>
      <p>{t('therapist.enrolment.scan')}</p>
      <ServerQr svg={props.qrSvg} label={t('therapist.enrolment.qrLabel')} />
      <p>
        {t('therapist.enrolment.orType')} <code class="staff-secret">{props.secret}</code>
      </p>
      <TextField
        id="enrolment-code"
        label={t('therapist.secondFactor.codeLabel')}
        hint={t('therapist.secondFactor.codeHint')}
        value={code}
        onInput={(value) => {
          setCode(value);
          setProblem(undefined);
        }}
        error={problem}
        numeric
      />
      <p class="actions">
        <button type="submit" class="button button--large" disabled={busy}>
          {busy ? t('therapist.busy') : t('therapist.enrolment.confirm')}
        </button>
      </p>
    </form>
  );
}

/** The recovery codes, once: written down before going on. */
export function RecoveryCodes(props: { codes: string[]; onContinue: () => void }) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section class="card" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title" tabIndex={-1} ref={headingRef}>
        {t('therapist.recovery.title')}
      </h2>
      <p>{t('therapist.recovery.text')}</p>
      <ul class="staff-recovery-codes">
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p class="actions">
        <button type="button" class="button button--large" onClick={props.onContinue}>
          {t('therapist.recovery.continue')}
        </button>
      </p>
    </section>
  );
}
