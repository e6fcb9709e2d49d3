import type { InviteCreatedBody } from '@veerkracht/contract';
import { useState } from 'preact/hooks';
import { dayAndTime } from '../../i18n/formatInstant';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';
import { therapistApi } from '../api';
import { problemOf } from '../problems';
import { ServerQr } from './Enrolment';

/** A code for one patient, with the name the practice knows them by; shown once, as text and as a QR code. */
export function InviteForm() {
  const { t, lang } = useI18n();
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [invite, setInvite] = useState<InviteCreatedBody | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  async function submit(event: Event) {
    event.preventDefault();
    if (label.trim() === '') {
      setProblem(t('therapist.invite.labelRequired'));
      return;
    }
    setBusy(true);
    const result = await therapistApi.invite(label.trim());
    setBusy(false);
    if (result.ok) {
      setInvite(result.value);
      setLabel('');
    } else setProblem(t(problemOf(result)));
  }
  const until = invite ? dayAndTime(Date.parse(invite.expiresAt), lang) : undefined;
  return (
    <section class="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('therapist.invite.title')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          id="invite-label"
          label={t('therapist.invite.label')}
          hint={t('therapist.invite.hint')}
          value={label}
          onInput={(value) => {
            setLabel(value);
            setProblem(undefined);
          }}
          error={problem}
        />
        <p class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? t('therapist.busy') : t('therapist.invite.submit')}
          </button>
        </p>
      </form>
      {invite && until && (
        <div role="status" class="staff-invite">
          <p>
            {t('therapist.invite.code')} <strong class="staff-code">{invite.code}</strong>
          </p>
          <p class="hint">{t('therapist.invite.until', { day: until.day, time: until.time })}</p>
          <ServerQr svg={invite.qrSvg} label={t('therapist.invite.qrLabel', { code: invite.code })} />
        </div>
      )}
    </section>
  );
}
