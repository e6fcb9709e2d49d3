import { describe, expect, it } from 'vitest';
import { RECORD } from '../records/recordNames.js';
import { CSV_BOM, csvCell, csvColumns, csvText, exportCsvFiles } from './csv.js';
import { buildPersonExport } from './personExport.js';

describe('csvCell', () => {
  it('leaves plain text, numbers and booleans as they are', () => {
    expect(csvCell('rustig')).toBe('rustig');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(7.25)).toBe('7.25');
    expect(csvCell(true)).toBe('true');
  });

  it('leaves a cell empty for a missing value', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('quotes a cell with a comma', () => {
    expect(csvCell('Goed geslapen, wel stijf')).toBe('"Goed geslapen, wel stijf"');
  });

  it('quotes a cell with double quotes and doubles them', () => {
    expect(csvCell('zei "rustig aan"')).toBe('"zei ""rustig aan"""');
  });

  it('quotes a cell with a line break, keeping the break inside the cell', () => {
    expect(csvCell('eerste regel\ntweede regel')).toBe('"eerste regel\ntweede regel"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('keeps Dutch and other Unicode characters as they are', () => {
    expect(csvCell('geëindigd om 7 uur – café’s ☀️')).toBe('geëindigd om 7 uur – café’s ☀️');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2 is fine', "'-2 is fine"],
    ['@here', "'@here"],
    ['\tindent', "'\tindent"],
  ])('puts a quote mark before text that a spreadsheet would read as a formula: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('guards a formula and quotes it when it also holds a comma or a quote', () => {
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe('"\'=HYPERLINK(""http://x"",""klik"")"');
  });

  it('writes a negative number as a number, since a number cannot hold a formula', () => {
    expect(csvCell(-2)).toBe('-2');
  });

  it('writes nested arrays and objects as JSON in one cell', () => {
    expect(csvCell([1, 2, 3])).toBe('"[1,2,3]"');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });
});

describe('csvText', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CR LF', () => {
    const text = csvText([
      ['date', 'pain'],
      ['2026-11-28', 3],
    ]);
    expect(text).toBe(`${CSV_BOM}date,pain\r\n2026-11-28,3\r\n`);
    expect(text.startsWith('\uFEFF')).toBe(true);
  });
});

describe('csvColumns', () => {
  it('starts with id and time of change, then every data field in the order it first appears', () => {
    expect(csvColumns([{ data: { date: 'd', pain: 3 } }, { data: { date: 'd', note: 'x', pain: 2 } }])).toEqual([
      'id',
      'changedAt',
      'date',
      'pain',
      'note',
    ]);
  });
});

describe('exportCsvFiles', () => {
  const hlc = '2026-11-28T10:00:00.000Z-0000-0123456789abcdef';
  const personExport = buildPersonExport(
    [
      {
        id: 'a',
        type: RECORD.checkIn,
        hlc,
        deleted: false,
        data: { date: '2026-11-28', pain: 3, note: 'Fijn, "echt"' },
      },
      { id: 'b', type: RECORD.checkIn, hlc, deleted: false, data: { date: '2026-11-29', pain: 2, stress: 4 } },
      {
        id: 'c',
        type: RECORD.psk,
        hlc,
        deleted: false,
        data: { date: '2026-11-28', activities: [{ activity: 'fietsen', score: 6 }], score: 6 },
      },
    ],
    { exportedAt: '2026-11-29T10:00:00.000Z', language: 'nl' },
  );

  it('makes one file per record type that has records, named after the type', () => {
    const files = exportCsvFiles(personExport);
    expect(files.map((file) => file.name)).toEqual([`${RECORD.checkIn}.csv`, `${RECORD.psk}.csv`]);
    expect(files.map((file) => file.rows)).toEqual([2, 1]);
  });

  it('writes a header of the type’s fields and a row per record, empty where a record lacks a field', () => {
    const [checkIns] = exportCsvFiles(personExport);
    expect(checkIns?.text).toBe(
      `${CSV_BOM}id,changedAt,date,pain,note,stress\r\n` +
        'a,2026-11-28T10:00:00.000Z,2026-11-28,3,"Fijn, ""echt""",\r\n' +
        'b,2026-11-28T10:00:00.000Z,2026-11-29,2,,4\r\n',
    );
  });

  it('puts a nested list as JSON in its cell', () => {
    const psk = exportCsvFiles(personExport)[1];
    expect(psk?.text).toContain('"[{""activity"":""fietsen"",""score"":6}]"');
  });

  it('makes no files when there are no records', () => {
    expect(exportCsvFiles(buildPersonExport([], { exportedAt: 'x', language: 'en' }))).toEqual([]);
  });
});
