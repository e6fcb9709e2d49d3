/**
 * What kind of database trouble an error is, when it is not the caller's
 * fault: the server answers these with 503 and `Retry-After`, never 500
 * (docs/architecture.md, "Faults"; decision 0025).
 *
 * - `unavailable`: the database cannot be reached or is shutting down
 *   (PostgreSQL stopped, connections cut, the SQLite file gone or unreadable).
 * - `full`: there is no room to store (SQLITE_FULL, ENOSPC, PostgreSQL 53100).
 * - `busy`: another writer holds the lock, or the database asked to retry
 *   (SQLITE_BUSY, lock timeouts, serialization failures, deadlocks).
 */
export type DatabaseFaultKind = 'unavailable' | 'full' | 'busy';

/** SQLite result codes (better-sqlite3's `code`), by their primary code. */
const SQLITE_FAULTS: Record<string, DatabaseFaultKind> = {
  SQLITE_FULL: 'full',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_IOERR: 'unavailable',
  SQLITE_CANTOPEN: 'unavailable',
  SQLITE_READONLY: 'unavailable',
  SQLITE_NOMEM: 'unavailable',
  SQLITE_PROTOCOL: 'busy',
};

/** PostgreSQL SQLSTATE codes and classes (the first two characters). */
const POSTGRES_CODES: Record<string, DatabaseFaultKind> = {
  '53100': 'full', // disk_full
  '40001': 'busy', // serialization_failure
  '40P01': 'busy', // deadlock_detected
  '55P03': 'busy', // lock_not_available
  '57014': 'busy', // query_canceled (statement timeout)
  '57P01': 'unavailable', // admin_shutdown
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now
  '58030': 'unavailable', // io_error
};
const POSTGRES_CLASSES: Record<string, DatabaseFaultKind> = {
  '08': 'unavailable', // connection exception
  '53': 'unavailable', // insufficient resources (too many connections, out of memory)
};

/** Operating-system errors on the socket or the disk. */
const SYSTEM_CODES: Record<string, DatabaseFaultKind> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EIO: 'unavailable',
  ECONNREFUSED: 'unavailable',
  ECONNRESET: 'unavailable',
  ETIMEDOUT: 'unavailable',
  EPIPE: 'unavailable',
  EHOSTUNREACH: 'unavailable',
  ENETUNREACH: 'unavailable',
  ENOTFOUND: 'unavailable',
  EAI_AGAIN: 'unavailable',
};

/** Errors that node-postgres and better-sqlite3 raise without a code. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Cannot use a pool after calling end/,
  /^The database connection is not open/,
  /^Client was closed and is not queryable/,
];

function faultOfOne(error: unknown): DatabaseFaultKind | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('SQLITE_')) {
      // Extended codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT) share their primary code's meaning.
      const primary = code.split('_').slice(0, 2).join('_');
      return SQLITE_FAULTS[primary];
    }
    const known = POSTGRES_CODES[code] ?? SYSTEM_CODES[code];
    if (known) return known;
    if (/^[0-9A-Z]{5}$/.test(code)) return POSTGRES_CLASSES[code.slice(0, 2)];
  }
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(error.message)) ? 'unavailable' : undefined;
}

/**
 * The kind of database fault `error` is (looking through its `cause`s), or
 * `undefined` when it is something else (then it is a bug: a 500).
 *
 * @example
 * databaseFault(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })) // 'full'
 * databaseFault(new Error('Connection terminated unexpectedly')) // 'unavailable'
 * databaseFault(new TypeError('x is undefined')) // undefined
 */
export function databaseFault(error: unknown): DatabaseFaultKind | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const kind = faultOfOne(current);
    if (kind) return kind;
    current = current.cause;
  }
  return undefined;
}
