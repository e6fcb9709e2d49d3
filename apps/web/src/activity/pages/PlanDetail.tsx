import '../../ui/kit.css';
import {
  baselineAmounts,
  type FieldIssue,
  type PlanMode,
  type PlanView,
  parseFormNumber,
  startPlanFromBaseline,
  validateActivityPlan,
} from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useApp } from '../../data/app';
import { dayAndTime } from '../../i18n/formatInstant';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { issueText } from '../../i18n/issueText';
import { Choices } from '../../ui/Choices';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { FollowUpQuestion } from '../components/FollowUpQuestion';
import { PlanChart } from '../components/PlanChart';
import { ProposalCard } from '../components/ProposalCard';
import { activityName, amountText, quotaText, UNIT_NAME } from '../format';
import { changePlan, startPlan, usePlan } from '../state';
import { quotaReasonText } from '../text';
import '../activity.css';
import { PlanNotFound } from '../components/PlanNotFound';

function Baseline(props: { view: PlanView }) {
  const { t, tn, lang } = useI18n();
  const { view } = props;
  const amounts = baselineAmounts(view);
  return (
    <section class="card card--next" aria-labelledby="plan-baseline">
      <h2 id="plan-baseline">{t('plan.baseline.title')}</h2>
      <p>{t('plan.baseline.text')}</p>
      <p>{tn('plan.baseline.progress', view.plan.baselineSessions, { done: view.baselineSessions.length })}</p>
      {amounts.length > 0 && (
        <p class="muted">
          {t('plan.baseline.values', {
            values: amounts.map((amount) => amountText(t, lang, view.plan.unit, amount)).join(', '),
          })}
        </p>
      )}
      <p class="actions">
        <a class="button" href={`/plan/${view.planId}/log`}>
          {t('plan.baseline.log')}
        </a>
      </p>
    </section>
  );
}

function ConfirmPlan(props: { view: PlanView }) {
  const { t, tn, lang } = useI18n();
  const app = useApp();
  const { view } = props;
  const [goalText, setGoalText] = useState(String(view.plan.goal));
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const amounts = baselineAmounts(view);
  const mean = Math.round((amounts.reduce((sum, amount) => sum + amount, 0) / amounts.length) * 10) / 10;
  const goal = parseFormNumber(goalText);
  const unit = view.plan.unit;
  let preview: number[] | null = null;
  let goalIssue: string | undefined;
  if (typeof goal !== 'number' || goal <= 0) {
    goalIssue = t('issue.not_a_number');
  } else {
    try {
      preview = startPlanFromBaseline(view.plan, amounts, new Date(0).toISOString(), { goal }).levels;
    } catch {
      goalIssue = t('plan.confirm.goalTooLow');
    }
  }
  const amount = (value: number) => amountText(t, lang, unit, value);

  async function start(event: Event) {
    event.preventDefault();
    if (!preview || typeof goal !== 'number' || saving) return;
    setSaving(true);
    try {
      await startPlan(app, view, amounts, goal);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  }

  return (
    <section class="card card--next" aria-labelledby="plan-confirm">
      <h2 id="plan-confirm">{t('plan.confirm.title')}</h2>
      <p>{t('plan.confirm.mean', { mean: amount(mean) })}</p>
      {preview && (
        <>
          <p>
            {tn('plan.confirm.preview', preview.length, {
              start: amount(preview[0] ?? 0),
              goal: amount(preview.at(-1) ?? 0),
            })}
          </p>
          <p class="muted">
            {t('plan.confirm.steps', { levels: preview.map((level) => formatNumber(level, lang)).join(', ') })}
          </p>
        </>
      )}
      <form noValidate onSubmit={start}>
        <TextField
          id="confirm-goal"
          label={t('plan.confirm.goal.label')}
          value={goalText}
          onInput={setGoalText}
          error={goalIssue}
          numeric
          unit={t(UNIT_NAME[unit])}
        />
        {failed && (
          <p class="field-error" role="alert">
            {t('planNew.saveFailed')}
          </p>
        )}
        <p class="actions">
          <button type="submit" class="button button--large" disabled={saving || !preview}>
            {t('plan.confirm.start')}
          </button>
        </p>
      </form>
    </section>
  );
}

function Next(props: { view: PlanView }) {
  const { t, lang } = useI18n();
  const { view } = props;
  const next = view.next;
  if (!next) return null;
  return (
    <section class="card card--next" aria-labelledby="plan-next">
      <h2 id="plan-next">{t('plan.next.title')}</h2>
      <ProposalCard view={view} headingLevel={3} />
      {next.status !== 'proposal' && (
        <>
          <p class="quota-line">{quotaText(t, lang, view.plan, next.amount)}</p>
          <p>{t('plan.next.rule')}</p>
          <p class="muted">{quotaReasonText(t, next)}</p>
          {view.doneToday && <p>{t('plan.next.doneToday')}</p>}
          {!view.doneToday && view.measuredToday && view.sessions.length === 0 && <p>{t('plan.next.measuredToday')}</p>}
        </>
      )}
      <p class="actions">
        <a class="button" href={`/plan/${view.planId}/log`}>
          {t('plan.next.log')}
        </a>
      </p>
    </section>
  );
}

function Settings(props: { view: PlanView }) {
  const { t } = useI18n();
  const app = useApp();
  const { view } = props;
  const [mode, setMode] = useState<PlanMode>(view.plan.mode);
  const [windowText, setWindowText] = useState(String(view.plan.windowHours));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed' | 'confirmStop'>('idle');

  async function save(event: Event) {
    event.preventDefault();
    const windowHours = parseFormNumber(windowText);
    const candidate = { ...view.plan, mode, windowHours };
    const result = validateActivityPlan(candidate);
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    try {
      await changePlan(app, view, { mode, windowHours: result.value.windowHours });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  async function stop() {
    try {
      await changePlan(app, view, { status: 'stopped' });
    } catch {
      setStatus('failed');
    }
  }

  const windowIssue = issues.find((issue) => issue.field === 'windowHours');
  return (
    <section class="card" aria-labelledby="plan-settings">
      <h2 id="plan-settings">{t('plan.settings.title')}</h2>
      <p class="muted">{t('plan.settings.text')}</p>
      <form noValidate onSubmit={save}>
        <Choices<PlanMode>
          name="settings-mode"
          legend={t('planNew.mode.label')}
          hint={t('planNew.mode.hint')}
          options={[
            { value: 'symptom', label: t('planNew.mode.symptom'), hint: t('planNew.mode.symptom.hint') },
            { value: 'time', label: t('planNew.mode.time'), hint: t('planNew.mode.time.hint') },
          ]}
          value={mode}
          onChange={(value) => {
            setMode(value);
            setStatus('idle');
          }}
        />
        {mode === 'symptom' && (
          <TextField
            id="settings-window"
            label={t('planNew.windowHours.label')}
            hint={t('planNew.windowHours.hint')}
            value={windowText}
            onInput={(value) => {
              setWindowText(value);
              setStatus('idle');
            }}
            error={windowIssue ? issueText(t, windowIssue) : undefined}
            numeric
            unit={t('planNew.windowHours.unit')}
          />
        )}
        <p class="actions">
          <button type="submit" class="button button--secondary">
            {t('plan.settings.save')}
          </button>
        </p>
        <div role="status" class="status-empty">
          {status === 'saved' && <p class="confirmation-text">{t('plan.settings.saved')}</p>}
        </div>
        {status === 'failed' && (
          <p class="field-error" role="alert">
            {t('planNew.saveFailed')}
          </p>
        )}
      </form>
      {status === 'confirmStop' ? (
        <div class="confirm">
          <p>{t('plan.stop.confirm')}</p>
          <p class="actions">
            <button type="button" class="button button--danger" onClick={stop}>
              {t('plan.stop.yes')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setStatus('idle')}>
              {t('plan.stop.no')}
            </button>
          </p>
        </div>
      ) : (
        <p class="actions">
          <button type="button" class="button button--secondary" onClick={() => setStatus('confirmStop')}>
            {t('plan.stop.button')}
          </button>
        </p>
      )}
    </section>
  );
}

function Versions(props: { view: PlanView }) {
  const { t, lang } = useI18n();
  const { view } = props;
  if (view.versions.length < 2) return null;
  return (
    <details class="card ga-versions">
      <summary>{t('plan.versions.title')}</summary>
      <ul class="plain-list">
        {view.versions.map((version) => {
          const day = dayAndTime(Date.parse(version.effectiveFrom), lang).day;
          return (
            <li key={version.version}>
              {version.status === 'stopped'
                ? t('plan.versions.stopped', { version: version.version, day })
                : t('plan.versions.item', {
                    version: version.version,
                    day,
                    mode:
                      version.mode === 'symptom'
                        ? t('plan.versions.mode.symptom', { hours: version.windowHours })
                        : t('plan.versions.mode.time'),
                    goal: amountText(t, lang, version.unit, version.goal),
                  })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** `/plan/:planId`: one plan with its next step, follow-up questions, chart, settings and history. */
export function PlanDetail() {
  const { t, lang } = useI18n();
  const { params } = useRoute();
  const { plan: view, paused } = usePlan(params.planId ?? '');
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  if (!view) {
    return <PlanNotFound />;
  }
  const asks = view.sessions.filter(
    (session) => answered.has(session.id) || view.followUpsDue.some((due) => due.sessionId === session.id),
  );
  return (
    <div class="page page--plan">
      <PageHeading title={activityName(t, view.plan)} />
      {view.plan.changedBy && (
        <p class="notice" data-changed-by="therapist">
          {t('plan.changedBy', { name: view.plan.changedBy.name, reason: view.plan.changedBy.reason })}
        </p>
      )}
      {paused && view.phase === 'active' && <p class="notice">{t('plans.paused')}</p>}
      {asks.map((session) => (
        <div class="card card--next" key={session.id}>
          <FollowUpQuestion
            view={view}
            session={session}
            again={view.followUpsDue.some((due) => due.sessionId === session.id && due.kind === 'again')}
            onAnswered={(id) => setAnswered((current) => new Set([...current, id]))}
          />
        </div>
      ))}
      {view.phase === 'baseline' && <Baseline view={view} />}
      {view.phase === 'confirm' && <ConfirmPlan view={view} />}
      {view.phase === 'active' && <Next view={view} />}
      {view.phase === 'completed' && (
        <section class="card card--next" aria-labelledby="plan-completed">
          <h2 id="plan-completed">{t('plan.completed.title')}</h2>
          <p>{t('plan.completed.text', { goal: quotaText(t, lang, view.plan, view.plan.goal) })}</p>
          <p class="actions">
            <a class="button" href="/plan/new">
              {t('plans.new')}
            </a>
          </p>
        </section>
      )}
      {view.phase === 'stopped' && <p class="notice">{t('plan.stopped.text')}</p>}
      {view.plan.levels.length > 0 && (
        <section class="card" aria-labelledby="plan-chart">
          <h2 id="plan-chart">{t('plan.chart.title')}</h2>
          <PlanChart view={view} />
        </section>
      )}
      {view.phase !== 'stopped' && view.phase !== 'completed' && <Settings view={view} />}
      <Versions view={view} />
      <p>
        <a class="text-link" href="/plan">
          {t('plan.back')}
        </a>
      </p>
    </div>
  );
}
