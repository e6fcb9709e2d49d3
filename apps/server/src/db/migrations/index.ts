import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_rate_limits.js';
import * as m0003 from './0003_devices.js';
import * as m0004 from './0004_storage_usage.js';
import * as m0005 from './0005_reminders.js';
import * as m0006 from './0006_workspace.js';
import * as m0007 from './0007_erasure_retention.js';
import * as m0008 from './0008_patient_passkeys.js';

/**
 * Every migration, in order. A static list rather than a folder scan, so the
 * compiled server finds them wherever it runs. Append only: add a new entry
 * with the next number; never edit or remove one.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_rate_limits': m0002,
  '0003_devices': m0003,
  '0004_storage_usage': m0004,
  '0005_reminders': m0005,
  '0006_workspace': m0006,
  '0007_erasure_retention': m0007,
  '0008_patient_passkeys': m0008,
};

/** The name of the newest migration this build knows. */
export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1) ?? '';
