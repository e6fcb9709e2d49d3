import { CONCERN_KIND, RECORD, type RecordKind, type SyncRecord, validateRecordData } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import type { RecordsSnapshot } from './app';
import { recordsOfKind } from './records';

const concern = (id: string, text: string): SyncRecord => ({
  id,
  type: RECORD.concern,
  data: { at: '2026-11-25T10:00:00Z', text },
  hlc: `2026-11-25T10:00:00.000Z-0000-${id}`,
  deleted: false,
});

describe('recordsOfKind', () => {
  it('gives every reader of a snapshot the same checked list, and a new list for a new snapshot', () => {
    const first: RecordsSnapshot = new Map([['c1', concern('c1', 'Mijn been tintelt')]]);
    const read = recordsOfKind(first, CONCERN_KIND);
    expect(read.map((item) => item.data.text)).toEqual(['Mijn been tintelt']);
    expect(recordsOfKind(first, CONCERN_KIND)).toBe(read);

    const second: RecordsSnapshot = new Map([...first, ['c2', concern('c2', 'Slecht geslapen')]]);
    expect(recordsOfKind(second, CONCERN_KIND).map((item) => item.data.text)).toEqual([
      'Mijn been tintelt',
      'Slecht geslapen',
    ]);
  });

  it('checks each record once per snapshot, however many parts of a page read the kind', () => {
    let checks = 0;
    const counted: RecordKind<unknown> = {
      type: RECORD.concern,
      validate: (data) => {
        checks += 1;
        return validateRecordData(RECORD.concern, data);
      },
    };
    const snapshot: RecordsSnapshot = new Map([
      ['c1', concern('c1', 'Mijn been tintelt')],
      ['c2', concern('c2', 'Slecht geslapen')],
    ]);
    for (let reader = 0; reader < 5; reader++) expect(recordsOfKind(snapshot, counted)).toHaveLength(2);
    expect(checks).toBe(2);
  });
});
