import { RECORD } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { entryWords } from './accessLogWords';

describe('entryWords', () => {
  it('names each kind of record read once, in the order read', () => {
    expect(
      entryWords({ action: 'read', what: `${RECORD.checkIn},${RECORD.safetyCheck},${RECORD.safetyClearance}` }),
    ).toEqual({
      action: 'links.log.read',
      items: ['links.log.type.checkIn', 'links.log.type.safety'],
    });
  });

  it('words views, changes, linking and unlinking', () => {
    expect(entryWords({ action: 'read', what: 'patient_list' })).toEqual({
      action: 'links.log.read',
      items: ['links.log.view.list'],
    });
    expect(entryWords({ action: 'change', what: 'therapist_note' })).toEqual({
      action: 'links.log.changed',
      items: ['links.log.view.note'],
    });
    expect(entryWords({ action: 'change', what: 'concerns_read' })).toEqual({
      action: 'links.log.concernsRead',
      items: [],
    });
    expect(entryWords({ action: 'link', what: 'link' })).toEqual({ action: 'links.log.linked', items: [] });
    expect(entryWords({ action: 'unlink', what: 'link' })).toEqual({ action: 'links.log.unlinked', items: [] });
  });

  it('says in a sentence of its own when a therapist made a FHIR export or a report for the GP', () => {
    expect(entryWords({ action: 'read', what: 'fhir_export' })).toEqual({ action: 'links.log.fhirExport', items: [] });
    expect(entryWords({ action: 'read', what: 'gp_report' })).toEqual({ action: 'links.log.gpReport', items: [] });
  });

  it('says "other data" for a record type this version does not know', () => {
    expect(entryWords({ action: 'read', what: 'something_new' }).items).toEqual(['links.log.type.other']);
  });
});
