import type { FieldIssue } from '../validation/fieldIssue.js';

// Apart from the validator table (recordRegistry.ts): the device's store checks this on every write, and importing the
// table with it would put every record kind's validator into the first load.

/**
 * A record keeps the type it was created with: a later write of the same id
 * with another type is refused (on the device before it is stored, on the
 * server before it is applied), so a record can never turn into another kind.
 *
 * @example
 * typeChangeIssue('checkin', 'concern', 'changes.0.type')?.code // 'type_changed'
 * typeChangeIssue(undefined, 'concern') // undefined: a new record
 */
export function typeChangeIssue(storedType: string | undefined, type: string, field = 'type'): FieldIssue | undefined {
  if (storedType === undefined || storedType === type) return undefined;
  return {
    field,
    code: 'type_changed',
    message: `${field} must stay ${storedType}: a record keeps the type it was created with`,
  };
}
