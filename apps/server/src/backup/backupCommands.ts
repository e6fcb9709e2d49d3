import type { DatabaseOptions } from '../db/database.js';
import { backupDatabase } from './backup.js';
import { BackupError } from './format.js';
import { restoreBackup } from './restore.js';

/**
 * The `backup <file>` and `restore <file> [--force]` commands: parses the
 * arguments, runs the service, and returns the lines to print. Bad arguments
 * and refusals throw a {@link BackupError} with one line.
 *
 * @example
 * await backupCommand('backup', ['/backups/veerkracht-2026-11-29.sqlite'], { dataDir: './data' });
 * // ['Backed up …/veerkracht.sqlite (schema 0007_…, 21 tables, 1234 rows) to /backups/… (1.2 MB)']
 */
export async function backupCommand(
  command: 'backup' | 'restore',
  argv: string[],
  settings: DatabaseOptions,
): Promise<string[]> {
  const options = argv.filter((arg) => arg.startsWith('--'));
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const allowed = command === 'restore' ? ['--force'] : [];
  const unknown = options.find((option) => !allowed.includes(option));
  if (unknown) throw new BackupError(`unknown option ${unknown}`);
  if (files.length !== 1 || !files[0]) {
    throw new BackupError(`give one backup file: ${command} <file>${command === 'restore' ? ' [--force]' : ''}`);
  }
  const file = files[0];
  const where = settings.databaseUrl ? 'PostgreSQL' : 'SQLite';
  if (command === 'backup') {
    const summary = await backupDatabase(settings, file);
    const rows = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    const tables = Object.keys(summary.rows).length;
    return [
      `Backed up the ${where} database (schema ${summary.schema}, ${tables} tables, ${rows} rows) to ${file} (${megabytes(summary.bytes)})`,
    ];
  }
  const summary = await restoreBackup(file, settings, { force: options.includes('--force') });
  return [
    `Restored ${file} (schema ${summary.schema}) into ${summary.location}` +
      (summary.migrated.length > 0 ? `, then migrated: ${summary.migrated.join(', ')}` : ''),
  ];
}

function megabytes(bytes: number): string {
  return bytes < 100_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
