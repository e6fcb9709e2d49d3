import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * Devices a person can see and end (decision 0025). Every device token gets a
 * stable public id (never the token hash, which must stay secret: it is what
 * a token is looked up by) and the short name the device gave itself. The
 * patient row remembers when its recovery code was last renewed, so a device
 * can tell that the code it keeps is no longer the current one.
 *
 * Additive only: columns are nullable, because SQLite cannot add a NOT NULL
 * column without a default. Tokens from before this migration get a random
 * id here and no name (shown as "unknown device"); every new token is
 * inserted with an id. Append-only: never edit this file once released.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration is frozen in time and must not depend on today's schema types, which follow later migrations.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('device_tokens').addColumn('id', 'text').execute();
  await db.schema.alterTable('device_tokens').addColumn('name', 'text').execute();
  await db.schema.alterTable('patients').addColumn('recovery_code_renewed_at', 'text').execute();

  // One by one: a random UUID per row is the same on both dialects (SQLite has no uuid function), and there
  // are few tokens (one per linked phone).
  const tokens: { token_hash: string }[] = await db
    .selectFrom('device_tokens')
    .select('token_hash')
    .where('id', 'is', null)
    .execute();
  for (const { token_hash } of tokens) {
    await db.updateTable('device_tokens').set({ id: randomUUID() }).where('token_hash', '=', token_hash).execute();
  }
  // Unique after the backfill; also the lookup when a device is ended by its id.
  await db.schema.createIndex('device_tokens_id').on('device_tokens').column('id').unique().execute();
}
