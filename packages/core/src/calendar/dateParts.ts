/**
 * A date typed as separate day, month and year fields, the way people write
 * dates (a browser's own date picker shows the order of the browser's locale,
 * not of the page). Forms keep the text of each part; these functions turn it
 * into an ISO day (`YYYY-MM-DD`) or say which part is not right yet.
 */
import type { FieldIssue, Validated } from '../validation/fieldIssue.js';
import { daysBetween, isIsoDate } from './calendarDay.js';

export type DatePart = 'day' | 'month' | 'year';
/** The text of each part as typed or chosen; `''` when empty. */
export type DateParts = Record<DatePart, string>;

/** The earliest year a date field accepts unless told otherwise. */
export const DATE_FIELD_MIN_YEAR = 1900;

const EMPTY: DateParts = { day: '', month: '', year: '' };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The parts of an ISO day, for a form to show; empty parts for `''` or
 * anything that is not a real calendar day.
 *
 * @example
 * datePartsOf('2026-03-05') // { day: '5', month: '3', year: '2026' }
 * datePartsOf('') // { day: '', month: '', year: '' }
 */
export function datePartsOf(isoDate: string): DateParts {
  const match = ISO_DATE.exec(isoDate);
  if (!match || !isIsoDate(isoDate)) return { ...EMPTY };
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * The text a form keeps for a date typed in parts: `''` when nothing was
 * typed, the ISO day when the parts make a real calendar day, and otherwise
 * the parts as typed, joined in a way `isIsoDate` refuses (so the form's own
 * validation reports the date as not valid yet, and nothing is guessed).
 *
 * @example
 * dateTextFromParts({ day: '5', month: '3', year: '2026' }) // '2026-03-05'
 * dateTextFromParts({ day: '', month: '', year: '' }) // ''
 * dateTextFromParts({ day: '30', month: '2', year: '2026' }) // '2026-02-30' (not a real day)
 * dateTextFromParts({ day: '5', month: '3', year: '' }) // '-03-05'
 */
export function dateTextFromParts(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return '';
  const pad = (text: string) => (/^\d$/.test(text) ? `0${text}` : text);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Days in a month (1–12) of a year, leap years included. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads one whole-number part; pushes an issue (named by the part) when it is missing or wrong. */
function readPart(text: string, field: DatePart, min: number, max: number, issues: FieldIssue[]): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') {
    issues.push({ field, code: 'required', message: `${field} is required` });
    return undefined;
  }
  if (!/^\d+([.,]\d*)?$/.test(trimmed)) {
    issues.push({ field, code: 'not_a_number', message: `${field} must be a number` });
    return undefined;
  }
  if (!/^\d+$/.test(trimmed)) {
    issues.push({ field, code: 'not_an_integer', message: `${field} must be a whole number` });
    return undefined;
  }
  const value = Number(trimmed);
  if (value < min || value > max) {
    issues.push({ field, code: 'out_of_range', message: `${field} must be between ${min} and ${max}`, min, max });
    return undefined;
  }
  return value;
}

/**
 * Reads a date typed as day, month and year. Each part is checked on its own
 * first (so a message can name the part: the day, the month or the year), then
 * whether the day exists in that month (`day` out of range with the month's
 * number of days as `max`), then the limits: a day after `max` is
 * `date_in_future` and a day before `min` is `out_of_range` on the field
 * `date`. Nothing typed at all is one `required` issue on `date`. A year must
 * be written in full (four digits), from `DATE_FIELD_MIN_YEAR` unless `min`
 * says otherwise.
 *
 * @example
 * dateFromParts({ day: '5', month: '3', year: '2026' }) // { ok: true, value: '2026-03-05' }
 * dateFromParts({ day: '31', month: '4', year: '2026' }).ok // false: day out_of_range, max 30
 * dateFromParts({ day: '1', month: '12', year: '2026' }, { max: '2026-11-25' }).ok // false: date_in_future
 */
export function dateFromParts(parts: DateParts, limits: { min?: string; max?: string } = {}): Validated<string> {
  if (dateTextFromParts(parts) === '') {
    return { ok: false, issues: [{ field: 'date', code: 'required', message: 'date is required' }] };
  }
  const issues: FieldIssue[] = [];
  const minYear = limits.min ? Number(limits.min.slice(0, 4)) : DATE_FIELD_MIN_YEAR;
  const maxYear = limits.max ? Number(limits.max.slice(0, 4)) : 9999;
  const day = readPart(parts.day, 'day', 1, 31, issues);
  const month = readPart(parts.month, 'month', 1, 12, issues);
  const yearText = parts.year.trim();
  let year: number | undefined;
  if (/^\d{1,3}$/.test(yearText)) {
    issues.push({ field: 'year', code: 'invalid_format', message: 'year must have four digits', min: minYear });
  } else year = readPart(parts.year, 'year', minYear, maxYear, issues);
  if (issues.length > 0 || day === undefined || month === undefined || year === undefined) return { ok: false, issues };
  const last = daysInMonth(year, month);
  if (day > last) {
    return {
      ok: false,
      issues: [{ field: 'day', code: 'out_of_range', message: `day must be between 1 and ${last}`, min: 1, max: last }],
    };
  }
  const iso = dateTextFromParts({ day: String(day), month: String(month), year: String(year) });
  if (limits.max && daysBetween(limits.max, iso) > 0) {
    return {
      ok: false,
      issues: [{ field: 'date', code: 'date_in_future', message: `date must not be after ${limits.max}` }],
    };
  }
  if (limits.min && daysBetween(iso, limits.min) > 0) {
    return {
      ok: false,
      issues: [{ field: 'date', code: 'out_of_range', message: `date must not be before ${limits.min}` }],
    };
  }
  return { ok: true, value: iso };
}

/**
 * The order in which a locale writes day, month and year, for laying out a
 * date field: day first in Dutch and British English, month first in US English.
 *
 * @example
 * datePartOrder('nl-NL') // ['day', 'month', 'year']
 * datePartOrder('en-US') // ['month', 'day', 'year']
 */
export function datePartOrder(locale: string): DatePart[] {
  const parts = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2000, 10, 22)));
  const order = parts
    .map((part) => part.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}
