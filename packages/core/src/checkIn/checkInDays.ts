import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import type { Stored } from '../safety/safetyJourney.js';
import type { CheckIn } from './checkIn.js';

// Apart from the check-in's validator (checkIn.ts), so that a page that reads the days bundles no validator
// (docs/architecture.md, "Checked once, read many times").

/**
 * One check-in per day: when devices wrote two records for the same day, the
 * one with the later clock counts. The check-ins come from `read`, checked
 * already (deleted records and records whose data is not a check-in are not
 * among them): every rule that reads the days (the flare-up rule, the charts)
 * then works on checked data only.
 *
 * @example
 * checkInsByDay(readerOf([{ id: 'a', type: 'checkin', hlc: '…1', deleted: false, data: { date: d, pain: 3 } },
 *                         { id: 'b', type: 'checkin', hlc: '…2', deleted: false, data: { date: d, pain: 5 } },
 *                         { id: 'c', type: 'checkin', hlc: '…3', deleted: false, data: { date: d, pain: 'high' } }]))
 * // Map { d → { id: 'b', hlc: '…2', data: { date: d, pain: 5 } } } (c does not validate)
 */
export function checkInsByDay(read: RecordReader): Map<string, Stored<CheckIn>> {
  const byDay = new Map<string, Stored<CheckIn>>();
  for (const record of read(RECORD.checkIn)) {
    const current = byDay.get(record.data.date);
    if (!current || record.hlc > current.hlc) byDay.set(record.data.date, record);
  }
  return byDay;
}
