import 'fake-indexeddb/auto';
import { openVeerkrachtDb, type VeerkrachtDb } from '../store/db';
import type { Environment } from '../store/device';
import type { FetchLike } from '../sync/api';

let dbCount = 0;

/** A fresh, empty device database (fake-indexeddb), one per test. */
export function freshDb(): Promise<VeerkrachtDb> {
  dbCount += 1;
  return openVeerkrachtDb(`test-${dbCount}-${Math.random().toString(36).slice(2)}`);
}

/** A device whose clock the test sets; randomness from the platform. */
export function testEnv(startMs = Date.parse('2026-11-25T12:00:00.000Z')): Environment & { time: number } {
  const env = {
    time: startMs,
    now: () => env.time,
    randomBytes: (length: number) => crypto.getRandomValues(new Uint8Array(length)),
  };
  return env;
}

/** A network that is down: for a device whose backup is off, which never calls the server. */
export const offlineFetch: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
