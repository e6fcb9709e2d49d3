import type { CheckIn } from './checkIn.js';

/**
 * A check-in as a form holds it: every field is the text the person typed or
 * picked, `''` when left empty. Forms keep text (not numbers) so that what was
 * typed is never lost or silently changed before validation can name it.
 */
export type CheckInForm = {
  date: string;
  pain: string;
  sleepHours: string;
  bedtime: string;
  wakeTime: string;
  sleepQuality: string;
  stress: string;
  activeMinutes: string;
  activity: string;
  note: string;
};

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a number as a person types it: `7,5` (Dutch) and `7.5` both mean seven
 * and a half. Empty text is `undefined` (the field was skipped); text that is
 * not a number is returned as it was, so validation reports `not_a_number`
 * instead of the app guessing.
 *
 * @example
 * parseFormNumber(' 7,5 ') // 7.5
 * parseFormNumber('') // undefined
 * parseFormNumber('seven') // 'seven'
 */
export function parseFormNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // Only a single comma is read as the decimal mark; "1,000" style grouping is
  // not something anyone types for hours or a 0–10 score.
  const normalized = trimmed.replace(',', '.');
  return DECIMAL.test(normalized) ? Number(normalized) : trimmed;
}

/**
 * The input for `validateCheckIn` from a filled-in form. Skipped fields are
 * left out (they are optional), so only what the person entered is checked.
 *
 * @example
 * checkInInputFromForm({ date: '2026-11-25', pain: '4', sleepHours: '7,5', bedtime: '', wakeTime: '', sleepQuality: '',
 *   stress: '', activeMinutes: '', activity: '', note: '' })
 * // { date: '2026-11-25', pain: 4, sleepHours: 7.5 }
 */
export function checkInInputFromForm(form: CheckInForm): Record<string, unknown> {
  const input: Record<string, unknown> = { date: form.date };
  for (const field of ['pain', 'sleepHours', 'sleepQuality', 'stress', 'activeMinutes'] as const) {
    const value = parseFormNumber(form[field]);
    if (value !== undefined) input[field] = value;
  }
  for (const field of ['bedtime', 'wakeTime'] as const)
    if (form[field].trim() !== '') input[field] = form[field].trim();
  // Spaces only are no note: the person wrote nothing to keep.
  if (form.note.trim() !== '') input.note = form.note;
  if (form.activity.trim() !== '') input.activity = form.activity.trim();
  return input;
}

/**
 * The form for a day: the saved check-in's values when there is one (to edit
 * it), an empty form otherwise. Numbers are written with the person's decimal
 * mark (`7,5` in Dutch); `parseFormNumber` reads either mark back.
 *
 * @example
 * checkInFormFor('2026-11-25', { date: '2026-11-25', pain: 4, sleepHours: 7.5 })
 * // { date: '2026-11-25', pain: '4', sleepHours: '7.5', bedtime: '', wakeTime: '', sleepQuality: '', stress: '',
 * //   activeMinutes: '', activity: '', note: '' }
 * checkInFormFor('2026-11-25', { date: '2026-11-25', pain: 4, sleepHours: 7.5 }, { decimalMark: ',' }).sleepHours // '7,5'
 */
export function checkInFormFor(date: string, saved?: CheckIn, options: { decimalMark?: ',' | '.' } = {}): CheckInForm {
  const mark = options.decimalMark ?? '.';
  const text = (value: number | undefined) => (value === undefined ? '' : String(value).replace('.', mark));
  return {
    date,
    pain: text(saved?.pain),
    sleepHours: text(saved?.sleepHours),
    bedtime: saved?.bedtime ?? '',
    wakeTime: saved?.wakeTime ?? '',
    sleepQuality: text(saved?.sleepQuality),
    stress: text(saved?.stress),
    activeMinutes: text(saved?.activeMinutes),
    activity: saved?.activity ?? '',
    note: saved?.note ?? '',
  };
}
