import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Schema, SessionStage, StaffRole, StaffSessionsTable, StaffTable } from '../db/schema.js';
import { toSafeInteger } from '../db/schema.js';

export type StaffRow = Selectable<StaffTable> & { practice_name: string };
export type SessionRow = Selectable<StaffSessionsTable>;

/** Queries of practices, staff, their recovery codes and their sessions. */
export class StaffRepository {
  constructor(readonly db: Kysely<Schema>) {}

  async createPractice(practice: { id: string; name: string; createdAt: string }): Promise<void> {
    await this.db
      .insertInto('practices')
      .values({ id: practice.id, name: practice.name, created_at: practice.createdAt })
      .execute();
  }

  async practiceExists(id: string): Promise<boolean> {
    return (await this.db.selectFrom('practices').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  /** False when the e-mail is taken (by anyone, also a removed account: e-mails are never reused). */
  async addStaff(staff: {
    id: string;
    practiceId: string;
    role: StaffRole;
    email: string;
    name: string;
    setupCodeHash: string;
    setupExpiresAt: string;
    createdAt: string;
  }): Promise<boolean> {
    const inserted = await this.db
      .insertInto('staff')
      .values({
        id: staff.id,
        practice_id: staff.practiceId,
        role: staff.role,
        email: staff.email,
        name: staff.name,
        setup_code_hash: staff.setupCodeHash,
        setup_expires_at: staff.setupExpiresAt,
        created_at: staff.createdAt,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  private staffQuery() {
    return this.db
      .selectFrom('staff')
      .innerJoin('practices', 'practices.id', 'staff.practice_id')
      .selectAll('staff')
      .select('practices.name as practice_name');
  }

  async staffByEmail(email: string): Promise<StaffRow | undefined> {
    return this.staffQuery().where('staff.email', '=', email).executeTakeFirst();
  }

  async staffById(id: string): Promise<StaffRow | undefined> {
    return this.staffQuery().where('staff.id', '=', id).executeTakeFirst();
  }

  async staffOfPractice(practiceId: string): Promise<StaffRow[]> {
    return this.staffQuery().where('staff.practice_id', '=', practiceId).orderBy('staff.name').execute();
  }

  /** Sets the password and the (unconfirmed) TOTP secret, and uses up the setup code. */
  async completeSetup(staffId: string, passwordHash: string, totpSecret: string): Promise<void> {
    await this.db
      .updateTable('staff')
      .set({
        password_hash: passwordHash,
        totp_secret: totpSecret,
        totp_confirmed_at: null,
        totp_last_step: null,
        setup_code_hash: null,
        setup_expires_at: null,
      })
      .where('id', '=', staffId)
      .execute();
  }

  async confirmTotp(staffId: string, at: string, step: number, recoveryCodeHashes: readonly string[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff')
        .set({ totp_confirmed_at: at, totp_last_step: step })
        .where('id', '=', staffId)
        .execute();
      await trx.deleteFrom('staff_recovery_codes').where('staff_id', '=', staffId).execute();
      await trx
        .insertInto('staff_recovery_codes')
        .values(recoveryCodeHashes.map((code_hash) => ({ staff_id: staffId, code_hash })))
        .execute();
    });
  }

  /** Remembers the step of an accepted code, only when it is newer (two requests with one code: one wins). */
  async acceptTotpStep(staffId: string, step: number): Promise<boolean> {
    const result = await this.db
      .updateTable('staff')
      .set({ totp_last_step: step })
      .where('id', '=', staffId)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Uses a recovery code once; false when it is not one of the staff member's unused codes. */
  async useRecoveryCode(staffId: string, codeHash: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('staff_recovery_codes')
      .set({ used_at: at })
      .where('staff_id', '=', staffId)
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Removes an account: its sessions end, and so do its links (the patients see them ended). Runs `log` with the
   * patients whose link ended, in the same transaction, so the access log says so or nothing happens.
   */
  async removeStaff(
    staffId: string,
    at: string,
    log: (patientIds: string[], trx: Transaction<Schema>) => Promise<void>,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('staff').set({ removed_at: at }).where('id', '=', staffId).execute();
      const ended = await trx
        .updateTable('links')
        .set({ unlinked_at: at })
        .where('therapist_id', '=', staffId)
        .where('unlinked_at', 'is', null)
        .returning('patient_id')
        .execute();
      await log(
        ended.map((row) => row.patient_id),
        trx,
      );
      await trx
        .updateTable('staff_sessions')
        .set({ revoked_at: at })
        .where('staff_id', '=', staffId)
        .where('revoked_at', 'is', null)
        .execute();
    });
  }

  async createSession(session: {
    id: string;
    tokenHash: string;
    csrfHash: string;
    staffId: string;
    stage: SessionStage;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('staff_sessions')
      .values({
        id: session.id,
        token_hash: session.tokenHash,
        csrf_hash: session.csrfHash,
        staff_id: session.staffId,
        stage: session.stage,
        created_at: session.createdAt,
        last_seen_at: session.createdAt,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  async sessionByTokenHash(tokenHash: string): Promise<SessionRow | undefined> {
    return this.db.selectFrom('staff_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  }

  async promoteSession(sessionId: string, expiresAt: string, at: string): Promise<void> {
    await this.db
      .updateTable('staff_sessions')
      .set({ stage: 'full', expires_at: expiresAt, last_seen_at: at })
      .where('id', '=', sessionId)
      .execute();
  }

  async touchSession(sessionId: string, at: string): Promise<void> {
    await this.db.updateTable('staff_sessions').set({ last_seen_at: at }).where('id', '=', sessionId).execute();
  }

  async revokeSession(sessionId: string, at: string): Promise<void> {
    await this.db
      .updateTable('staff_sessions')
      .set({ revoked_at: at })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .execute();
  }
}

/** A `bigint` column that may be null. */
export function optionalInteger(value: string | number | null): number | null {
  return value === null ? null : toSafeInteger(value);
}
