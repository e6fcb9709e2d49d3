import { sql } from 'kysely';
import type { Database, Dialect } from '../db/database.js';
import { lastAppliedMigration } from '../db/migrate.js';
import { LATEST_MIGRATION } from '../db/migrations/index.js';
import type { RecentFaults } from './recentFaults.js';

export type HealthBody = {
  status: 'ok' | 'unavailable';
  version: string;
  database: Dialect;
  migration: string | null;
  message?: string;
};

export type HealthReport = { ok: boolean; body: HealthBody; error?: unknown };

export interface HealthService {
  /** Liveness with a real round trip to the database. */
  health(): Promise<HealthReport>;
  /** Readiness: the database answers and is migrated to what this build expects. */
  readiness(): Promise<HealthReport>;
}

/** How long a health probe waits for the database before answering 503. */
const PROBE_TIMEOUT_MS = 3_000;

/**
 * Health and readiness probes. Both run `select 1` on the database, so a
 * stopped PostgreSQL or a closed SQLite file shows as 503, not as 200; and
 * both say 503 while writes fail on a full disk (`faults`), where `select 1`
 * still works.
 */
export function createHealthService(deps: {
  database: Database;
  version: string;
  timeoutMs?: number;
  faults?: RecentFaults;
}): HealthService {
  const { database, version, faults } = deps;
  const timeoutMs = deps.timeoutMs ?? PROBE_TIMEOUT_MS;

  async function probe(): Promise<{ migration: string | null } | { error: unknown }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the database did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const check = (async () => {
        await sql`select 1`.execute(database.probe);
        return { migration: await lastAppliedMigration(database.probe) };
      })();
      return await Promise.race([check, timeout]);
    } catch (error) {
      return { error };
    } finally {
      clearTimeout(timer);
    }
  }

  const base = { version, database: database.dialect };

  async function health(): Promise<HealthReport> {
    const result = await probe();
    if ('error' in result) {
      return {
        ok: false,
        body: { status: 'unavailable', ...base, migration: null, message: 'the database does not answer' },
        error: result.error,
      };
    }
    if (faults?.fullDisk()) {
      return {
        ok: false,
        body: {
          status: 'unavailable',
          ...base,
          migration: result.migration,
          message: 'the disk is full: the database answers but cannot store anything',
        },
      };
    }
    return { ok: true, body: { status: 'ok', ...base, migration: result.migration } };
  }

  return {
    health,
    async readiness() {
      const report = await health();
      if (!report.ok || report.body.migration === LATEST_MIGRATION) return report;
      return {
        ok: false,
        body: {
          ...report.body,
          status: 'unavailable',
          message: `the database is not migrated to ${LATEST_MIGRATION}; run the migrate command or restart the server`,
        },
      };
    },
  };
}
