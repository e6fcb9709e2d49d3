import { useCallback, useEffect, useState } from 'preact/hooks';
import { dayAndTime } from '../../i18n/formatInstant';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';
import { type StaffEntry, therapistApi } from '../api';
import { problemOf } from '../problems';
import { RetentionSetting } from './RetentionSetting';

/**
 * The administrator's page: the practice's accounts, a new therapist (with a
 * one-time setup code to hand over), and removing an account, which ends its
 * sessions and its links at once. No patient data here.
 */
export function StaffAdmin(props: { selfId: string }) {
  const { t, lang } = useI18n();
  const [staff, setStaff] = useState<StaffEntry[] | undefined>(undefined);
  const [form, setForm] = useState({ name: '', email: '' });
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [added, setAdded] = useState<{ email: string; setupCode: string; until: string } | undefined>(undefined);
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const load = useCallback(async () => {
    const result = await therapistApi.staff();
    if (result.ok) setStaff(result.value.staff);
    else setProblem(t(problemOf(result)));
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);
  async function add(event: Event) {
    event.preventDefault();
    const result = await therapistApi.addStaff(form.email.trim(), form.name.trim());
    if (result.ok) {
      const until = dayAndTime(Date.parse(result.value.setupExpiresAt), lang);
      setAdded({ email: form.email.trim(), setupCode: result.value.setupCode, until: `${until.day}, ${until.time}` });
      setForm({ name: '', email: '' });
      setProblem(undefined);
      void load();
    } else setProblem(t(problemOf(result)));
  }
  async function remove(id: string) {
    const result = await therapistApi.removeStaff(id);
    setConfirming(undefined);
    if (result.ok) void load();
    else setProblem(t(problemOf(result)));
  }
  return (
    <>
      <section class="card" aria-labelledby="staff-add-title">
        <h2 id="staff-add-title">{t('therapist.admin.addTitle')}</h2>
        <form onSubmit={add} noValidate>
          <TextField
            id="staff-name"
            label={t('therapist.admin.name')}
            value={form.name}
            onInput={(name) => setForm((f) => ({ ...f, name }))}
          />
          <TextField
            id="staff-new-email"
            label={t('therapist.signIn.email')}
            value={form.email}
            onInput={(email) => setForm((f) => ({ ...f, email }))}
          />
          {problem && (
            <p class="field-error" role="alert">
              {problem}
            </p>
          )}
          <p class="actions">
            <button type="submit" class="button">
              {t('therapist.admin.add')}
            </button>
          </p>
        </form>
        {added && (
          <p role="status" class="confirmation">
            {t('therapist.admin.added', { email: added.email, until: added.until })}{' '}
            <strong class="staff-code">{added.setupCode}</strong>
          </p>
        )}
      </section>
      <section aria-labelledby="staff-list-title">
        <h2 id="staff-list-title">{t('therapist.admin.listTitle')}</h2>
        {staff === undefined ? (
          <p>{t('therapist.loading')}</p>
        ) : (
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">{t('therapist.admin.name')}</th>
                <th scope="col">{t('therapist.signIn.email')}</th>
                <th scope="col">{t('therapist.admin.state')}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((member) => (
                <tr key={member.id} data-staff={member.email}>
                  <th scope="row">{member.name}</th>
                  <td>{member.email}</td>
                  <td>
                    {member.removedAt
                      ? t('therapist.admin.removed')
                      : member.setUp
                        ? t(member.role === 'admin' ? 'therapist.admin.roleAdmin' : 'therapist.admin.roleTherapist')
                        : t('therapist.admin.notSetUp')}
                    {!member.removedAt &&
                      member.id !== props.selfId &&
                      (confirming === member.id ? (
                        <span class="actions">
                          {' '}
                          <button type="button" class="button button--danger" onClick={() => void remove(member.id)}>
                            {t('therapist.admin.removeYes', { name: member.name })}
                          </button>{' '}
                          <button
                            type="button"
                            class="button button--secondary"
                            onClick={() => setConfirming(undefined)}
                          >
                            {t('therapist.admin.cancel')}
                          </button>
                        </span>
                      ) : (
                        <>
                          {' '}
                          <button
                            type="button"
                            class="button button--secondary"
                            onClick={() => setConfirming(member.id)}
                          >
                            {t('therapist.admin.remove', { name: member.name })}
                          </button>
                        </>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <RetentionSetting />
    </>
  );
}
