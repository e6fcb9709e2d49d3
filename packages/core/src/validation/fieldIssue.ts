/**
 * A problem with one field of some input, in a shape every boundary can use:
 * the API answers it as JSON, the web form shows it next to the field in the
 * person's language (by `code`), and logs keep the English `message`.
 */
export type FieldIssueCode =
  | 'required'
  | 'not_a_number'
  | 'not_an_integer'
  | 'out_of_range'
  | 'not_a_step'
  | 'not_a_string'
  | 'too_long'
  | 'invalid_date'
  | 'date_in_future'
  | 'invalid_id'
  | 'invalid_clock'
  | 'clock_ahead'
  | 'not_a_boolean'
  | 'not_an_object'
  | 'unknown_type'
  | 'type_changed'
  | 'unknown_field'
  | 'not_an_array'
  | 'too_many'
  | 'invalid_format'
  /** A code (TOTP, recovery, invite) that is not right, or was already used. */
  | 'wrong_code';

export type FieldIssue = {
  /** Dotted path of the field, e.g. `data.pain` or `changes.3.hlc`. */
  field: string;
  code: FieldIssueCode;
  /** Plain English for developers and logs; the UI translates by `code`. */
  message: string;
  min?: number;
  max?: number;
};

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/**
 * Prefixes every issue's field with a parent path.
 *
 * @example
 * prefixIssues('changes.2', [{ field: 'data.pain', code: 'required', message: 'x' }])
 * // → [{ field: 'changes.2.data.pain', code: 'required', message: 'x' }]
 */
export function prefixIssues(prefix: string, issues: FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    ...issue,
    field: prefix && issue.field ? `${prefix}.${issue.field}` : prefix || issue.field,
  }));
}

/** @internal Reads a number field, pushing an issue when it is missing (if required) or wrong. */
export function readNumber(
  source: Record<string, unknown>,
  field: string,
  issues: FieldIssue[],
  rule: { min: number; max: number; integer?: boolean; step?: number; required: boolean; path?: string },
): number | undefined {
  const path = rule.path ? `${rule.path}.${field}` : field;
  const value = source[field];
  if (value === undefined || value === null) {
    if (rule.required) issues.push({ field: path, code: 'required', message: `${path} is required` });
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push({ field: path, code: 'not_a_number', message: `${path} must be a number` });
    return undefined;
  }
  if (rule.integer && !Number.isInteger(value)) {
    issues.push({ field: path, code: 'not_an_integer', message: `${path} must be a whole number` });
    return undefined;
  }
  if (value < rule.min || value > rule.max) {
    issues.push({
      field: path,
      code: 'out_of_range',
      message: `${path} must be between ${rule.min} and ${rule.max}`,
      min: rule.min,
      max: rule.max,
    });
    return undefined;
  }
  if (rule.step !== undefined && !Number.isInteger(Math.round((value / rule.step) * 1e9) / 1e9)) {
    issues.push({ field: path, code: 'not_a_step', message: `${path} must be a multiple of ${rule.step}` });
    return undefined;
  }
  return value;
}

/** @internal Reads an optional string field with a maximum length. */
export function readString(
  source: Record<string, unknown>,
  field: string,
  issues: FieldIssue[],
  rule: { maxLength: number; required: boolean; path?: string },
): string | undefined {
  const path = rule.path ? `${rule.path}.${field}` : field;
  const value = source[field];
  if (value === undefined || value === null) {
    if (rule.required) issues.push({ field: path, code: 'required', message: `${path} is required` });
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.push({ field: path, code: 'not_a_string', message: `${path} must be text` });
    return undefined;
  }
  if (value.length > rule.maxLength) {
    issues.push({
      field: path,
      code: 'too_long',
      message: `${path} must be at most ${rule.maxLength} characters`,
      max: rule.maxLength,
    });
    return undefined;
  }
  return value;
}

/** True for a plain object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
