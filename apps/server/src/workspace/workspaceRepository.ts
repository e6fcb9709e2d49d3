import type { SyncRecord } from '@veerkracht/core';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';
import { toBoolean, toSafeInteger } from '../db/schema.js';

export type LinkedPatientRow = {
  patient_id: string;
  label: string;
  linked_at: string;
  concerns_read_up_to: string | null;
  source: string | null;
  stale: number | null;
};

/** What the therapist's views read: linked patients with their attention sources, records, notes. */
export class WorkspaceRepository {
  constructor(readonly db: Kysely<Schema>) {}

  /** The therapist's active links, each with the patient's attention source (one query for the whole list). */
  async linkedPatients(therapistId: string): Promise<LinkedPatientRow[]> {
    return this.db
      .selectFrom('links')
      .leftJoin('patient_attention', 'patient_attention.patient_id', 'links.patient_id')
      .select([
        'links.patient_id',
        'links.label',
        'links.linked_at',
        'links.concerns_read_up_to',
        'patient_attention.source',
        'patient_attention.stale',
      ])
      .where('links.therapist_id', '=', therapistId)
      .where('links.unlinked_at', 'is', null)
      .orderBy('links.label')
      .orderBy('links.patient_id')
      .execute();
  }

  /** A patient's records of the given types (deleted ones too: the readers leave them out). */
  async records(patientId: string, types: readonly string[]): Promise<SyncRecord[]> {
    if (types.length === 0) return [];
    const rows = await this.db
      .selectFrom('records')
      .select(['id', 'type', 'data', 'hlc', 'deleted'])
      .where('patient_id', '=', patientId)
      .where('type', 'in', [...types])
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      data: row.data === null ? null : (JSON.parse(row.data) as unknown),
      hlc: row.hlc,
      deleted: toBoolean(row.deleted),
    }));
  }

  /**
   * How many syncs changed what the patient's source reads since it was last
   * made (`patient_attention.stale`; 0 when it is current or there is none).
   */
  async staleMarks(patientId: string): Promise<number> {
    const row = await this.db
      .selectFrom('patient_attention')
      .select('stale')
      .where('patient_id', '=', patientId)
      .executeTakeFirst();
    return row ? toSafeInteger(row.stale) : 0;
  }

  /**
   * Stores a freshly made source. `marks` is {@link staleMarks} read before
   * the records were: marks a sync added after that are kept, so the source
   * is made again; a source made twice at once never goes below zero.
   */
  async saveSource(patientId: string, source: string, marks: number): Promise<void> {
    await this.db
      .updateTable('patient_attention')
      .set((eb) => ({
        source,
        stale: eb
          .case()
          .when('stale', '>', marks)
          .then(eb('stale', '-', marks))
          .else(0)
          .end(),
      }))
      .where('patient_id', '=', patientId)
      .execute();
  }

  async setConcernsRead(therapistId: string, patientId: string, upTo: string): Promise<void> {
    await this.db
      .updateTable('links')
      .set({ concerns_read_up_to: upTo })
      .where('therapist_id', '=', therapistId)
      .where('patient_id', '=', patientId)
      .where('unlinked_at', 'is', null)
      .execute();
  }

  async notes(patientId: string, practiceId: string) {
    return this.db
      .selectFrom('therapist_notes')
      .innerJoin('staff', 'staff.id', 'therapist_notes.author_id')
      .select([
        'therapist_notes.id',
        'therapist_notes.text',
        'therapist_notes.created_at',
        'therapist_notes.author_id',
        'staff.name as author',
      ])
      .where('therapist_notes.patient_id', '=', patientId)
      .where('therapist_notes.practice_id', '=', practiceId)
      .where('therapist_notes.deleted_at', 'is', null)
      .orderBy('therapist_notes.created_at', 'desc')
      .execute();
  }
}
