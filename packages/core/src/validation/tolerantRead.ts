import { isPlainObject, type Validated } from './fieldIssue.js';

/**
 * A copy of `data` without the fields at the given dotted paths (`note`,
 * `result.extra`). Only plain objects are copied, and only along the paths;
 * the input is never changed.
 *
 * @example
 * withoutFields({ pain: 3, mood: 'ok' }, ['mood']) // { pain: 3 }
 */
export function withoutFields(data: unknown, paths: readonly string[]): unknown {
  if (!isPlainObject(data)) return data;
  const copy: Record<string, unknown> = { ...data };
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    const dot = path.indexOf('.');
    if (dot < 0) delete copy[path];
    else {
      const head = path.slice(0, dot);
      nested.set(head, [...(nested.get(head) ?? []), path.slice(dot + 1)]);
    }
  }
  for (const [head, rest] of nested) if (head in copy) copy[head] = withoutFields(copy[head], rest);
  return copy;
}

/**
 * Reads a stored record's data the tolerant way: when the only problems are
 * fields this version does not know (a record written by a newer app that
 * added an optional field), those fields are left out and the rest is read.
 * Any other problem still refuses the record. Writing stays strict; this is
 * for reading, so that a newer device's record never silently vanishes on an
 * older one (synced data is additive only, docs/architecture.md). The stored
 * record itself is not changed, so it is passed on unchanged when syncing.
 *
 * @example
 * readTolerantly(validateCheckIn, { date: '2026-11-25', pain: 4, mood: 'calm' })
 * // { ok: true, value: { date: '2026-11-25', pain: 4 } }
 */
export function readTolerantly<T>(validate: (data: unknown) => Validated<T>, data: unknown): Validated<T> {
  let current = data;
  let result = validate(current);
  // A few rounds: some validators report nested unknown fields only once the outer ones are gone.
  for (let round = 0; round < 3 && !result.ok; round++) {
    const { issues } = result;
    if (issues.length === 0 || !issues.every((issue) => issue.code === 'unknown_field' && issue.field !== '')) break;
    current = withoutFields(
      current,
      issues.map((issue) => issue.field),
    );
    result = validate(current);
  }
  return result;
}
