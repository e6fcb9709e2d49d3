import {
  type ActivitySession,
  EMPTY_SESSION_FORM,
  type FieldIssue,
  followUpSchedule,
  PLAN_LIMITS,
  quotaOutcome,
  type SessionForm,
  type SyncRecord,
  sessionFormForQuota,
} from '@veerkracht/core';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useApp } from '../../data/app';
import { dayAndTime } from '../../i18n/formatInstant';
import { useI18n } from '../../i18n/i18n';
import { issueText } from '../../i18n/issueText';
import { PageHeading } from '../../ui/PageHeading';
import { RadioScale } from '../../ui/RadioScale';
import { TextField } from '../../ui/TextField';
import { ProposalCard } from '../components/ProposalCard';
import { activityName, amountText, inputNumber, quotaText, UNIT_NAME } from '../format';
import { logSession, usePlan } from '../state';
import '../activity.css';
import { FormFooter } from '../../ui/FormFooter';
import { PlanNotFound } from '../components/PlanNotFound';

type Saved = {
  session: ActivitySession;
  quota: number | null;
  baselineNumber: number;
  baselineTotal: number;
  askAt: number | null;
};

const FIELD_ORDER = ['amount', 'painBefore', 'painAfter', 'note'] as const;

/** `/plan/:planId/log`: log a baseline measurement or a session at the quota. */
export function LogSession() {
  const { t, lang } = useI18n();
  const app = useApp();
  const { params } = useRoute();
  const { plan: view, paused } = usePlan(params.planId ?? '');
  const [form, setForm] = useState<SessionForm>({ ...EMPTY_SESSION_FORM });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [phase, setPhase] = useState<'editing' | 'saving' | 'failed'>('editing');
  const [saved, setSaved] = useState<Saved | null>(null);
  const focusFirst = useRef(false);
  const fields = useRef(new Map<string, HTMLElement>());
  const statusRef = useRef<HTMLDivElement>(null);
  // The amount the form was last filled with from the quota; the person's own typing is never overwritten.
  const prefilled = useRef<string | null>(null);
  // The quota of a session at the plan's level: the form starts with it (the records may load after the
  // first render, and a proposal answered on this page changes it).
  const quotaNow = view && view.phase === 'active' && view.next && saved === null ? view.next.amount : null;
  useEffect(() => {
    if (quotaNow === null) return;
    const amount = sessionFormForQuota(quotaNow, (n) => inputNumber(n, lang)).amount;
    const before = prefilled.current;
    prefilled.current = amount;
    setForm((current) => (current.amount === '' || current.amount === before ? { ...current, amount } : current));
  }, [quotaNow, lang]);

  useEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    const first = FIELD_ORDER.find((field) => issues.some((issue) => issue.field === field));
    if (first) fields.current.get(first)?.focus();
  }, [issues]);
  useLayoutEffect(() => {
    if (saved) statusRef.current?.focus();
  }, [saved]);

  if (!view) {
    return <PlanNotFound />;
  }

  const baseline = view.phase === 'baseline' || (saved !== null && saved.quota === null);
  const canLog = baseline || view.phase === 'active' || saved !== null;
  const next = view.next;
  const quota = !baseline && next ? next.amount : null;
  const unit = view.plan.unit;
  const title = baseline
    ? t('session.title.baseline', {
        n: saved ? saved.baselineNumber : view.baselineSessions.length + 1,
        total: view.plan.baselineSessions,
      })
    : t('session.title.plan');

  const set = (field: keyof SessionForm) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const register = (field: string) => (element: HTMLElement | null) => {
    if (element) fields.current.set(field, element);
  };
  const registerRadio = (field: string, current: string) => (element: HTMLInputElement | null, value: number) => {
    if (element && (current === '' ? value === 0 : String(value) === current)) fields.current.set(field, element);
  };
  const example = amountText(t, lang, unit, quota ?? 10);
  // The pain questions use the check-in's words for 0, 5 and 10, so the scale reads the same everywhere.
  const painAnchors = [
    { value: 0, text: t('checkin.pain.0') },
    { value: 5, text: t('checkin.pain.5') },
    { value: 10, text: t('checkin.pain.10') },
  ];
  const issueFor = (field: string): string | undefined => {
    const issue = issues.find((candidate) => candidate.field === field);
    if (!issue) return undefined;
    if (field === 'amount') return t('session.amount.issue', { example });
    if (field === 'painBefore' || field === 'painAfter') return t('session.pain.required');
    return issueText(t, issue);
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (!view || phase === 'saving') return;
    setPhase('saving');
    try {
      const level = baseline ? undefined : next?.level;
      const result = await logSession(app, view, form, baseline ? 'baseline' : 'plan', level);
      if (!result.ok) {
        focusFirst.current = true;
        setIssues(result.issues);
        setPhase('editing');
        return;
      }
      setIssues([]);
      const record = result.value as SyncRecord<ActivitySession>;
      const session = record.data as ActivitySession;
      setSaved({
        session,
        quota,
        baselineNumber: view.baselineSessions.length + 1,
        baselineTotal: view.plan.baselineSessions,
        askAt:
          !baseline && view.plan.mode === 'symptom'
            ? followUpSchedule(session.endedAt, view.plan.windowHours).firstAsk
            : null,
      });
      setPhase('editing');
      setForm({ ...EMPTY_SESSION_FORM });
    } catch {
      setPhase('failed');
    }
  }

  let savedText = '';
  if (saved && saved.quota === null) {
    savedText =
      saved.baselineNumber >= saved.baselineTotal
        ? t('session.saved.baselineDone')
        : t('session.saved.baseline', { n: saved.baselineNumber, total: saved.baselineTotal });
  } else if (saved && saved.quota !== null) {
    const outcome = quotaOutcome(saved.session.amount, saved.quota);
    savedText = t(
      outcome === 'met' ? 'session.saved.met' : outcome === 'more' ? 'session.saved.more' : 'session.saved.less',
    );
  }
  const ask = saved?.askAt ? dayAndTime(saved.askAt, lang) : null;

  return (
    <div class="page page--log">
      <PageHeading title={title} />
      <p class="muted">{activityName(t, view.plan)}</p>
      <div ref={statusRef} role="status" tabIndex={-1} class={saved ? 'confirmation' : 'status-empty'}>
        {saved && (
          <>
            <p class="confirmation-text">{savedText}</p>
            {saved.quota !== null && <p>{t('session.saved.hurt')}</p>}
            {ask && <p>{t('session.saved.ask', { day: ask.day, time: ask.time })}</p>}
            <p class="actions">
              <a class="button" href="/">
                {t('session.toToday')}
              </a>
              <a class="button button--secondary" href={`/plan/${view.planId}`}>
                {t('session.toPlan')}
              </a>
            </p>
          </>
        )}
      </div>
      {!saved && !canLog && (
        <>
          <p class="notice">{t('session.notActive')}</p>
          <p>
            <a class="text-link" href={`/plan/${view.planId}`}>
              {t('session.toPlan')}
            </a>
          </p>
        </>
      )}
      {!saved && canLog && (
        <>
          {paused && !baseline && <p class="notice">{t('plans.paused')}</p>}
          {!baseline && <ProposalCard view={view} />}
          {baseline ? (
            <p class="lead">{t('session.baseline.text')}</p>
          ) : (
            quota !== null && (
              <section class="card card--next" aria-labelledby="log-quota">
                <h2 id="log-quota" class="quota-line">
                  {t('session.quota', { quota: quotaText(t, lang, view.plan, quota) })}
                </h2>
                <p>{t('session.rule')}</p>
              </section>
            )
          )}
          <form class="checkin-form" noValidate onSubmit={submit}>
            <TextField
              id="amount"
              label={t('session.amount.label')}
              hint={
                quota !== null
                  ? t('session.amount.prefilled')
                  : t('session.amount.hint', { unit: t(UNIT_NAME[unit]), example })
              }
              value={form.amount}
              onInput={set('amount')}
              error={issueFor('amount')}
              numeric
              unit={t(UNIT_NAME[unit])}
              inputRef={register('amount')}
            />
            <RadioScale
              name="painBefore"
              label={t('session.painBefore.label')}
              min={PLAN_LIMITS.pain.min}
              max={PLAN_LIMITS.pain.max}
              value={form.painBefore}
              anchors={painAnchors}
              error={issueFor('painBefore')}
              onChange={set('painBefore')}
              inputRef={registerRadio('painBefore', form.painBefore)}
            />
            <RadioScale
              name="painAfter"
              label={t('session.painAfter.label')}
              min={PLAN_LIMITS.pain.min}
              max={PLAN_LIMITS.pain.max}
              value={form.painAfter}
              anchors={painAnchors}
              error={issueFor('painAfter')}
              onChange={set('painAfter')}
              inputRef={registerRadio('painAfter', form.painAfter)}
            />
            <div class="field">
              <label class="field-label" for="session-note">
                {t('session.note.label')} <span class="optional">({t('checkin.optional')})</span>
              </label>
              <p id="session-note-hint" class="hint">
                {t('session.note.hint', { max: PLAN_LIMITS.note.maxLength })}
              </p>
              <textarea
                id="session-note"
                rows={3}
                value={form.note}
                onInput={(event) => set('note')(event.currentTarget.value)}
                aria-describedby={issueFor('note') ? 'session-note-hint session-note-error' : 'session-note-hint'}
                aria-invalid={issueFor('note') ? 'true' : undefined}
                ref={register('note')}
              />
              {issueFor('note') && (
                <p id="session-note-error" class="field-error">
                  {issueFor('note')}
                </p>
              )}
            </div>
            <FormFooter
              phase={phase}
              submit={t('session.submit')}
              saving={t('session.saving')}
              saveFailed={t('session.saveFailed')}
              invalid={issues.length > 0 ? t('session.invalid') : undefined}
            />
          </form>
        </>
      )}
    </div>
  );
}
