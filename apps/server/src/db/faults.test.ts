import { describe, expect, it } from 'vitest';
import { databaseFault } from './faults.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('databaseFault', () => {
  it('reads SQLite codes, extended ones by their primary code', () => {
    expect(databaseFault(withCode('database or disk is full', 'SQLITE_FULL'))).toBe('full');
    expect(databaseFault(withCode('database is locked', 'SQLITE_BUSY'))).toBe('busy');
    expect(databaseFault(withCode('snapshot', 'SQLITE_BUSY_SNAPSHOT'))).toBe('busy');
    expect(databaseFault(withCode('disk I/O error', 'SQLITE_IOERR_WRITE'))).toBe('unavailable');
    expect(databaseFault(withCode('unable to open database file', 'SQLITE_CANTOPEN'))).toBe('unavailable');
  });

  it('does not call a SQLite constraint or syntax error a fault: those are bugs', () => {
    expect(databaseFault(withCode('UNIQUE constraint failed', 'SQLITE_CONSTRAINT_PRIMARYKEY'))).toBeUndefined();
    expect(databaseFault(withCode('near "x": syntax error', 'SQLITE_ERROR'))).toBeUndefined();
  });

  it('reads PostgreSQL SQLSTATE codes and classes', () => {
    expect(databaseFault(withCode('could not extend file', '53100'))).toBe('full');
    expect(databaseFault(withCode('too many connections', '53300'))).toBe('unavailable');
    expect(databaseFault(withCode('terminating connection due to administrator command', '57P01'))).toBe('unavailable');
    expect(databaseFault(withCode('connection failure', '08006'))).toBe('unavailable');
    expect(databaseFault(withCode('deadlock detected', '40P01'))).toBe('busy');
    expect(databaseFault(withCode('duplicate key value', '23505'))).toBeUndefined();
    expect(databaseFault(withCode('syntax error', '42601'))).toBeUndefined();
  });

  it('reads socket and disk errors, and node-postgres errors that carry no code', () => {
    expect(databaseFault(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe('unavailable');
    expect(databaseFault(withCode('no space left on device', 'ENOSPC'))).toBe('full');
    expect(databaseFault(new Error('Connection terminated unexpectedly'))).toBe('unavailable');
    expect(databaseFault(new Error('timeout exceeded when trying to connect'))).toBe('unavailable');
    expect(databaseFault(new TypeError('The database connection is not open'))).toBe('unavailable');
  });

  it('looks through causes, and leaves everything else alone', () => {
    expect(databaseFault(new Error('sync failed', { cause: withCode('full', 'SQLITE_FULL') }))).toBe('full');
    expect(databaseFault(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBeUndefined();
    expect(databaseFault('a string')).toBeUndefined();
    expect(databaseFault(withCode('not found', 'ERR_MODULE_NOT_FOUND'))).toBeUndefined();
  });
});
