/**
 * @veerkracht/core: the pure rules of Veerkracht. No I/O: nothing here reads
 * the clock, the network, storage or the DOM; callers pass time and randomness in.
 */
export * from './calendar/calendarDay.js';
export * from './checkIn/checkIn.js';
export * from './records/syncChange.js';
export * from './sleep/sleepTarget.js';
export * from './sync/hlc.js';
export * from './sync/merge.js';
export * from './sync/uuid.js';
export type { FieldIssue, FieldIssueCode, Validated } from './validation/fieldIssue.js';
