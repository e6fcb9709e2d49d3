import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Dialect } from '../db/database.js';
import { migrations } from '../db/migrations/index.js';

/**
 * A backup or restore that cannot go ahead, for a reason the operator can act
 * on; the message is one line and names the file or the versions.
 */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

/** The first line of a logical backup (gzip'ed JSON lines): what follows and from which schema. */
export type BackupHeader = {
  format: typeof LOGICAL_FORMAT;
  formatVersion: 1;
  /** The last migration applied to the database it was taken from. */
  schema: string;
  /** ISO 8601 UTC instant the snapshot was taken. */
  createdAt: string;
  source: Dialect;
  /** In insert order; a row line names its table by its index here. */
  tables: { name: string; columns: string[] }[];
};

/** The last line: how many rows each table has, so a cut-off file is refused rather than half restored. */
export type BackupTrailer = { end: true; rows: Record<string, number> };

export const LOGICAL_FORMAT = 'veerkracht-backup';

/** The two kinds of backup file, told apart by their first bytes, never by their name. */
export type BackupKind = 'sqlite' | 'logical';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/** A line longer than this is not one of ours (a record's data is far smaller): refuse instead of filling memory. */
const MAX_LINE_CHARS = 64 * 1024 * 1024;

/**
 * What kind of backup `file` is, from its first bytes; a one-line error when
 * it is missing, unreadable or neither kind.
 *
 * @example
 * await backupKind('/backups/veerkracht-2026-11-29.sqlite'); // 'sqlite'
 */
export async function backupKind(file: string): Promise<BackupKind> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new BackupError(`cannot read ${file}: ${fileProblem(error)}`, { cause: error });
  }
  try {
    const start = Buffer.alloc(SQLITE_MAGIC.length);
    const { bytesRead } = await handle.read(start, 0, start.length, 0).catch((error: unknown) => {
      throw new BackupError(`cannot read ${file}: ${fileProblem(error)}`, { cause: error });
    });
    if (bytesRead === SQLITE_MAGIC.length && start.equals(SQLITE_MAGIC)) return 'sqlite';
    if (bytesRead >= 2 && start.subarray(0, 2).equals(GZIP_MAGIC)) return 'logical';
    throw notABackup(file, 'neither a SQLite database nor a gzip file');
  } finally {
    await handle.close();
  }
}

export function notABackup(file: string, why: string): BackupError {
  return new BackupError(`${file} is not a Veerkracht backup (${why})`);
}

/** The usual reasons a file cannot be used, in a few words. */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'EEXIST') return 'it already exists';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks that a backup's schema version is one this code can restore: a
 * migration it knows (older ones are migrated forward after the restore).
 * A newer one is refused naming both versions.
 *
 * @example
 * checkSchemaVersion('b.sqlite', '0005_reminders'); // passes
 * checkSchemaVersion('b.sqlite', '0099_future'); // throws: … newer than this version of Veerkracht knows (0006_…)
 */
export function checkSchemaVersion(file: string, schema: string | null): string {
  const known = Object.keys(migrations).sort();
  const latest = known.at(-1) ?? '';
  if (schema === null || schema === '') throw notABackup(file, 'it records no migration');
  if (known.includes(schema)) return schema;
  if (schema > latest) {
    throw new BackupError(
      `${file} is from schema version ${schema}, newer than this version of Veerkracht knows (${latest}): ` +
        'restore it with the version that made it, or upgrade first',
    );
  }
  throw notABackup(file, `it records migration ${schema}, which this version of Veerkracht does not know`);
}

/** A row of a logical backup: the table's index in the header, then the values in the header's column order. */
export type BackupRow = { table: number; values: unknown[] };

/**
 * Reads a logical backup: the header first (checked), then its rows in
 * order, then checks the trailer's counts. Any damage (not gzip, a cut-off
 * file, a line that is not ours) is a {@link BackupError}.
 *
 * @example
 * const backup = await openLogicalBackup('/backups/veerkracht.jsonl.gz');
 * backup.header.schema; // '0006_workspace'
 * for await (const row of backup.rows()) console.log(backup.header.tables[row.table]?.name, row.values);
 */
export async function openLogicalBackup(
  file: string,
): Promise<{ header: BackupHeader; rows(): AsyncGenerator<BackupRow>; close(): Promise<void> }> {
  const lines = readLines(file);
  let header: BackupHeader;
  try {
    const first = await lines.next();
    if (first.done) throw notABackup(file, 'it is empty');
    header = parseHeader(file, first.value);
    checkSchemaVersion(file, header.schema);
  } catch (error) {
    await lines.return(undefined);
    throw error;
  }
  async function* rows(): AsyncGenerator<BackupRow> {
    const counts = header.tables.map(() => 0);
    let lastTable = 0;
    for await (const line of lines) {
      const parsed = parseLine(file, line);
      if (!Array.isArray(parsed)) {
        if (!isTrailer(parsed)) throw notABackup(file, 'a line is neither a row nor the end');
        header.tables.forEach((table, index) => {
          if (parsed.rows[table.name] !== counts[index]) {
            throw notABackup(
              file,
              `table ${table.name} should have ${parsed.rows[table.name]} rows, found ${counts[index]}`,
            );
          }
        });
        return;
      }
      const [table, ...values] = parsed as unknown[];
      const columns = typeof table === 'number' ? header.tables[table]?.columns : undefined;
      if (typeof table !== 'number' || table < lastTable || !columns || columns.length !== values.length) {
        throw notABackup(file, 'a row does not match its table');
      }
      lastTable = table;
      counts[table] = (counts[table] ?? 0) + 1;
      yield { table, values };
    }
    throw notABackup(file, 'it ends before its last line: the file is incomplete');
  }
  // Ends the reading (and closes the file) when the rows are not read to the end, e.g. a restore that was refused.
  const close = async () => {
    await lines.return(undefined);
  };
  return { header, rows, close };
}

function parseLine(file: string, line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw notABackup(file, 'a line is not JSON');
  }
}

function parseHeader(file: string, line: string): BackupHeader {
  const header = parseLine(file, line) as Partial<BackupHeader> | null;
  if (header === null || typeof header !== 'object' || header.format !== LOGICAL_FORMAT) {
    throw notABackup(file, 'its first line is not a Veerkracht backup header');
  }
  if (header.formatVersion !== 1) {
    throw new BackupError(
      `${file} is in backup format ${String(header.formatVersion)}, newer than this version of Veerkracht reads (1)`,
    );
  }
  const tablesOk =
    Array.isArray(header.tables) &&
    header.tables.every(
      (table) =>
        typeof table?.name === 'string' &&
        Array.isArray(table.columns) &&
        table.columns.every((column) => typeof column === 'string'),
    );
  if (!tablesOk || typeof header.schema !== 'string') throw notABackup(file, 'its header is incomplete');
  return header as BackupHeader;
}

function isTrailer(value: unknown): value is BackupTrailer {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Partial<BackupTrailer>;
  return candidate.end === true && typeof candidate.rows === 'object' && candidate.rows !== null;
}

/** The file's lines after gunzip; read and decompression errors become one-line {@link BackupError}s. */
async function* readLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const piped = pipeline(createReadStream(file), gunzip);
  // The pipeline's failure also ends the iteration below with the same error; this only keeps it from going unhandled.
  piped.catch(() => {});
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip) {
      pending += decoder.write(chunk as Buffer);
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        yield pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
      if (pending.length > MAX_LINE_CHARS) throw notABackup(file, 'a line is too long');
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
    if (code.startsWith('Z_')) throw notABackup(file, 'its gzip data is damaged or cut off');
    throw new BackupError(`cannot read ${file}: ${fileProblem(error)}`, { cause: error });
  } finally {
    gunzip.destroy();
  }
  pending += decoder.end();
  if (pending.length > 0) yield pending;
}
