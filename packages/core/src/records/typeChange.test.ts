import { describe, expect, it } from 'vitest';
import { RECORD } from './recordNames.js';
import { typeChangeIssue } from './typeChange.js';

describe('the type of a record', () => {
  it('is fixed at creation: another type for the same id is an issue naming the field, the same type is not', () => {
    expect(typeChangeIssue(RECORD.checkIn, RECORD.concern, 'changes.2.type')).toEqual({
      field: 'changes.2.type',
      code: 'type_changed',
      message: expect.stringContaining('checkin'),
    });
    expect(typeChangeIssue(RECORD.checkIn, RECORD.checkIn)).toBeUndefined();
    expect(typeChangeIssue(undefined, RECORD.concern)).toBeUndefined();
  });
});
