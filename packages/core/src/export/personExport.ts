import { RECORD } from '../records/recordNames.js';
import { parseHlc } from '../sync/hlc.js';
import type { SyncRecord } from '../sync/merge.js';

/** The name in every export file, so a reader can tell a Veerkracht export from any other JSON. */
export const EXPORT_FORMAT = 'veerkracht-export';

/**
 * The version of the export's shape (docs/export-format.md). Fields are only
 * added within a version; a field removed, renamed or given another meaning
 * makes the next version.
 */
export const EXPORT_VERSION = 1;

/** One record as it appears in an export: as stored on the device, deleted records left out. */
export type ExportedRecord = {
  id: string;
  type: string;
  /** The moment of the record's last change (from its clock), ISO instant in UTC; `null` for an unreadable clock. */
  changedAt: string | null;
  /** The record's clock as stored: orders two changes of the same record. */
  hlc: string;
  data: unknown;
};

/** Everything on the device in one versioned object (docs/export-format.md). */
export type PersonExport = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When the export was made, ISO instant. */
  exportedAt: string;
  /** The language the person uses the app in; the data itself holds no translated text. */
  language: 'nl' | 'en';
  /** How many records there are in `records`, over every type. */
  recordCount: number;
  /** Every record type this version knows (an empty list when there are none), and any other type found. */
  records: Record<string, ExportedRecord[]>;
};

/**
 * Every record on the device as one export object. Deleted records are left
 * out: the person removed them, and an export holds what they have. Each
 * type's records come oldest change first; every known type has a list, empty
 * when there are none, so a reader finds the same keys in every file. Data is
 * kept exactly as stored (fields a newer app added included): an export
 * leaves nothing out that the person wrote.
 *
 * @example
 * buildPersonExport([{ id, type: 'checkin', hlc, deleted: false, data: { date: '2026-11-28', pain: 3 } }],
 *   { exportedAt: '2026-11-29T10:00:00.000Z', language: 'nl' })
 * // { format: 'veerkracht-export', version: 1, exportedAt: '2026-11-29T10:00:00.000Z', language: 'nl',
 * //   recordCount: 1, records: { checkin: [{ id, type: 'checkin', changedAt: '…', hlc, data: { … } }], activity_plan: [], … } }
 */
export function buildPersonExport(
  records: Iterable<SyncRecord>,
  context: { exportedAt: string; language: 'nl' | 'en' },
): PersonExport {
  const byType: Record<string, ExportedRecord[]> = {};
  for (const type of Object.values(RECORD)) byType[type] = [];
  let recordCount = 0;
  for (const record of records) {
    if (record.deleted) continue;
    const hlc = parseHlc(record.hlc);
    const list = byType[record.type] ?? [];
    byType[record.type] = list;
    list.push({
      id: record.id,
      type: record.type,
      changedAt: hlc ? new Date(hlc.millis).toISOString() : null,
      hlc: record.hlc,
      data: record.data,
    });
    recordCount += 1;
  }
  for (const list of Object.values(byType)) list.sort(byClock);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: context.exportedAt,
    language: context.language,
    recordCount,
    records: byType,
  };
}

function byClock(a: ExportedRecord, b: ExportedRecord): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The file name of an export made on `day` (the person's calendar day).
 *
 * @example
 * exportFileName('2026-11-29', 'json') // 'veerkracht-2026-11-29.json'
 * exportFileName('2026-11-29', 'zip') // 'veerkracht-2026-11-29.zip'
 */
export function exportFileName(day: string, extension: 'json' | 'zip'): string {
  return `veerkracht-${day}.${extension}`;
}
