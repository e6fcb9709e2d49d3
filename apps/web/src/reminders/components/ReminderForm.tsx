import { type FieldIssue, type ReminderSettings, type Stored, validateReminderSettings } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { issueText } from '../../i18n/issueText';
import { FormFooter } from '../../ui/FormFooter';
import { useSaveForm } from '../../ui/useSaveForm';
import { saveReminderSettings } from '../state';

type Timed = 'checkIn' | 'exercise' | 'review';
const KINDS: readonly { kind: Timed | 'followUp'; label: MessageKey; hint?: MessageKey }[] = [
  { kind: 'checkIn', label: 'reminders.kind.checkIn' },
  { kind: 'exercise', label: 'reminders.kind.exercise' },
  { kind: 'followUp', label: 'reminders.kind.followUp', hint: 'reminders.kind.followUpHint' },
  { kind: 'review', label: 'reminders.kind.review' },
];

/** The reminders the person wants, their times and the quiet hours; saved as one synced record. */
export function ReminderForm(props: {
  settings: ReminderSettings;
  record: Stored<ReminderSettings> | undefined;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const app = useApp();
  const [form, setForm] = useState<ReminderSettings>(props.settings);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const { phase, save, statusRef } = useSaveForm<HTMLDivElement>();
  const errorAt = (field: string) => {
    const issue = issues.find((each) => each.field === field);
    if (!issue) return undefined;
    return issue.code === 'out_of_range' ? t('reminders.inQuiet') : issueText(t, issue);
  };

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateReminderSettings(form);
    if (!result.ok) {
      setIssues(result.issues);
      document.getElementById(result.issues[0]?.field.replace('.', '-') ?? '')?.focus();
      return;
    }
    setIssues([]);
    await save(() => saveReminderSettings(app, result.value, props.record));
    props.onSaved();
  }

  const timeField = (id: string, label: string, value: string, onInput: (value: string) => void) => {
    const error = errorAt(id.replace('-', '.'));
    return (
      <div class="field reminder-time">
        <label class="field-label" for={id}>
          {label}
        </label>
        <input
          id={id}
          name={id}
          type="time"
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? 'true' : undefined}
        />
        {error && (
          <p id={`${id}-error`} class="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form noValidate onSubmit={submit}>
      <fieldset class="field">
        <legend class="field-label">{t('reminders.what.title')}</legend>
        {KINDS.map(({ kind, label, hint }) => (
          <div class="reminder-kind" key={kind}>
            <div class="checkbox">
              <input
                id={`${kind}-on`}
                type="checkbox"
                checked={form[kind].on}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  setForm((current) => ({ ...current, [kind]: { ...current[kind], on } }));
                }}
                aria-describedby={hint ? `${kind}-hint` : undefined}
              />
              <label for={`${kind}-on`}>{t(label)}</label>
            </div>
            {hint && (
              <p id={`${kind}-hint`} class="hint">
                {t(hint)}
              </p>
            )}
            {kind !== 'followUp' &&
              form[kind].on &&
              timeField(`${kind}-time`, t('reminders.time'), form[kind].time, (time) =>
                setForm((current) => ({ ...current, [kind]: { ...current[kind], time } })),
              )}
          </div>
        ))}
      </fieldset>
      <fieldset class="field">
        <legend class="field-label">{t('reminders.quiet.legend')}</legend>
        <p class="hint">{t('reminders.quiet.hint')}</p>
        <div class="reminder-quiet">
          {timeField('quietFrom', t('reminders.quiet.from'), form.quietFrom, (quietFrom) =>
            setForm({ ...form, quietFrom }),
          )}
          {timeField('quietUntil', t('reminders.quiet.until'), form.quietUntil, (quietUntil) =>
            setForm({ ...form, quietUntil }),
          )}
        </div>
      </fieldset>
      <FormFooter
        phase={phase === 'saved' ? 'idle' : phase}
        submit={t('reminders.save')}
        saving={t('reminders.saving')}
        saveFailed={t('reminders.saveFailed')}
        invalid={issues.length > 0 ? t('reminders.invalid') : undefined}
        large={false}
      />
      {/* The page stays (the channels are below it); the confirmation takes focus so a screen reader hears it. */}
      <div ref={statusRef} role="status" tabIndex={-1} class={phase === 'saved' ? 'confirmation' : 'status-empty'}>
        {phase === 'saved' && <p class="confirmation-text">{t('reminders.saved')}</p>}
      </div>
    </form>
  );
}
