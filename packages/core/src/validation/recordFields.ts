import { CLOCK_TIME } from '../calendar/clockTime.js';
import { toMillis } from '../calendar/zonedTime.js';
import { isUuid } from '../sync/uuid.js';
import { type FieldIssue, readNumber } from './fieldIssue.js';

/*
 * @internal Field readers shared by the record validators: each pushes a
 * FieldIssue naming the field when the value is missing (if required) or wrong.
 */

export type Source = Record<string, unknown>;

export function unknownFields(input: Source, allowed: readonly string[], issues: FieldIssue[], what: string): void {
  for (const key of Object.keys(input)) {
    if (!allowed.includes(key))
      issues.push({ field: key, code: 'unknown_field', message: `${key} is not ${what} field` });
  }
}

export function readId(input: Source, field: string, issues: FieldIssue[]): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) {
    issues.push({ field, code: 'required', message: `${field} is required` });
    return undefined;
  }
  if (!isUuid(value)) {
    issues.push({ field, code: 'invalid_id', message: `${field} must be a lowercase UUID` });
    return undefined;
  }
  return value;
}

export function readInstant(input: Source, field: string, issues: FieldIssue[]): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) {
    issues.push({ field, code: 'required', message: `${field} is required` });
    return undefined;
  }
  try {
    if (typeof value !== 'string') throw new RangeError(field);
    toMillis(value, field);
    return value;
  } catch {
    issues.push({
      field,
      code: 'invalid_date',
      message: `${field} must be a date and time with a time zone (e.g. 2026-11-20T18:00:00+01:00)`,
    });
    return undefined;
  }
}

export function readOneOf<T extends string>(
  input: Source,
  field: string,
  options: readonly T[],
  issues: FieldIssue[],
  required = true,
): T | undefined {
  const value = input[field];
  if (value === undefined || value === null) {
    if (required) issues.push({ field, code: 'required', message: `${field} is required` });
    return undefined;
  }
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    issues.push({ field, code: 'invalid_format', message: `${field} must be one of: ${options.join(', ')}` });
    return undefined;
  }
  return value as T;
}

export function readPositive(
  input: Source,
  field: string,
  issues: FieldIssue[],
  limits: { max: number },
  required = true,
): number | undefined {
  const value = readNumber(input, field, issues, { min: 0, max: limits.max, required });
  if (value === 0) {
    issues.push({
      field,
      code: 'out_of_range',
      message: `${field} must be above 0 and at most ${limits.max}`,
      min: 0,
      max: limits.max,
    });
    return undefined;
  }
  return value;
}

export function readNumberList(
  input: Source,
  field: string,
  issues: FieldIssue[],
  maxLength: number,
): number[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) {
    issues.push({ field, code: 'required', message: `${field} is required` });
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.push({ field, code: 'not_an_array', message: `${field} must be a list of numbers` });
    return undefined;
  }
  if (value.length > maxLength) {
    issues.push({
      field,
      code: 'too_many',
      message: `${field} must hold at most ${maxLength} numbers`,
      max: maxLength,
    });
    return undefined;
  }
  const bad = value.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
  if (bad >= 0) {
    issues.push({ field: `${field}.${bad}`, code: 'not_a_number', message: `${field}.${bad} must be a number` });
    return undefined;
  }
  return value as number[];
}

export function readClockTime(input: Source, field: string, issues: FieldIssue[], path = ''): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !CLOCK_TIME.test(value)) {
    const at = path ? `${path}.${field}` : field;
    issues.push({ field: at, code: 'invalid_format', message: `${at} must be a time of day (HH:MM, 00:00–23:59)` });
    return undefined;
  }
  return value;
}
