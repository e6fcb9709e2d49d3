import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const CORE_BUILD = resolve(import.meta.dirname, '../../../packages/core/dist');

/**
 * The name of the record rules this build checks with: a hash of the core's built JavaScript, where every validator
 * lives. The device stores it with each record check (src/data/store/recordRules.ts), so that after an update that
 * changes any rule, every record is checked again once, by the new rules. A change elsewhere in the core costs the
 * same single re-check, which is cheaper than missing a changed validator.
 *
 * @example
 * recordRulesOf('/work/main/packages/core/dist') // 'c0ffee12…' (16 hex digits)
 */
export function recordRulesOf(folder = CORE_BUILD): string {
  const hash = createHash('sha256');
  const files = (readdirSync(folder, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(folder, file))
    .sort();
  for (const file of files) hash.update(relative(folder, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
