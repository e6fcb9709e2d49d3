import { type Kysely, sql } from 'kysely';
import type { Schema } from '../db/schema.js';

/** A counter after a hit or a look: hits in the current window and when that window ends (ms since epoch). */
export type Counter = { count: number; windowEndsAt: number };

/**
 * Storage of rate-limit counters (fixed windows). Shared by every server on
 * the database, so limits hold across restarts and processes (decision 0024).
 */
export interface RateLimitRepository {
  /**
   * Adds one hit to `key`, atomically: a window that has ended (or none)
   * starts over at 1 and ends `windowMs` after `now`.
   */
  hit(key: string, windowMs: number, now: number): Promise<Counter>;
  /** The hits of `key` in its current window, without adding one (0 when none or ended). */
  peek(key: string, now: number): Promise<Counter>;
  /** Deletes the counters whose window ended at or before `now`; returns how many. */
  prune(now: number): Promise<number>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * {@link RateLimitRepository} on SQLite or PostgreSQL. Window ends are ISO
 * text: fixed-width UTC strings compare in time order on both dialects.
 */
export class KyselyRateLimitRepository implements RateLimitRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async hit(key: string, windowMs: number, now: number): Promise<Counter> {
    const nowIso = iso(now);
    // One statement, so two servers (or two requests) never lose a hit: the
    // row lock of ON CONFLICT DO UPDATE (PostgreSQL) or the single writer
    // (SQLite) serialises them. The right-hand sides all read the old row.
    const { rows } = await sql<{ count: number | string; window_ends_at: string }>`
      insert into rate_limits (key, count, window_ends_at) values (${key}, 1, ${iso(now + windowMs)})
      on conflict (key) do update set
        count = case when rate_limits.window_ends_at <= ${nowIso} then 1 else rate_limits.count + 1 end,
        window_ends_at = case when rate_limits.window_ends_at <= ${nowIso}
          then excluded.window_ends_at else rate_limits.window_ends_at end
      returning count, window_ends_at`.execute(this.db);
    const row = rows[0];
    if (!row) throw new Error(`rate limit upsert of ${key} returned no row`);
    return { count: Number(row.count), windowEndsAt: Date.parse(row.window_ends_at) };
  }

  async peek(key: string, now: number): Promise<Counter> {
    const row = await this.db
      .selectFrom('rate_limits')
      .select(['count', 'window_ends_at'])
      .where('key', '=', key)
      .where('window_ends_at', '>', iso(now))
      .executeTakeFirst();
    return row
      ? { count: Number(row.count), windowEndsAt: Date.parse(row.window_ends_at) }
      : { count: 0, windowEndsAt: now };
  }

  async prune(now: number): Promise<number> {
    const result = await this.db.deleteFrom('rate_limits').where('window_ends_at', '<=', iso(now)).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
