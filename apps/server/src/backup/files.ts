import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { BackupError, fileProblem } from './format.js';

/**
 * Writes `file` through a temporary file beside it, so the path only ever
 * holds a whole backup: `write` fills the temporary file, which is then
 * fsynced and linked into place; on any failure it is removed. An existing
 * `file` is never overwritten (a good older backup is worth more than a typo).
 * Problems with the path are one-line {@link BackupError}s before any work.
 *
 * @example
 * await writeWhole('/backups/today.sqlite', async (temporary) => copyInto(temporary));
 */
export async function writeWhole(file: string, write: (temporary: string) => Promise<void>): Promise<number> {
  const target = resolve(file);
  const folder = dirname(target);
  const existing = await stat(target).catch(() => undefined);
  if (existing) throw new BackupError(`cannot write ${file}: it already exists (choose a new name)`);
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new BackupError(`cannot write ${file}: ${fileProblem(error)}`, { cause: error });
  }
  const temporary = join(folder, `.${basename(target)}.partial-${randomBytes(4).toString('hex')}`);
  try {
    await write(temporary);
    await fsync(temporary);
    await link(temporary, target).catch(async (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
      // File systems without hard links: rename, having checked above that nothing is there.
      await rename(temporary, target);
    });
    await fsync(folder);
    return (await stat(target)).size;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`cannot write ${file}: ${fileProblem(error)}`, { cause: error });
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

/** Makes a file's (or a folder's entries') writes durable. */
export async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
