import type { ActivityPlan } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { formatDay, type MessageKey, useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';
import { type PlanWithSessions, therapistApi } from '../api';
import { problemOf, refusedFields } from '../problems';

export type PlanSummary = PlanWithSessions;

const ACTIVITY: Record<ActivityPlan['activity'], MessageKey> = {
  walking: 'therapist.activity.walking',
  cycling: 'therapist.activity.cycling',
  swimming: 'therapist.activity.swimming',
  gardening: 'therapist.activity.gardening',
  stairs: 'therapist.activity.stairs',
  custom: 'therapist.activity.custom',
};
const UNIT: Record<ActivityPlan['unit'], MessageKey> = {
  minutes: 'therapist.unit.minutes',
  repetitions: 'therapist.unit.repetitions',
  metres: 'therapist.unit.metres',
  floors: 'therapist.unit.floors',
};

const DECISION: Record<PlanWithSessions['decisions'][number]['decision'], MessageKey> = {
  progress: 'therapist.plans.decision.progress',
  hold: 'therapist.plans.decision.hold',
  step_back: 'therapist.plans.decision.stepBack',
  complete: 'therapist.plans.decision.complete',
};

/** A number as typed: "12,5" (Dutch) and "12.5" are the same; the server names a field that is not a number. */
export const typedNumber = (text: string) => Number(text.trim().replace(',', '.'));

/**
 * One plan's settings as the therapist sets them: mode, window, goal and
 * sessions, with a reason the patient reads. Saved as a new plan version by
 * the server; the software still only proposes each next step (clinical §0).
 */
export function PlanSettings(props: { patientId: string; plan: PlanSummary; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const { plan } = props;
  const id = `plan-${plan.planId}`;
  const [form, setForm] = useState({
    mode: plan.mode,
    windowHours: String(plan.windowHours),
    goal: String(plan.goal),
    sessions: String(plan.sessions),
    baselineSessions: String(plan.baselineSessions),
    reason: '',
  });
  const [baseline, setBaseline] = useState(plan.baseline.map(String));
  const [errors, setErrors] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const activity = plan.activity === 'custom' && plan.customName ? plan.customName : t(ACTIVITY[plan.activity]);
  const set = (field: keyof typeof form) => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors((current) => new Set([...current].filter((f) => f !== field)));
    setSaved(false);
  };
  const setMeasurement = (index: number) => (value: string) => {
    setBaseline((current) => current.map((amount, i) => (i === index ? value : amount)));
    setErrors((current) => new Set([...current].filter((f) => f !== `baseline.${index}` && f !== 'baseline')));
    setSaved(false);
  };
  // While the baseline is being measured the device fills it in; once started the therapist may measure it again.
  const started = plan.baseline.length > 0;
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await therapistApi.changePlan(props.patientId, plan.planId, {
      mode: form.mode,
      windowHours: typedNumber(form.windowHours),
      goal: typedNumber(form.goal),
      sessions: typedNumber(form.sessions),
      ...(started ? { baseline: baseline.map(typedNumber) } : { baselineSessions: typedNumber(form.baselineSessions) }),
      reason: form.reason,
    });
    setBusy(false);
    if (result.ok) {
      setSaved(true);
      setProblem(undefined);
      setForm((current) => ({ ...current, reason: '' }));
      props.onSaved();
    } else {
      setErrors(refusedFields(result));
      setProblem(t(problemOf(result)));
    }
  }
  const error = (field: string) => (errors.has(field) ? t('therapist.problem.invalid') : undefined);
  return (
    <li class="staff-plan">
      <p>
        <strong>{activity}</strong>{' '}
        {t('therapist.plans.summary', {
          goal: plan.goal,
          unit: t(UNIT[plan.unit]),
          sessions: plan.sessions,
          done: plan.sessionsDone,
          hours: plan.windowHours,
          version: plan.version,
        })}
      </p>
      {plan.recentSessions.length > 0 && (
        <details>
          <summary>{t('therapist.plans.sessionsTitle')}</summary>
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">{t('therapist.measures.date')}</th>
                <th scope="col">{t('therapist.plans.amount', { unit: t(UNIT[plan.unit]) })}</th>
                <th scope="col">{t('therapist.plans.painBeforeAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.recentSessions.map((session) => (
                <tr key={session.endedAt}>
                  <th scope="row">{formatDay(session.endedAt.slice(0, 10), lang, 'short')}</th>
                  <td>
                    {session.amount}
                    {session.phase === 'baseline' && ` (${t('therapist.plans.baseline')})`}
                  </td>
                  <td>
                    {session.painBefore} → {session.painAfter}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.decisions.length > 0 && (
            <ul class="staff-concerns">
              {plan.decisions.map((decision) => (
                <li key={decision.at}>
                  {formatDay(decision.at.slice(0, 10), lang, 'short')}: {t(DECISION[decision.decision])}{' '}
                  {t(decision.accepted ? 'therapist.plans.accepted' : 'therapist.plans.declined')}
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      {plan.changedBy && (
        <p class="hint">
          {t('therapist.plans.changedBy', { name: plan.changedBy.name, reason: plan.changedBy.reason })}
        </p>
      )}
      <form onSubmit={submit} noValidate aria-label={t('therapist.plans.edit', { activity })}>
        <div class="field">
          <label class="field-label" for={`${id}-mode`}>
            {t('therapist.plans.mode')}
          </label>
          <select id={`${id}-mode`} value={form.mode} onChange={(event) => set('mode')(event.currentTarget.value)}>
            <option value="symptom">{t('therapist.plans.mode.symptom')}</option>
            <option value="time">{t('therapist.plans.mode.time')}</option>
          </select>
        </div>
        <div class="staff-filters">
          <TextField
            id={`${id}-goal`}
            label={t('therapist.plans.goal')}
            value={form.goal}
            onInput={set('goal')}
            error={error('goal')}
            numeric
            unit={t(UNIT[plan.unit])}
          />
          <TextField
            id={`${id}-sessions`}
            label={t('therapist.plans.sessions')}
            value={form.sessions}
            onInput={set('sessions')}
            error={error('sessions')}
            numeric
          />
          <TextField
            id={`${id}-window`}
            label={t('therapist.plans.window')}
            value={form.windowHours}
            onInput={set('windowHours')}
            error={error('windowHours')}
            numeric
          />
          {!started && (
            <TextField
              id={`${id}-baseline-sessions`}
              label={t('therapist.plans.baselineSessions')}
              value={form.baselineSessions}
              onInput={set('baselineSessions')}
              error={error('baselineSessions')}
              numeric
            />
          )}
        </div>
        {started && (
          <fieldset class="field">
            <legend class="field-label">{t('therapist.plans.baselineLegend')}</legend>
            <p class="hint">{t('therapist.plans.baselineHint')}</p>
            {errors.has('baseline') && (
              <p class="field-error" role="alert">
                {t('therapist.problem.invalid')}
              </p>
            )}
            <div class="staff-filters">
              {baseline.map((amount, index) => (
                <TextField
                  // The measurements keep their places; only their amounts change.
                  key={index}
                  id={`${id}-baseline-${index}`}
                  label={t('therapist.plans.baselineAmount', { n: index + 1 })}
                  value={amount}
                  onInput={setMeasurement(index)}
                  error={error(`baseline.${index}`)}
                  numeric
                  unit={t(UNIT[plan.unit])}
                />
              ))}
            </div>
          </fieldset>
        )}
        <TextField
          id={`${id}-reason`}
          label={t('therapist.plans.reason')}
          value={form.reason}
          onInput={set('reason')}
          error={error('reason')}
        />
        {problem && (
          <p class="field-error" role="alert">
            {problem}
          </p>
        )}
        {saved && (
          <p class="confirmation" role="status">
            {t('therapist.plans.saved')}
          </p>
        )}
        <p class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? t('therapist.busy') : t('therapist.plans.save')}
          </button>
        </p>
      </form>
    </li>
  );
}

/** After a safety pause: the therapist lets plans build up again, with a note of what was checked. */
export function ResumePlans(props: { patientId: string; onResumed: () => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await therapistApi.resume(props.patientId, note);
    setBusy(false);
    if (result.ok) props.onResumed();
    else setProblem(t(problemOf(result)));
  }
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="paused-title">
      <h2 id="paused-title">{t('therapist.paused.title')}</h2>
      <p>{t('therapist.paused.text')}</p>
      <TextField id="resume-note" label={t('therapist.paused.note')} value={note} onInput={setNote} error={problem} />
      <p class="actions">
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('therapist.busy') : t('therapist.paused.resume')}
        </button>
      </p>
    </form>
  );
}
