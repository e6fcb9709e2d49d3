// Apart from the field readers (validation/recordFields.ts), so that rules that show times bundle no validator.

/** A time of day on the clock, HH:MM from 00:00 to 23:59. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
