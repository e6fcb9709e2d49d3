import type { Weekday } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/TextField';
import { type PrescribedExercise, type ProgrammeSummary, therapistApi } from '../api';
import { problemOf, refusedFields } from '../problems';
import { FormEnd } from './FormEnd';
import { typedNumber } from './PlanSettings';

/** The library's exercises by id, in the words the patient's app uses for them. */
const EXERCISE_NAME: Record<string, MessageKey> = {
  hip_hinge: 'therapist.exercise.name.hip_hinge',
  squat: 'therapist.exercise.name.squat',
  glute_bridge: 'therapist.exercise.name.glute_bridge',
  bird_dog: 'therapist.exercise.name.bird_dog',
  dead_bug: 'therapist.exercise.name.dead_bug',
  side_plank: 'therapist.exercise.name.side_plank',
  band_row: 'therapist.exercise.name.band_row',
  farmers_carry: 'therapist.exercise.name.farmers_carry',
  step_up: 'therapist.exercise.name.step_up',
  split_squat: 'therapist.exercise.name.split_squat',
  back_extension: 'therapist.exercise.name.back_extension',
  calf_raise: 'therapist.exercise.name.calf_raise',
  wall_push_up: 'therapist.exercise.name.wall_push_up',
  cat_cow: 'therapist.exercise.name.cat_cow',
  knee_rolls: 'therapist.exercise.name.knee_rolls',
  hip_flexor_stretch: 'therapist.exercise.name.hip_flexor_stretch',
  thoracic_rotation: 'therapist.exercise.name.thoracic_rotation',
  childs_pose: 'therapist.exercise.name.childs_pose',
  hamstring_stretch: 'therapist.exercise.name.hamstring_stretch',
  pelvic_tilt: 'therapist.exercise.name.pelvic_tilt',
  standing_side_bend: 'therapist.exercise.name.standing_side_bend',
};
export const EXERCISE_NAME_IDS: readonly string[] = Object.keys(EXERCISE_NAME);

const WEEKDAY: Record<Weekday, MessageKey> = {
  1: 'therapist.weekday.1',
  2: 'therapist.weekday.2',
  3: 'therapist.weekday.3',
  4: 'therapist.weekday.4',
  5: 'therapist.weekday.5',
  6: 'therapist.weekday.6',
  7: 'therapist.weekday.7',
};
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One exercise's dose as typed: every field text, so half-typed numbers stay as they are. */
type DoseForm = { sets: string; targetReps: string; load: string; variant: string; amount: string };

function doseForm(item: PrescribedExercise): DoseForm {
  return item.kind === 'strength'
    ? {
        sets: String(item.sets),
        targetReps: String(item.targetReps),
        load: String(item.load),
        // People count levels from 1; the record counts variants from 0.
        variant: String(item.variant + 1),
        amount: '',
      }
    : { sets: String(item.sets), targetReps: '', load: '', variant: '', amount: String(item.amount) };
}

function doseOf(item: PrescribedExercise, form: DoseForm): ProgrammeDose {
  if (item.kind === 'mobility')
    return { exerciseId: item.exerciseId, sets: typedNumber(form.sets), amount: typedNumber(form.amount) };
  return {
    exerciseId: item.exerciseId,
    sets: typedNumber(form.sets),
    targetReps: typedNumber(form.targetReps),
    variant: typedNumber(form.variant) - 1,
    ...(item.usesLoad ? { load: typedNumber(form.load) } : {}),
  };
}
type ProgrammeDose = Parameters<typeof therapistApi.changeProgramme>[2]['doses'][number];

/**
 * One exercise programme as the therapist prescribes it: the days, the hours
 * to recover, and per exercise the sets and the dose, with a reason the
 * patient reads. Saved as a new programme version by the therapist; the app
 * still only proposes each next step from there (clinical §0).
 */
export function ProgrammeSettings(props: { patientId: string; programme: ProgrammeSummary; onSaved: () => void }) {
  const { t } = useI18n();
  const { programme } = props;
  const id = `programme-${programme.programmeId}`;
  const [days, setDays] = useState<Set<number>>(new Set(programme.days));
  const [windowHours, setWindowHours] = useState(String(programme.windowHours));
  const [doses, setDoses] = useState<DoseForm[]>(programme.items.map(doseForm));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const changed = (field: string) => {
    setErrors((current) => new Set([...current].filter((f) => f !== field && !f.startsWith(`${field}.`))));
    setSaved(false);
  };
  const setDose = (index: number, field: keyof DoseForm) => (value: string) => {
    setDoses((current) => current.map((dose, i) => (i === index ? { ...dose, [field]: value } : dose)));
    changed(`doses.${index}.${field}`);
  };
  const error = (field: string) => (errors.has(field) ? t('therapist.problem.invalid') : undefined);
  const name = (exerciseId: string) => {
    const key = EXERCISE_NAME[exerciseId];
    return key ? t(key) : exerciseId;
  };

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await therapistApi.changeProgramme(props.patientId, programme.programmeId, {
      days: [...days].sort((a, b) => a - b),
      windowHours: typedNumber(windowHours),
      doses: programme.items.map((item, i) => doseOf(item, doses[i] as DoseForm)),
      reason,
    });
    setBusy(false);
    if (result.ok) {
      setSaved(true);
      setProblem(undefined);
      setReason('');
      props.onSaved();
    } else {
      setErrors(refusedFields(result));
      setProblem(t(problemOf(result)));
    }
  }

  const daysRefused = [...errors].some((field) => field === 'days' || field.startsWith('days.'));
  return (
    <li class="staff-plan">
      <p>
        {t(programme.status === 'active' ? 'therapist.exercise.active' : 'therapist.exercise.stopped', {
          exercises: programme.items.length,
          days: programme.days.length,
          hours: programme.windowHours,
        })}
      </p>
      {programme.by === 'therapist' && programme.reason && (
        <p class="hint">{t('therapist.exercise.changedBy', { reason: programme.reason })}</p>
      )}
      <form onSubmit={submit} noValidate aria-label={t('therapist.programme.edit')}>
        <fieldset class="field" aria-describedby={daysRefused ? `${id}-days-error` : undefined}>
          <legend class="field-label">{t('therapist.programme.days')}</legend>
          {daysRefused && (
            <p id={`${id}-days-error`} class="field-error">
              {t('therapist.problem.invalid')}
            </p>
          )}
          <div class="staff-filters">
            {WEEKDAYS.map((day) => (
              <div class="checkbox" key={day}>
                <input
                  id={`${id}-day-${day}`}
                  type="checkbox"
                  checked={days.has(day)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    setDays((current) => {
                      const next = new Set(current);
                      if (on) next.add(day);
                      else next.delete(day);
                      return next;
                    });
                    changed('days');
                  }}
                />
                <label for={`${id}-day-${day}`}>{t(WEEKDAY[day])}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextField
          id={`${id}-window`}
          label={t('therapist.programme.window')}
          value={windowHours}
          onInput={(value) => {
            setWindowHours(value);
            changed('windowHours');
          }}
          error={error('windowHours')}
          numeric
        />
        {programme.items.map((item, index) => {
          const dose = doses[index] as DoseForm;
          const field = (name: keyof DoseForm) => `${id}-${item.exerciseId}-${name}`;
          return (
            <fieldset class="field" key={item.exerciseId}>
              <legend class="field-label">{name(item.exerciseId)}</legend>
              <div class="staff-filters">
                <TextField
                  id={field('sets')}
                  label={t('therapist.programme.sets')}
                  value={dose.sets}
                  onInput={setDose(index, 'sets')}
                  error={error(`doses.${index}.sets`)}
                  numeric
                />
                {item.kind === 'strength' ? (
                  <>
                    <TextField
                      id={field('targetReps')}
                      label={t('therapist.programme.targetReps', { min: item.repMin, max: item.repMax })}
                      value={dose.targetReps}
                      onInput={setDose(index, 'targetReps')}
                      error={error(`doses.${index}.targetReps`)}
                      numeric
                    />
                    {item.variants > 1 && (
                      <TextField
                        id={field('variant')}
                        label={t('therapist.programme.variant', { max: item.variants })}
                        value={dose.variant}
                        onInput={setDose(index, 'variant')}
                        error={error(`doses.${index}.variant`)}
                        numeric
                      />
                    )}
                    {item.usesLoad && (
                      <TextField
                        id={field('load')}
                        label={t('therapist.programme.load')}
                        value={dose.load}
                        onInput={setDose(index, 'load')}
                        error={error(`doses.${index}.load`)}
                        numeric
                      />
                    )}
                  </>
                ) : (
                  <TextField
                    id={field('amount')}
                    label={t(
                      item.unit === 'seconds' ? 'therapist.programme.amountSeconds' : 'therapist.programme.amountReps',
                      { min: item.min, max: item.max },
                    )}
                    value={dose.amount}
                    onInput={setDose(index, 'amount')}
                    error={error(`doses.${index}.amount`)}
                    numeric
                  />
                )}
              </div>
            </fieldset>
          );
        })}
        <TextField
          id={`${id}-reason`}
          label={t('therapist.programme.reason')}
          value={reason}
          onInput={(value) => {
            setReason(value);
            changed('reason');
          }}
          error={error('reason')}
        />
        {saved && (
          <p class="confirmation" role="status">
            {t('therapist.programme.saved')}
          </p>
        )}
        <FormEnd problem={problem} busy={busy} submit={t('therapist.programme.save')} />
      </form>
    </li>
  );
}
