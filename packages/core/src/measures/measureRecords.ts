import { addDays, daysBetween, isIsoDate } from '../calendar/calendarDay.js';
import { type FieldIssue, isPlainObject, type Validated } from '../validation/fieldIssue.js';
import { type Source, unknownFields } from '../validation/recordFields.js';
import { type PskActivity, scorePsk } from './psk.js';
import { type StartBackAnswers, type StartBackScore, scoreStartBack } from './startBack.js';

/** One STarT Back questionnaire (`start_back` record): the nine answers and Keele's score of them. */
export type StartBackRecord = { date: string; answers: StartBackAnswers; score: StartBackScore };

/** One PSK (`psk` record): up to three hard activities, each rated 0–10, and their mean. */
export type PskRecord = { date: string; activities: PskActivity[]; score: number };

const START_BACK_ITEMS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'];

function readDay(input: Source, issues: FieldIssue[], today: string | undefined): string | undefined {
  const date = input.date;
  if (date === undefined || date === null) {
    issues.push({ field: 'date', code: 'required', message: 'date is required' });
    return undefined;
  }
  if (!isIsoDate(date)) {
    issues.push({ field: 'date', code: 'invalid_date', message: 'date must be a date (YYYY-MM-DD)' });
    return undefined;
  }
  // One day of slack: the person may live in another time zone than the receiver.
  if (today !== undefined && daysBetween(addDays(today, 1), date) > 0) {
    issues.push({ field: 'date', code: 'date_in_future', message: 'date is in the future' });
    return undefined;
  }
  return date;
}

/** The field a core RangeError names: its message starts with the field's path. */
function fieldOf(error: unknown, prefix: string): FieldIssue {
  const message = error instanceof Error ? error.message : String(error);
  const head = message.split(' ')[0] ?? '';
  return { field: head && head !== 'answers' ? `${prefix}.${head}` : prefix, code: 'invalid_format', message };
}

/**
 * Validates a `start_back` record: all nine answers (items 1–8 true/false,
 * item 9 one of the five bothersomeness answers) and a `score` equal to what
 * `scoreStartBack` computes from them, so a tampered score is refused.
 *
 * @example
 * const answers = { q1: true, q2: false, q3: false, q4: false, q5: false, q6: false, q7: false, q8: false, q9: 'slightly' };
 * validateStartBack({ date: '2026-11-25', answers, score: { total: 1, psychosocial: 0, risk: 'low' } }).ok // true
 */
export function validateStartBack(input: unknown, options: { today?: string } = {}): Validated<StartBackRecord> {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      issues: [{ field: '', code: 'not_an_object', message: 'a STarT Back record must be an object' }],
    };
  }
  const issues: FieldIssue[] = [];
  unknownFields(input, ['date', 'answers', 'score'], issues, 'a STarT Back');
  const date = readDay(input, issues, options.today);
  const answers = input.answers;
  let score: StartBackScore | undefined;
  if (!isPlainObject(answers)) {
    issues.push({ field: 'answers', code: 'not_an_object', message: 'answers must be an object with q1 to q9' });
  } else {
    for (const key of Object.keys(answers)) {
      if (!START_BACK_ITEMS.includes(key)) {
        issues.push({
          field: `answers.${key}`,
          code: 'unknown_field',
          message: `answers.${key} is not a STarT Back item`,
        });
      }
    }
    try {
      score = scoreStartBack(answers as StartBackAnswers);
    } catch (error) {
      issues.push(fieldOf(error, 'answers'));
    }
  }
  const stored = input.score;
  if (!isPlainObject(stored)) {
    issues.push({ field: 'score', code: 'not_an_object', message: 'score must be an object' });
  } else if (
    score &&
    (stored.total !== score.total ||
      stored.psychosocial !== score.psychosocial ||
      stored.risk !== score.risk ||
      Object.keys(stored).length !== 3)
  ) {
    issues.push({
      field: 'score',
      code: 'invalid_format',
      message: `score must be what scoreStartBack computes from the answers: ${JSON.stringify(score)}`,
    });
  }
  if (issues.length > 0 || !date || !score || !isPlainObject(answers)) return { ok: false, issues };
  const a = answers as StartBackAnswers;
  return {
    ok: true,
    value: {
      date,
      answers: { q1: a.q1, q2: a.q2, q3: a.q3, q4: a.q4, q5: a.q5, q6: a.q6, q7: a.q7, q8: a.q8, q9: a.q9 },
      score,
    },
  };
}

/**
 * Validates a `psk` record: 1–3 activities (a name of 1–120 characters and a
 * rating 0–10 each) and a `score` equal to their mean as `scorePsk` computes it.
 *
 * @example
 * validatePskRecord({ date: '2026-11-25', activities: [{ activity: 'Vacuuming', score: 4 }, { activity: 'Cycling', score: 7 }], score: 5.5 }).ok // true
 */
export function validatePskRecord(input: unknown, options: { today?: string } = {}): Validated<PskRecord> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a PSK record must be an object' }] };
  }
  const issues: FieldIssue[] = [];
  unknownFields(input, ['date', 'activities', 'score'], issues, 'a PSK');
  const date = readDay(input, issues, options.today);
  const activities = input.activities;
  let score: number | undefined;
  if (!Array.isArray(activities)) {
    issues.push({ field: 'activities', code: 'not_an_array', message: 'activities must be a list' });
  } else {
    activities.forEach((item, i) => {
      if (!isPlainObject(item)) {
        issues.push({ field: `activities.${i}`, code: 'not_an_object', message: `activities.${i} must be an object` });
      } else {
        for (const key of Object.keys(item)) {
          if (key !== 'activity' && key !== 'score') {
            issues.push({
              field: `activities.${i}.${key}`,
              code: 'unknown_field',
              message: `activities.${i}.${key} is not a PSK activity field`,
            });
          }
        }
      }
    });
    try {
      score = scorePsk(activities as PskActivity[]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      issues.push({ field: message.split(' ')[0] ?? 'activities', code: 'invalid_format', message });
    }
  }
  if (typeof input.score !== 'number') {
    issues.push({ field: 'score', code: 'not_a_number', message: 'score must be a number' });
  } else if (score !== undefined && input.score !== score) {
    issues.push({ field: 'score', code: 'invalid_format', message: `score must be the mean of the ratings: ${score}` });
  }
  if (issues.length > 0 || !date || score === undefined || !Array.isArray(activities)) return { ok: false, issues };
  return {
    ok: true,
    value: {
      date,
      activities: (activities as PskActivity[]).map((item) => ({ activity: item.activity, score: item.score })),
      score,
    },
  };
}

/** The record kind (type and validator) of this file's records, for readers and the registry (records/syncChange.ts). */
export const START_BACK_KIND = {
  type: 'start_back',
  validate: (data: unknown, today?: string) => validateStartBack(data, today ? { today } : {}),
} as const;
export const PSK_KIND = {
  type: 'psk',
  validate: (data: unknown, today?: string) => validatePskRecord(data, today ? { today } : {}),
} as const;
