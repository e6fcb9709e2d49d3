import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type Database, SQLITE_FILE } from './database.js';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startWalCheckpointer } from './walCheckpointer.js';

/** Waits until `check` holds, polling; fails with `what` after 10 s. */
async function eventually(what: string, check: () => boolean): Promise<void> {
  const until = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('the WAL checkpointer (decision 0038)', () => {
  const dirs: string[] = [];
  const open: Database[] = [];
  afterEach(async () => {
    for (const database of open.splice(0)) await database.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function serving(): { database: Database; dir: string } {
    const dir = mkdtempSync(join(tmpdir(), 'veerkracht-wal-'));
    dirs.push(dir);
    const database = createDatabase({ dataDir: dir, walCheckpointer: true });
    open.push(database);
    return { database, dir };
  }

  it('copies every committed page into the database file on its own thread, while the serving connection only falls back to it', async () => {
    const { database, dir } = serving();
    const [setting] = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`
      .execute(database.db)
      .then((result) => result.rows);
    expect(setting?.wal_autocheckpoint).toBe(FALLBACK_AUTOCHECKPOINT_PAGES);

    await sql`create table notes (id integer primary key, text text not null)`.execute(database.db);
    // Measured before the rows: the worker copies pages while they are written too (every 100 ms), so on a slow
    // machine much of the growth happened before a measure taken after the loop.
    const before = statSync(join(dir, SQLITE_FILE)).size;
    for (let i = 0; i < 200; i++) {
      await sql`insert into notes (text) values (${'x'.repeat(2_000)})`.execute(database.db);
    }
    // 200 commits of a 2 KB row: far below the fallback, so only the worker moves pages into the file.
    await eventually(
      'the database file holds the rows',
      () => statSync(join(dir, SQLITE_FILE)).size > before + 300_000,
    );
    const [count] = await sql<{ n: number }>`select count(*) as n from notes`.execute(database.db).then((r) => r.rows);
    expect(count?.n).toBe(200);
  });

  it('counts a failure instead of ending the process, and closes at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veerkracht-wal-'));
    dirs.push(dir);
    // No such file: the worker cannot open it and stops.
    const checkpointer = startWalCheckpointer(join(dir, 'missing.sqlite'), 10);
    await eventually('the failure is counted', () => checkpointer.failures > 0);
    expect(checkpointer.last).toBeUndefined();
    await checkpointer.close();
  });

  it('stops with the database: the last connection to close removes the WAL, which it would not if the worker still held one', async () => {
    const { database, dir } = serving();
    await sql`create table notes (id integer primary key)`.execute(database.db);
    await sql`insert into notes default values`.execute(database.db);
    expect(existsSync(join(dir, `${SQLITE_FILE}-wal`))).toBe(true);
    await database.close();
    open.splice(0);
    expect(existsSync(join(dir, `${SQLITE_FILE}-wal`))).toBe(false);
  });
});
