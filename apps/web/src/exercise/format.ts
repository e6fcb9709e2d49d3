import { type DoseChange, exerciseById, type ProgrammeItem, type SessionItem, type Weekday } from '@veerkracht/core';
import { formatNumber, type Lang, type MessageKey, type Translate, type TranslatePlural } from '../i18n/i18n';
import type { ExerciseTexts } from './textTypes';

/** Words for numbers, units and doses of exercises; no decisions here (those are the core's). */

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

const DAY: Record<Weekday, MessageKey> = {
  1: 'exercise.day.1',
  2: 'exercise.day.2',
  3: 'exercise.day.3',
  4: 'exercise.day.4',
  5: 'exercise.day.5',
  6: 'exercise.day.6',
  7: 'exercise.day.7',
};

export function dayName(t: Translate, day: Weekday): string {
  return t(DAY[day]);
}

/** "maandag en donderdag", "Monday, Wednesday and Friday". */
export function dayList(t: Translate, days: readonly Weekday[]): string {
  const names = days.map((day) => dayName(t, day));
  if (names.length <= 1) return names[0] ?? '';
  return t('exercise.list.and', { first: names.slice(0, -1).join(', '), last: names.at(-1) ?? '' });
}

export function exerciseName(texts: ExerciseTexts, exerciseId: string): string {
  return texts.exercises[exerciseId]?.name ?? exerciseId;
}

/** The variant's name of a strength exercise, if it has more than one. */
export function variantName(texts: ExerciseTexts, exerciseId: string, variant: number | undefined): string | undefined {
  const exercise = exerciseById(exerciseId);
  if (exercise?.kind !== 'strength' || exercise.variants.length < 2 || variant === undefined) return undefined;
  const id = exercise.variants[variant];
  return id ? texts.exercises[exerciseId]?.variants[id] : undefined;
}

/** The amount of one set: "8 herhalingen", "20 seconden (per kant)". */
export function amountText(tn: TranslatePlural, exerciseId: string, amount: number): string {
  const exercise = exerciseById(exerciseId);
  if (exercise?.kind === 'mobility' && exercise.unit === 'seconds') {
    return exercise.perSide ? tn('exercise.dose.secondsPerSide', amount) : tn('exercise.dose.seconds', amount);
  }
  if (exercise?.kind === 'mobility' && exercise.perSide) return tn('exercise.dose.repsPerSide', amount);
  return tn('exercise.dose.reps', amount);
}

export function kilograms(lang: Lang, load: number): string {
  return `${formatNumber(load, lang)} kg`;
}

/** A prescription in words: "2 × 8 herhalingen, met 2 kg". */
export function doseText(t: Translate, tn: TranslatePlural, lang: Lang, item: ProgrammeItem | SessionItem): string {
  const sets = 'sets' in item && typeof item.sets === 'number' ? item.sets : undefined;
  const amount =
    item.kind === 'strength'
      ? 'targetReps' in item
        ? item.targetReps
        : (item as SessionItem).target
      : 'amount' in item
        ? item.amount
        : (item as SessionItem).target;
  const base = amountText(tn, item.exerciseId, amount);
  const dose = sets !== undefined ? t('exercise.dose.sets', { sets, amount: base }) : base;
  const exercise = exerciseById(item.exerciseId);
  const load = 'load' in item ? item.load : undefined;
  if (exercise?.kind === 'strength' && exercise.usesLoad && load !== undefined) {
    return t('exercise.dose.withLoad', { dose, load: kilograms(lang, load) });
  }
  return dose;
}

/** One line of a proposal: what changes for one exercise, in words. */
export function changeText(
  t: Translate,
  tn: TranslatePlural,
  lang: Lang,
  texts: ExerciseTexts,
  change: DoseChange,
): string {
  const name = exerciseName(texts, change.exerciseId);
  if (change.kind === 'mobility') {
    return t(change.decision === 'step_back' ? 'exercise.change.mobility.less' : 'exercise.change.mobility.more', {
      name,
      from: amountText(tn, change.exerciseId, change.from),
      to: amountText(tn, change.exerciseId, change.to),
    });
  }
  const reps = amountText(tn, change.exerciseId, change.to.targetReps);
  switch (change.decision) {
    case 'add_reps':
      return t('exercise.change.add_reps', { name, from: change.from.targetReps, to: reps });
    case 'add_load':
      return t('exercise.change.add_load', { name, load: kilograms(lang, change.to.load), reps });
    case 'harder_variant':
      return t('exercise.change.harder_variant', {
        name,
        variant: variantName(texts, change.exerciseId, change.to.variant) ?? '',
        reps,
      });
    default: {
      const easier =
        change.to.variant < change.from.variant
          ? (variantName(texts, change.exerciseId, change.to.variant) ?? '')
          : change.to.load < change.from.load
            ? kilograms(lang, change.to.load)
            : reps;
      return t('exercise.change.step_back', { name, to: easier });
    }
  }
}

/** A dose without its sets, to compare then and now: "8 herhalingen · Met twee benen", "3 kg". */
export function shortDose(
  tn: TranslatePlural,
  lang: Lang,
  texts: ExerciseTexts,
  exerciseId: string,
  dose: { amount: number; load?: number | undefined; variant?: number | undefined },
): string {
  const exercise = exerciseById(exerciseId);
  const parts = [amountText(tn, exerciseId, dose.amount)];
  if (exercise?.kind === 'strength' && exercise.usesLoad && dose.load !== undefined)
    parts.push(kilograms(lang, dose.load));
  const variant = variantName(texts, exerciseId, dose.variant);
  return variant ? `${parts.join(', ')} · ${variant}` : parts.join(', ');
}
