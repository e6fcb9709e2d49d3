import {
  CHECK_IN_LIMITS,
  type FieldIssue,
  hoursTextFromTimes,
  isEditableDay,
  isIsoDate,
  type SleepForm,
  sleepFormFor,
  sleepNightInputFromForm,
  validateSleepNight,
} from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useApp } from '../../data/app';
import { useToday } from '../../data/useCheckIns';
import { formatDay, useI18n } from '../../i18n/i18n';
import { issueText } from '../../i18n/issueText';
import { FormFooter } from '../../ui/FormFooter';
import { PageHeading } from '../../ui/PageHeading';
import { RadioScale } from '../../ui/RadioScale';
import { SavedConfirmation } from '../../ui/SavedConfirmation';
import { SleepTimes } from '../../ui/SleepTimes';
import { TextField } from '../../ui/TextField';
import { useSaveForm } from '../../ui/useSaveForm';
import { saveNight, useSleep } from '../state';
import '../sleep.css';

/** `/sleep/night` (last night) or `/sleep/night?day=YYYY-MM-DD` for one of the last 7 nights. */
export function SleepNightPage() {
  const { query } = useRoute();
  const today = useToday();
  const requested = query.day;
  const allowed = requested !== undefined && isIsoDate(requested) && isEditableDay(requested, today);
  const day = allowed ? requested : today;
  return <NightForm key={day} day={day} today={today} refused={requested !== undefined && !allowed} />;
}

function NightForm(props: { day: string; today: string; refused: boolean }) {
  const { t, lang } = useI18n();
  const app = useApp();
  const { nights, diaryByDay } = useSleep();
  const saved = nights.get(props.day);
  const mark = lang === 'nl' ? ',' : '.';
  const [form, setForm] = useState<SleepForm>(() => sleepFormFor(props.day, saved, { decimalMark: mark }));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const { phase, save, reset, statusRef } = useSaveForm<HTMLDivElement>();

  const issueFor = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? issueText(t, issue) : undefined;
  };
  const set = (field: keyof SleepForm) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const setTime = (field: 'bedtime' | 'wakeTime') => (value: string) =>
    setForm((current) => {
      const next = { ...current, [field]: value };
      const hours = hoursTextFromTimes(props.day, next.bedtime, next.wakeTime, mark);
      return hours === undefined ? next : { ...next, hoursSlept: hours };
    });

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateSleepNight(sleepNightInputFromForm(form), { today: props.today });
    if (!result.ok) {
      setIssues(result.issues);
      const first = ['bedtime', 'wakeTime', 'hoursSlept', 'quality'].find((field) =>
        result.issues.some((issue) => issue.field === field),
      );
      if (first) document.getElementById(first === 'quality' ? 'quality-1' : first)?.focus();
      return;
    }
    setIssues([]);
    await save(() => saveNight(app, result.value, diaryByDay.get(props.day)));
  }

  const title =
    props.day === props.today
      ? t('sleep.night.title')
      : t('sleep.night.titlePast', { day: formatDay(props.day, lang, 'long', { withYearIfNot: props.today }) });

  return (
    <div class="page page--sleep-night">
      <PageHeading title={title} />
      {props.refused && <p class="notice">{t('sleep.night.notEditable')}</p>}
      <SavedConfirmation
        statusRef={statusRef}
        saved={phase === 'saved'}
        text={t('sleep.night.saved')}
        backHref="/sleep"
        backText={t('sleep.night.back')}
      />
      {phase !== 'saved' && (
        <form noValidate onSubmit={submit} onInput={() => phase === 'failed' && reset()}>
          <p class="lead">{t('sleep.night.intro')}</p>
          {saved?.fromCheckIn && <p class="notice">{t('sleep.night.fromCheckIn')}</p>}
          <SleepTimes
            bedtime={form.bedtime}
            wakeTime={form.wakeTime}
            onBedtime={setTime('bedtime')}
            onWakeTime={setTime('wakeTime')}
            issues={issues}
          />
          <TextField
            id="hoursSlept"
            label={t('sleep.night.hours.label')}
            hint={t('sleep.night.hours.hint')}
            value={form.hoursSlept}
            onInput={set('hoursSlept')}
            error={issueFor('hoursSlept')}
            numeric
            unit={t('sleep.night.hours.unit')}
          />
          <RadioScale
            name="quality"
            label={t('sleep.night.quality.label')}
            min={CHECK_IN_LIMITS.sleepQuality.min}
            max={CHECK_IN_LIMITS.sleepQuality.max}
            value={form.quality}
            optional
            anchors={[
              { value: 1, text: t('sleep.quality.1') },
              { value: 5, text: t('sleep.quality.5') },
            ]}
            error={issueFor('quality')}
            onChange={set('quality')}
          />
          <FormFooter
            phase={phase}
            submit={t('sleep.night.submit')}
            saving={t('sleep.night.saving')}
            saveFailed={t('sleep.night.saveFailed')}
            invalid={issues.length > 0 ? t('sleep.night.invalid') : undefined}
          />
        </form>
      )}
    </div>
  );
}
