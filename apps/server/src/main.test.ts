import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessLog } from './accessLog/accessLog.js';
import { createDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { LATEST_MIGRATION } from './db/migrations/index.js';
import { everyRow, seedEveryTable } from './testing/backupFixtures.js';
import { rawClient, requestHead, wait } from './testing/sockets.js';

/** The CLI run from source through tsx, as a separate process. */
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const TSX = ['--import', 'tsx'];

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [...TSX, MAIN, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * `serve` on a free port of 127.0.0.1, once /api/health answers (or after 30 s
 * of trying: then `health` is undefined). The caller ends the process.
 */
async function serve(env: Record<string, string>) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...TSX, MAIN, 'serve'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let health: Response | undefined;
  // Up to 30 s: several processes start at once here, each compiling the server through tsx; on a busy 2-core
  // machine that alone has taken over 10 s. A wait for readiness, not a speed check (the bench measures start-up).
  for (let attempt = 0; attempt < 300 && !health; attempt++) {
    health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
    if (!health) await wait(100);
  }
  return { port, child, exited, health, output: () => output };
}

// Each test starts its own process; running them side by side keeps the file quick.
describe.concurrent('the command line', { timeout: 60_000 }, () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'veerkracht-cli-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops with one line naming the variable, and exit code 1, for invalid settings', async () => {
    const result = await run(['serve'], { PORT: 'abc', DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Configuration error: PORT must be a whole number from 0 to 65535, got "abc"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an unknown command with the usage', async () => {
    const result = await run(['frobnicate'], { DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Unknown command "frobnicate"');
  });

  it('migrates, and says so; a second run finds the database up to date', async () => {
    const first = await run(['migrate'], { DATA_DIR: join(dataDir, 'migrate') });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Migrated .*veerkracht\.sqlite: 0001_initial/);
    const second = await run(['migrate'], { DATA_DIR: join(dataDir, 'migrate') });
    expect(second.stdout).toMatch(/up to date/);
  });

  it('serves, answers health, and shuts down cleanly on SIGTERM', async () => {
    const server = await serve({ DATA_DIR: join(dataDir, 'serve'), LOG_LEVEL: 'info' });
    try {
      expect(server.health?.status).toBe(200);
      expect(await server.health?.json()).toMatchObject({
        status: 'ok',
        database: 'sqlite',
        migration: LATEST_MIGRATION,
      });
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    // Logs are JSON lines.
    const lines = server.output().trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(server.output()).toContain('shutting down');
  });

  it('exits by its shutdown deadline on SIGTERM even when a request never finishes', async () => {
    const server = await serve({ DATA_DIR: join(dataDir, 'deadline'), LOG_LEVEL: 'warn', SHUTDOWN_TIMEOUT_MS: '1000' });
    let signalled = 0;
    try {
      expect(server.health?.status).toBe(200);
      const stalled = rawClient(server.port);
      await stalled.connected;
      stalled.write(
        requestHead('POST', '/api/v1/patients', { 'content-type': 'application/json', 'content-length': '100' }),
      );
      await wait(200);
      signalled = Date.now();
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(4000);
    expect(server.output()).toContain('shutdown deadline passed');
  });
});

// Not concurrent with the tests above: each test starts its own process, and more at once than cores makes every
// one of them slow enough to time out on a 2-core machine.
describe('the practice commands', () => {
  let practiceDir: string;
  beforeAll(() => {
    practiceDir = mkdtempSync(join(tmpdir(), 'veerkracht-cli-practice-'));
  });
  afterAll(() => rmSync(practiceDir, { recursive: true, force: true }));

  it('sets up a practice and a therapist from the command line, and verifies the access log', async () => {
    const env = { DATA_DIR: join(practiceDir, 'practice') };
    const practice = await run(
      ['create-practice', '--name', 'Fysio Oost', '--admin-email', 'Beheer@Oost.test', '--admin-name', 'Beheer'],
      env,
    );
    expect(practice.status, practice.stderr).toBe(0);
    const id = practice.stdout.match(/created: (\S+)/)?.[1] ?? '';
    expect(practice.stdout).toMatch(/Administrator beheer@oost\.test: setup code [0-9A-Z]{4}(-[0-9A-Z]{4}){3}/);
    const therapist = await run(['add-therapist', '--practice', id, '--email', 'els@oost.test', '--name', 'Els'], env);
    expect(therapist.status, therapist.stderr).toBe(0);
    expect(therapist.stdout).toMatch(/Therapist els@oost\.test added: setup code/);
    const verified = await run(['verify-access-log'], env);
    expect(verified.status).toBe(0);
    expect(verified.stdout.trim()).toBe('Access log intact: 0 entries, every link checked.');
  }, 60_000);

  it.each<[string[], string]>([
    [
      ['create-practice', '--admin-email', 'a@b.test', '--admin-name', 'A'],
      'veerkracht create-practice: --name is required',
    ],
    [
      ['create-practice', '--name', 'X', '--admin-email', 'not-an-address', '--admin-name', 'A'],
      'veerkracht create-practice: --admin-email: is not valid: it is not an e-mail address',
    ],
    [
      ['add-therapist', '--practice', 'nope', '--email', 'x@y.test', '--name', 'X'],
      'veerkracht add-therapist: there is no practice with id nope',
    ],
  ])('stops with one line and exit code 1 for %j', async (args, line) => {
    const result = await run(args, { DATA_DIR: join(practiceDir, 'bad-input') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(line);
  });
});

// Not concurrent either, for the same reason: each command is a process of its own.
describe('backup and restore from the command line', () => {
  let backupDir: string;
  beforeAll(() => {
    backupDir = mkdtempSync(join(tmpdir(), 'veerkracht-cli-backup-'));
  });
  afterAll(() => rmSync(backupDir, { recursive: true, force: true }));

  it('backs up a database, restores it elsewhere row for row, and the access log still verifies', async () => {
    const from = { DATA_DIR: join(backupDir, 'from') };
    const seeded = createDatabase({ dataDir: from.DATA_DIR });
    try {
      await migrateToLatest(seeded.db);
      await seedEveryTable(seeded.db, 2);
    } finally {
      await seeded.close();
    }
    const file = join(backupDir, 'veerkracht.sqlite');
    const backup = await run(['backup', file], from);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout.trim()).toMatch(
      new RegExp(
        `^Backed up the SQLite database \\(schema ${LATEST_MIGRATION}, \\d+ tables, \\d+ rows\\) to .*veerkracht\\.sqlite \\(.*B\\)$`,
      ),
    );

    const to = { DATA_DIR: join(backupDir, 'to') };
    const restore = await run(['restore', file], to);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout.trim()).toMatch(
      /^Restored .*veerkracht\.sqlite \(schema .*\) into .*to\/veerkracht\.sqlite$/,
    );
    const [original, restored] = [createDatabase({ dataDir: from.DATA_DIR }), createDatabase({ dataDir: to.DATA_DIR })];
    try {
      expect(await everyRow(restored)).toEqual(await everyRow(original));
      // In this process rather than a `verify-access-log` process: the processes are what makes this file slow.
      expect(await verifyAccessLog(restored.db)).toMatchObject({ ok: true, entries: 4 });
    } finally {
      await Promise.all([original.close(), restored.close()]);
    }
  }, 120_000);

  it('stops with one line and exit code 1 for a missing file or a file that is not a backup', async () => {
    const env = { DATA_DIR: join(backupDir, 'refused') };
    const garbage = join(backupDir, 'garbage.bin');
    writeFileSync(garbage, 'not a backup at all');
    const cases: [string[], RegExp][] = [
      [
        ['restore', join(backupDir, 'missing.sqlite')],
        /^veerkracht restore: cannot read .*missing\.sqlite: no such file or folder$/,
      ],
      [
        ['restore', garbage],
        /^veerkracht restore: .*garbage\.bin is not a Veerkracht backup \(neither a SQLite database nor a gzip file\)$/,
      ],
    ];
    for (const [args, line] of cases) {
      const result = await run(args, env);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr.trim()).toMatch(line);
    }
  }, 120_000);
});
