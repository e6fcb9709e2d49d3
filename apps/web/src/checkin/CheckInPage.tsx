import {
  CHECK_IN_LIMITS,
  type CheckIn,
  type CheckInForm,
  checkInFormFor,
  checkInInputFromForm,
  type FieldIssue,
  hoursTextFromTimes,
  isEditableDay,
  isIsoDate,
  sessionMinutes,
  timedSessions,
  validateCheckIn,
} from '@veerkracht/core';
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useApp, useRecords } from '../data/app';
import { snapshotReader } from '../data/records';
import { useCheckInsByDay, useToday } from '../data/useCheckIns';
import { formatDay, useI18n } from '../i18n/i18n';
import { issueText } from '../i18n/issueText';
import { FormFooter } from '../ui/FormFooter';
import { PageHeading } from '../ui/PageHeading';
import { RadioScale } from '../ui/RadioScale';
import { SleepTimes } from '../ui/SleepTimes';
import { TextField } from '../ui/TextField';
import { CheckInValues } from './CheckInValues';

type Field =
  | 'pain'
  | 'bedtime'
  | 'wakeTime'
  | 'sleepHours'
  | 'sleepQuality'
  | 'stress'
  | 'activeMinutes'
  | 'activity'
  | 'note';
const FIELD_ORDER: Field[] = [
  'pain',
  'bedtime',
  'wakeTime',
  'sleepHours',
  'sleepQuality',
  'stress',
  'activeMinutes',
  'activity',
  'note',
];

/**
 * What other features show under a saved check-in (the safety check's
 * flare-up offer): the app passes it in, so check-in never imports them.
 */
export type AfterCheckIn = ComponentType<{ date: string; pain: number }>;

/** `/check-in` (today) or `/check-in?date=YYYY-MM-DD` for one of the last 7 days. */
export function CheckInPage(props: { after?: AfterCheckIn }) {
  const { query } = useRoute();
  const today = useToday();
  const requested = query.date;
  const allowed = requested !== undefined && isIsoDate(requested) && isEditableDay(requested, today);
  const date = allowed ? requested : today;
  // A new key per day: opening another day starts from that day's saved values.
  return (
    <CheckInFormView
      key={date}
      date={date}
      today={today}
      refused={requested !== undefined && !allowed}
      {...(props.after ? { after: props.after } : {})}
    />
  );
}

function CheckInFormView(props: { date: string; today: string; refused: boolean; after?: AfterCheckIn }) {
  const After = props.after;
  const { t, tn, lang } = useI18n();
  const app = useApp();
  const saved = useCheckInsByDay().get(props.date);
  const records = useRecords();
  // A new check-in starts with the minutes of the day's sessions, which the person may change.
  const [fromSessions] = useState(() =>
    saved ? null : sessionMinutes(timedSessions(snapshotReader(records)), props.date),
  );
  const [form, setForm] = useState<CheckInForm>(() => {
    const empty = checkInFormFor(props.date, saved?.data, { decimalMark: lang === 'nl' ? ',' : '.' });
    return fromSessions === null ? empty : { ...empty, activeMinutes: String(fromSessions) };
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [phase, setPhase] = useState<'editing' | 'saving' | 'saved' | 'failed'>('editing');
  const [savedValues, setSavedValues] = useState<CheckIn | null>(null);
  const [wasSaved] = useState(() => saved !== undefined);
  const focusFirstIssue = useRef(false);
  const fields = useRef(new Map<string, HTMLElement>());
  const statusRef = useRef<HTMLDivElement>(null);

  const issueFor = (field: Field) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? issueText(t, issue) : undefined;
  };
  const set = (field: keyof CheckInForm) => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    if (phase === 'failed') setPhase('editing');
  };
  // A changed bed or wake time fills the hours again; the person may still change them afterwards.
  const setTime = (field: 'bedtime' | 'wakeTime') => (value: string) => {
    setForm((current) => {
      const next = { ...current, [field]: value };
      const hours = hoursTextFromTimes(props.date, next.bedtime, next.wakeTime, lang === 'nl' ? ',' : '.');
      return hours === undefined ? next : { ...next, sleepHours: hours };
    });
    if (phase === 'failed') setPhase('editing');
  };

  useEffect(() => {
    if (!focusFirstIssue.current) return;
    focusFirstIssue.current = false;
    const first = FIELD_ORDER.find((field) => issues.some((issue) => issue.field === field));
    if (first) fields.current.get(first)?.focus();
  }, [issues]);

  const tappedAt = useRef(0);
  useLayoutEffect(() => {
    if (phase !== 'saved') return;
    // From the tap to the confirmation in the DOM (budget: 50 ms, offline too); the e2e run reports it.
    performance.measure('checkin-save', { start: tappedAt.current, end: performance.now() });
    statusRef.current?.focus();
  }, [phase]);

  async function submit(event: Event) {
    event.preventDefault();
    if (phase === 'saving') return;
    tappedAt.current = event.timeStamp;
    // The typed text goes to the core as it is: "6,5" and "6.5" both mean six and a half hours.
    const input = checkInInputFromForm(form);
    const result = validateCheckIn(input, { today: props.today });
    if (!result.ok) {
      focusFirstIssue.current = true;
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    setPhase('saving');
    try {
      await app.saveCheckIn(result.value);
      setSavedValues(result.value);
      setPhase('saved');
    } catch {
      setPhase('failed');
    }
  }

  const isToday = props.date === props.today;
  const title = isToday
    ? t('checkin.title')
    : t('checkin.titlePast', { day: formatDay(props.date, lang, 'long', { withYearIfNot: props.today }) });
  const registerField = (field: Field) => (element: HTMLElement | null) => {
    if (element) fields.current.set(field, element);
  };
  // For a radio group, focus goes to the chosen option, or to the first one when none is chosen.
  const registerRadio =
    (field: Field, current: string, min: number) => (element: HTMLInputElement | null, value: number) => {
      if (element && (current === '' ? value === min : String(value) === current)) fields.current.set(field, element);
    };
  const dateIssue = issues.find((issue) => issue.field === 'date');

  return (
    <div class="page page--checkin">
      <PageHeading title={title} />
      {props.refused && <p class="notice">{t('checkin.notEditable')}</p>}
      <div ref={statusRef} role="status" tabIndex={-1} class={phase === 'saved' ? 'confirmation' : 'status-empty'}>
        {phase === 'saved' && (
          <>
            <p class="confirmation-text">{t('checkin.saved')}</p>
            {savedValues && <CheckInValues checkIn={savedValues} />}
            {savedValues && After && <After date={props.date} pain={savedValues.pain} />}
            <p class="actions">
              <a class="button" href="/">
                {t('checkin.back')}
              </a>
              <button type="button" class="button button--secondary" onClick={() => setPhase('editing')}>
                {t('checkin.editAgain')}
              </button>
            </p>
          </>
        )}
      </div>
      {phase !== 'saved' && (
        <form class="checkin-form" noValidate onSubmit={submit}>
          <p class="lead">{t('checkin.intro')}</p>
          {wasSaved && <p class="notice">{t('checkin.editing')}</p>}
          {dateIssue && <p class="field-error">{issueText(t, dateIssue)}</p>}

          <RadioScale
            name="pain"
            label={t('checkin.pain.label')}
            min={CHECK_IN_LIMITS.pain.min}
            max={CHECK_IN_LIMITS.pain.max}
            value={form.pain}
            anchors={[
              { value: 0, text: t('checkin.pain.0') },
              { value: 5, text: t('checkin.pain.5') },
              { value: 10, text: t('checkin.pain.10') },
            ]}
            error={issueFor('pain')}
            onChange={set('pain')}
            inputRef={registerRadio('pain', form.pain, CHECK_IN_LIMITS.pain.min)}
          />

          <SleepTimes
            bedtime={form.bedtime}
            wakeTime={form.wakeTime}
            onBedtime={setTime('bedtime')}
            onWakeTime={setTime('wakeTime')}
            issues={issues}
            inputRef={(field, element) => {
              if (element) fields.current.set(field, element);
            }}
          />

          <div class="field">
            <label class="field-label" for="sleepHours">
              {t('checkin.sleepHours.label')} <span class="optional">({t('checkin.optional')})</span>
            </label>
            <p id="sleepHours-hint" class="hint">
              {t('checkin.sleepHours.hint')}
            </p>
            <div class="number-field">
              <input
                id="sleepHours"
                name="sleepHours"
                // Text, not type="number": a number field drops or refuses a decimal comma ("6,5") in
                // many browsers and keyboards. The core reads both a comma and a point.
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={form.sleepHours}
                onInput={(event) => set('sleepHours')(event.currentTarget.value)}
                aria-describedby={issueFor('sleepHours') ? 'sleepHours-hint sleepHours-error' : 'sleepHours-hint'}
                aria-invalid={issueFor('sleepHours') ? 'true' : undefined}
                ref={registerField('sleepHours')}
              />
              <span class="unit" aria-hidden="true">
                {t('checkin.sleepHours.unit')}
              </span>
            </div>
            {issueFor('sleepHours') && (
              <p id="sleepHours-error" class="field-error">
                {issueFor('sleepHours')}
              </p>
            )}
          </div>

          <RadioScale
            name="sleepQuality"
            label={t('checkin.sleepQuality.label')}
            min={CHECK_IN_LIMITS.sleepQuality.min}
            max={CHECK_IN_LIMITS.sleepQuality.max}
            value={form.sleepQuality}
            optional
            anchors={[
              { value: 1, text: t('checkin.sleepQuality.1') },
              { value: 5, text: t('checkin.sleepQuality.5') },
            ]}
            error={issueFor('sleepQuality')}
            onChange={set('sleepQuality')}
            inputRef={registerRadio('sleepQuality', form.sleepQuality, CHECK_IN_LIMITS.sleepQuality.min)}
          />

          <RadioScale
            name="stress"
            label={t('checkin.stress.label')}
            min={CHECK_IN_LIMITS.stress.min}
            max={CHECK_IN_LIMITS.stress.max}
            value={form.stress}
            optional
            anchors={[
              { value: 0, text: t('checkin.stress.0') },
              { value: 5, text: t('checkin.stress.5') },
              { value: 10, text: t('checkin.stress.10') },
            ]}
            error={issueFor('stress')}
            onChange={set('stress')}
            inputRef={registerRadio('stress', form.stress, CHECK_IN_LIMITS.stress.min)}
          />

          <fieldset class="field">
            <legend class="field-label">
              {t('checkin.activity.legend')} <span class="optional">({t('checkin.optional')})</span>
            </legend>
            <TextField
              id="activeMinutes"
              label={t('checkin.activeMinutes.label')}
              hint={fromSessions === null ? t('checkin.activity.hint') : t('checkin.activity.fromSessions')}
              value={form.activeMinutes}
              onInput={set('activeMinutes')}
              error={issueFor('activeMinutes')}
              numeric
              unit={t('checkin.activeMinutes.unit')}
              inputRef={registerField('activeMinutes')}
            />
            <TextField
              id="activity"
              label={t('checkin.activity.label')}
              value={form.activity}
              onInput={set('activity')}
              error={issueFor('activity')}
              inputRef={registerField('activity')}
            />
          </fieldset>

          <div class="field">
            <label class="field-label" for="note">
              {t('checkin.note.label')} <span class="optional">({t('checkin.optional')})</span>
            </label>
            <p id="note-hint" class="hint">
              {tn('checkin.note.hint', CHECK_IN_LIMITS.note.maxLength)}
            </p>
            <textarea
              id="note"
              name="note"
              rows={3}
              value={form.note}
              onInput={(event) => set('note')(event.currentTarget.value)}
              aria-describedby={issueFor('note') ? 'note-hint note-error' : 'note-hint'}
              aria-invalid={issueFor('note') ? 'true' : undefined}
              ref={registerField('note')}
            />
            {issueFor('note') && (
              <p id="note-error" class="field-error">
                {issueFor('note')}
              </p>
            )}
          </div>

          <FormFooter
            phase={phase}
            submit={t('checkin.submit')}
            saving={t('checkin.saving')}
            saveFailed={t('checkin.saveFailed')}
            invalid={issues.length > 0 ? t('checkin.invalid') : undefined}
          />
        </form>
      )}
    </div>
  );
}
