import { RECORD, type SyncRecord } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import type { RecordsSnapshot } from './app';
import { checkedRecordsOf, snapshotReader } from './records';

const concern = (id: string, text: string, hlc = `2026-11-25T10:00:00.000Z-0000-${id}`): SyncRecord => ({
  id,
  type: RECORD.concern,
  data: { at: '2026-11-25T10:00:00Z', text },
  hlc,
  deleted: false,
});

/** A snapshot in which every record passed its check. */
const allChecked = (...records: SyncRecord[]): RecordsSnapshot => {
  const byId = new Map(records.map((record) => [record.id, record]));
  return { all: byId, checked: byId };
};

describe('checkedRecordsOf', () => {
  it('gives every reader of a snapshot the same list, and a new list for a new snapshot', () => {
    const first = allChecked(concern('c1', 'Mijn been tintelt'));
    const read = checkedRecordsOf(first, RECORD.concern);
    expect(read.map((item) => item.data.text)).toEqual(['Mijn been tintelt']);
    expect(checkedRecordsOf(first, RECORD.concern)).toBe(read);

    const second = allChecked(concern('c1', 'Mijn been tintelt'), concern('c2', 'Slecht geslapen'));
    expect(checkedRecordsOf(second, RECORD.concern).map((item) => item.data.text)).toEqual([
      'Mijn been tintelt',
      'Slecht geslapen',
    ]);
  });

  it('reads only the checked records, with their checked data, oldest clock first and without deleted ones', () => {
    const refused = concern('c3', 'niet gelezen');
    const newer = concern('c1', 'later', '2026-11-25T11:00:00.000Z-0000-c1');
    const older = concern('c2', 'eerder', '2026-11-25T09:00:00.000Z-0000-c2');
    const gone = { ...concern('c4', 'weg'), deleted: true };
    const snapshot: RecordsSnapshot = {
      all: new Map([newer, older, refused, gone].map((record) => [record.id, record])),
      // c1 as it was checked: a field a newer app added is left out of the checked copy.
      checked: new Map([newer, older, gone].map((record) => [record.id, record])),
    };
    expect(checkedRecordsOf(snapshot, RECORD.concern).map((item) => [item.id, item.data.text])).toEqual([
      ['c2', 'eerder'],
      ['c1', 'later'],
    ]);
    expect(checkedRecordsOf(snapshot, RECORD.psk)).toEqual([]);
  });
});

describe('snapshotReader', () => {
  it('is one reader per snapshot, reading what checkedRecordsOf reads', () => {
    const snapshot = allChecked(concern('c1', 'Mijn been tintelt'));
    expect(snapshotReader(snapshot)).toBe(snapshotReader(snapshot));
    expect(snapshotReader(snapshot)(RECORD.concern)).toBe(checkedRecordsOf(snapshot, RECORD.concern));
  });
});
