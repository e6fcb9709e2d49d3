import type { Kysely, Selectable, Transaction } from 'kysely';
import type { InvitesTable, LinksTable, Schema } from '../db/schema.js';

export type InviteRow = Selectable<InvitesTable> & { practice_name: string; therapist_name: string };
export type LinkRow = Selectable<LinksTable> & { practice_name: string; therapist_name: string };

/** Invites and links between patients and therapists. */
export class LinkRepository {
  constructor(readonly db: Kysely<Schema>) {}

  async createInvite(invite: {
    id: string;
    codeHash: string;
    practiceId: string;
    therapistId: string;
    label: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('invites')
      .values({
        id: invite.id,
        code_hash: invite.codeHash,
        practice_id: invite.practiceId,
        therapist_id: invite.therapistId,
        label: invite.label,
        created_at: invite.createdAt,
        expires_at: invite.expiresAt,
      })
      .execute();
  }

  async inviteByCodeHash(
    codeHash: string,
    db: Kysely<Schema> | Transaction<Schema> = this.db,
  ): Promise<InviteRow | undefined> {
    return db
      .selectFrom('invites')
      .innerJoin('practices', 'practices.id', 'invites.practice_id')
      .innerJoin('staff', 'staff.id', 'invites.therapist_id')
      .selectAll('invites')
      .select(['practices.name as practice_name', 'staff.name as therapist_name'])
      .where('invites.code_hash', '=', codeHash)
      .where('staff.removed_at', 'is', null)
      .executeTakeFirst();
  }

  private linkQuery(db: Kysely<Schema> | Transaction<Schema> = this.db) {
    return db
      .selectFrom('links')
      .innerJoin('practices', 'practices.id', 'links.practice_id')
      .innerJoin('staff', 'staff.id', 'links.therapist_id')
      .selectAll('links')
      .select(['practices.name as practice_name', 'staff.name as therapist_name']);
  }

  async linksOfPatient(patientId: string): Promise<LinkRow[]> {
    return this.linkQuery().where('links.patient_id', '=', patientId).orderBy('links.linked_at', 'desc').execute();
  }

  /** The therapist's active link to the patient, if any: the one check before every read or change. */
  async activeLink(therapistId: string, patientId: string): Promise<LinkRow | undefined> {
    return this.linkQuery()
      .where('links.therapist_id', '=', therapistId)
      .where('links.patient_id', '=', patientId)
      .where('links.unlinked_at', 'is', null)
      .executeTakeFirst();
  }
}
