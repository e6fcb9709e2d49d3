import {
  ACTIVITIES,
  ACTIVITY_UNITS,
  type Activity,
  type ActivityUnit,
  DEFAULT_PLAN_FORM,
  DEFAULT_UNIT,
  type FieldIssue,
  type PlanForm,
  parseFormNumber,
} from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../../data/app';
import { useI18n } from '../../i18n/i18n';
import { issueText } from '../../i18n/issueText';
import { Choices } from '../../ui/Choices';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { activityNameKey, UNIT_NAME } from '../format';
import { createPlan } from '../state';
import '../activity.css';
import { FormFooter } from '../../ui/FormFooter';

const FIELD_ORDER = [
  'activity',
  'customName',
  'unit',
  'baselineSessions',
  'goal',
  'weeks',
  'perWeek',
  'sessions',
  'mode',
  'windowHours',
] as const;

/** `/plan/new`: choose an activity, its unit, the baseline, a goal and a horizon, and how the plan goes up. */
export function PlanNew() {
  const { t, tn } = useI18n();
  const app = useApp();
  const { route } = useLocation();
  const [form, setForm] = useState<PlanForm>({ ...DEFAULT_PLAN_FORM });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [phase, setPhase] = useState<'editing' | 'saving' | 'failed'>('editing');
  const [unitTouched, setUnitTouched] = useState(false);
  const focusFirst = useRef(false);
  const fields = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    const first = FIELD_ORDER.find((field) => issues.some((issue) => issue.field === field));
    if (first === 'sessions') fields.current.get('weeks')?.focus();
    else if (first === 'activity' || first === 'unit' || first === 'mode')
      document.querySelector<HTMLInputElement>(`input[name="${first}"]`)?.focus();
    else if (first) fields.current.get(first)?.focus();
  }, [issues]);

  const set = (field: keyof PlanForm) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const issueFor = (field: string): string | undefined => {
    const issue = issues.find((candidate) => candidate.field === field);
    if (!issue) return undefined;
    if (field === 'sessions') return t('planNew.sessions.issue');
    if (field === 'goal' && issue.code === 'out_of_range' && issue.min !== undefined && issue.min > 0)
      return t('planNew.goal.tooLow', { min: issue.min });
    return issueText(t, issue);
  };
  const register = (field: string) => (element: HTMLElement | null) => {
    if (element) fields.current.set(field, element);
  };
  const weeks = parseFormNumber(form.weeks);
  const perWeek = parseFormNumber(form.perWeek);
  const sessions = typeof weeks === 'number' && typeof perWeek === 'number' ? weeks * perWeek : undefined;
  const unit = (ACTIVITY_UNITS as readonly string[]).includes(form.unit) ? (form.unit as ActivityUnit) : 'minutes';

  async function submit(event: Event) {
    event.preventDefault();
    if (phase === 'saving') return;
    setPhase('saving');
    try {
      const result = await createPlan(app, form);
      if (!result.ok) {
        focusFirst.current = true;
        setIssues(result.issues);
        setPhase('editing');
        return;
      }
      route(`/plan/${result.value.planId}`);
    } catch {
      setPhase('failed');
    }
  }

  return (
    <div class="page page--plan-new">
      <PageHeading title={t('planNew.title')} />
      <section class="card" aria-labelledby="plan-how">
        <h2 id="plan-how">{t('planNew.how.title')}</h2>
        <ol class="ga-steps">
          <li>{t('planNew.how.1')}</li>
          <li>{t('planNew.how.2')}</li>
          <li>{t('planNew.how.3')}</li>
        </ol>
      </section>
      <form class="plan-form" noValidate onSubmit={submit}>
        <Choices<Activity>
          name="activity"
          legend={t('planNew.activity.label')}
          options={ACTIVITIES.map((activity) => ({ value: activity, label: t(activityNameKey(activity)) }))}
          value={form.activity}
          onChange={(activity) =>
            setForm((current) => ({
              ...current,
              activity,
              unit: unitTouched ? current.unit : DEFAULT_UNIT[activity],
            }))
          }
          error={issueFor('activity')}
        />
        {form.activity === 'custom' && (
          <TextField
            id="customName"
            label={t('planNew.customName.label')}
            hint={t('planNew.customName.hint')}
            value={form.customName}
            onInput={set('customName')}
            error={issueFor('customName')}
            inputRef={register('customName')}
          />
        )}
        <Choices<ActivityUnit>
          name="unit"
          legend={t('planNew.unit.label')}
          options={ACTIVITY_UNITS.map((value) => ({ value, label: t(UNIT_NAME[value]) }))}
          value={form.unit}
          onChange={(value) => {
            setUnitTouched(true);
            set('unit')(value);
          }}
          error={issueFor('unit')}
        />
        <TextField
          id="baselineSessions"
          label={t('planNew.baselineSessions.label')}
          hint={t('planNew.baselineSessions.hint')}
          value={form.baselineSessions}
          onInput={set('baselineSessions')}
          error={issueFor('baselineSessions')}
          numeric
          inputRef={register('baselineSessions')}
        />
        <TextField
          id="goal"
          label={t('planNew.goal.label')}
          hint={t('planNew.goal.hint')}
          value={form.goal}
          onInput={set('goal')}
          error={issueFor('goal')}
          numeric
          unit={t(UNIT_NAME[unit])}
          inputRef={register('goal')}
        />
        <fieldset
          class="field ga-horizon"
          aria-describedby={`horizon-total${issueFor('sessions') ? ' sessions-error' : ''}`}
        >
          <legend class="field-label">{t('planNew.horizon.label')}</legend>
          <div class="ga-horizon-fields">
            <TextField
              id="weeks"
              label={t('planNew.weeks.label')}
              value={form.weeks}
              onInput={set('weeks')}
              error={issueFor('weeks')}
              numeric
              inputRef={register('weeks')}
            />
            <TextField
              id="perWeek"
              label={t('planNew.perWeek.label')}
              value={form.perWeek}
              onInput={set('perWeek')}
              error={issueFor('perWeek')}
              numeric
              inputRef={register('perWeek')}
            />
          </div>
          <p id="horizon-total" class="hint" aria-live="polite">
            {sessions !== undefined && Number.isFinite(sessions) ? tn('planNew.sessions', sessions) : ''}
          </p>
          {issueFor('sessions') && (
            <p id="sessions-error" class="field-error">
              {issueFor('sessions')}
            </p>
          )}
        </fieldset>
        <Choices
          name="mode"
          legend={t('planNew.mode.label')}
          hint={t('planNew.mode.hint')}
          options={[
            { value: 'symptom', label: t('planNew.mode.symptom'), hint: t('planNew.mode.symptom.hint') },
            { value: 'time', label: t('planNew.mode.time'), hint: t('planNew.mode.time.hint') },
          ]}
          value={form.mode}
          onChange={set('mode')}
          error={issueFor('mode')}
        />
        {form.mode === 'symptom' && (
          <TextField
            id="windowHours"
            label={t('planNew.windowHours.label')}
            hint={t('planNew.windowHours.hint')}
            value={form.windowHours}
            onInput={set('windowHours')}
            error={issueFor('windowHours')}
            numeric
            unit={t('planNew.windowHours.unit')}
            inputRef={register('windowHours')}
          />
        )}
        <FormFooter
          phase={phase}
          submit={t('planNew.submit')}
          saving={t('planNew.saving')}
          saveFailed={t('planNew.saveFailed')}
          invalid={issues.length > 0 ? t('planNew.invalid') : undefined}
        />
      </form>
    </div>
  );
}
