import { isIsoDate } from '../calendar/calendarDay.js';
import { type FieldIssue, isPlainObject, readString, type Validated } from '../validation/fieldIssue.js';
import { unknownFields } from '../validation/recordFields.js';

/** The four parts of a flare-up plan, in the order the person writes and reads them (product capability 12a). */
export const FLARE_UP_PLAN_PARTS = ['helps', 'scaleDown', 'contacts', 'selfTalk'] as const;
export type FlareUpPlanPart = (typeof FLARE_UP_PLAN_PARTS)[number];

/**
 * A personal flare-up plan (`flare_up_plan` record), written in a calm week
 * in the person's own words: what helps, what they do less of for a few
 * days, who they call and when, what they say to themselves. One record,
 * updated in place; `writtenOn` is the day it was last changed.
 */
export type FlareUpPlan = { [P in FlareUpPlanPart]?: string } & { writtenOn: string };

export const FLARE_UP_PLAN_PART_MAX_LENGTH = 1000;

/**
 * Validates a `flare_up_plan` record: each part optional text of at most
 * 1,000 characters, at least one part written.
 *
 * @example
 * validateFlareUpPlan({ helps: 'Een warme douche, rustig wandelen', writtenOn: '2026-11-28' }).ok // true
 * validateFlareUpPlan({ writtenOn: '2026-11-28' }).ok // false (nothing written)
 */
export function validateFlareUpPlan(input: unknown): Validated<FlareUpPlan> {
  if (!isPlainObject(input))
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a flare-up plan must be an object' }] };
  const issues: FieldIssue[] = [];
  unknownFields(input, [...FLARE_UP_PLAN_PARTS, 'writtenOn'], issues, 'a flare-up plan');
  const writtenOn = input.writtenOn;
  if (writtenOn === undefined || writtenOn === null)
    issues.push({ field: 'writtenOn', code: 'required', message: 'writtenOn is required' });
  else if (!isIsoDate(writtenOn))
    issues.push({ field: 'writtenOn', code: 'invalid_date', message: 'writtenOn must be a date (YYYY-MM-DD)' });
  const value: FlareUpPlan = { writtenOn: typeof writtenOn === 'string' ? writtenOn : '' };
  for (const part of FLARE_UP_PLAN_PARTS) {
    const text = readString(input, part, issues, { maxLength: FLARE_UP_PLAN_PART_MAX_LENGTH, required: false });
    if (text !== undefined && text.trim() !== '') value[part] = text;
  }
  if (issues.length === 0 && FLARE_UP_PLAN_PARTS.every((part) => value[part] === undefined))
    issues.push({ field: 'helps', code: 'required', message: 'a flare-up plan needs at least one part written' });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/** The record kind (type and validator) of this file's record, for readers and the registry (records/syncChange.ts). */
export const FLARE_UP_PLAN_KIND = {
  type: 'flare_up_plan',
  validate: (data: unknown) => validateFlareUpPlan(data),
} as const;
