import { Migrator, sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/databases.js';
import { migrateToLatest } from '../migrate.js';
import { migrations } from './index.js';

describeEachDatabase(
  'migration 0003_devices',
  ({ database }) => {
    it('gives every existing token its own public id and no name, and keeps the tokens as they were', async () => {
      const { db } = database();
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
      const { error } = await migrator.migrateTo('0002_rate_limits');
      expect(error).toBeUndefined();
      await sql`insert into patients (id, created_at, recovery_code_hash) values ('p1', '2026-01-01T00:00:00.000Z', 'h1')`.execute(
        db,
      );
      for (const hash of ['t1', 't2', 't3']) {
        await sql`insert into device_tokens (token_hash, patient_id, created_at, last_used_at)
          values (${hash}, 'p1', '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')`.execute(db);
      }

      await migrateToLatest(db);

      const rows = await db
        .selectFrom('device_tokens')
        .select(['token_hash', 'id', 'name', 'last_used_at', 'revoked_at'])
        .orderBy('token_hash')
        .execute();
      expect(rows.map((row) => [row.token_hash, row.name, row.last_used_at, row.revoked_at])).toEqual(
        ['t1', 't2', 't3'].map((hash) => [hash, null, '2026-02-01T00:00:00.000Z', null]),
      );
      const ids = rows.map((row) => row.id);
      expect(new Set(ids).size).toBe(3);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const patient = await db.selectFrom('patients').select('recovery_code_renewed_at').executeTakeFirst();
      expect(patient?.recovery_code_renewed_at).toBeNull();
      // The ids are unique from now on: a second token with the same id is refused.
      await expect(
        sql`insert into device_tokens (token_hash, id, patient_id, created_at) values ('t4', ${ids[0]}, 'p1', 'now')`.execute(
          db,
        ),
      ).rejects.toThrow();
    });
  },
  { migrate: false },
);
