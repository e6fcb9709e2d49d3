/**
 * @veerkracht/core: the pure rules of Veerkracht. No I/O: nothing here reads
 * the clock, the network, storage or the DOM; callers pass time and randomness in.
 */
export * from './accounts/recoveryCode.js';
export * from './calendar/calendarDay.js';
export * from './calendar/dateParts.js';
export * from './calendar/partOfDay.js';
export * from './calendar/zonedTime.js';
export * from './charts/checkInSeries.js';
export * from './charts/measureChart.js';
export * from './checkIn/checkIn.js';
export * from './checkIn/checkInForm.js';
export * from './exposure/expectationOutcomes.js';
export * from './exposure/exposureRecords.js';
export * from './exposure/exposureState.js';
export * from './exposure/fearHierarchy.js';
export * from './exposure/movements.js';
export * from './graded/activityRecords.js';
export * from './graded/nextSession.js';
export * from './graded/planChart.js';
export * from './graded/planForm.js';
export * from './graded/planState.js';
export * from './graded/quotaPlan.js';
export * from './graded/safetyPause.js';
export * from './graded/settledWithin.js';
export * from './lessons/lessonProgress.js';
export * from './measures/measureRecords.js';
export * from './measures/measureState.js';
export * from './measures/psk.js';
export * from './measures/startBack.js';
export * from './records/recordKinds.js';
export * from './records/recordNames.js';
export * from './records/recordRegistry.js';
export * from './records/syncChange.js';
export * from './safety/progressionPause.js';
export * from './safety/recheck.js';
export * from './safety/safetyItems.js';
export * from './safety/safetyJourney.js';
export * from './safety/safetyRecords.js';
export * from './safety/safetyTimeline.js';
export * from './safety/screenSafety.js';
export * from './sleep/sleepTarget.js';
export * from './sync/hlc.js';
export * from './sync/merge.js';
export * from './sync/outbox.js';
export * from './sync/uuid.js';
export type { FieldIssue, FieldIssueCode, Validated } from './validation/fieldIssue.js';
export { readTolerantly, withoutFields } from './validation/tolerantRead.js';
