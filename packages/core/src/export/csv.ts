import type { PersonExport } from './personExport.js';

/** Written before the first byte of each CSV file, so spreadsheet programs read it as UTF-8 (é, ë, ’). */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 ends every line with CR LF. */
const LINE_END = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and
 * carriage return, that some programs strip before one): a cell starting with
 * one of them could run a formula the person never wrote.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One value as a CSV cell (RFC 4180): `null` and `undefined` empty, numbers
 * and booleans as written in JSON, objects and arrays as JSON text. Text
 * starting with = + - @ (or a tab or carriage return) gets a leading `'`, so
 * a spreadsheet shows it as text rather than running it as a formula; numbers
 * are left as they are (a negative number is no formula). A cell with a comma,
 * a double quote or a line break is put in double quotes, its quotes doubled.
 *
 * @example
 * csvCell('Goed geslapen, wel stijf') // '"Goed geslapen, wel stijf"'
 * csvCell('zei "rustig aan"') // '"zei ""rustig aan"""'
 * csvCell('=SUM(A1)') // "'=SUM(A1)"
 * csvCell(-2) // '-2'
 * csvCell({ a: 1 }) // '"{""a"":1}"'
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as one CSV text: a UTF-8 byte order mark, then each row's cells
 * (see `csvCell`) joined by commas, every line ending in CR LF.
 *
 * @example
 * csvText([['date', 'pain'], ['2026-11-28', 3]]) // '\uFEFFdate,pain\r\n2026-11-28,3\r\n'
 */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(',') + LINE_END).join('');
}

/** One CSV file of an export: a record type's records, a row each. */
export type CsvFile = { name: string; type: string; rows: number; text: string };

/**
 * The columns of a record type's CSV: `id` and `changedAt`, then the data
 * fields of its records in the order they first appear (a field only some
 * records have gets a column too, empty in the others).
 *
 * @example
 * csvColumns([{ data: { date: 'd', pain: 3 } }, { data: { date: 'd', note: 'x' } }])
 * // ['id', 'changedAt', 'date', 'pain', 'note']
 */
export function csvColumns(records: readonly { data: unknown }[]): string[] {
  const fields = new Set<string>();
  for (const record of records) {
    if (isObject(record.data)) for (const key of Object.keys(record.data)) fields.add(key);
  }
  return ['id', 'changedAt', ...fields];
}

/**
 * One CSV file per record type that has records, named after the type
 * (`checkin.csv`): a header row of `csvColumns`, then a row per record.
 * Nested values (a plan's levels, a check's answers) are JSON text in their
 * cell, so no field is lost.
 *
 * @example
 * exportCsvFiles(buildPersonExport(records, context))
 * // [{ name: 'checkin.csv', type: 'checkin', rows: 12, text: '\uFEFFid,changedAt,date,pain,…\r\n…' }, …]
 */
export function exportCsvFiles(personExport: PersonExport): CsvFile[] {
  return Object.entries(personExport.records)
    .filter(([, records]) => records.length > 0)
    .map(([type, records]) => {
      const columns = csvColumns(records);
      const fields = columns.slice(2);
      const rows = records.map((record) => [
        record.id,
        record.changedAt,
        ...fields.map((field) => (isObject(record.data) ? record.data[field] : undefined)),
      ]);
      return { name: `${type}.csv`, type, rows: rows.length, text: csvText([columns, ...rows]) };
    });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
