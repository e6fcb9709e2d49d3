import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The core's table of every record kind: the kinds are the modules it imports a `…_KIND` from. */
const RECORD_TABLE = resolve(import.meta.dirname, '../../../packages/core/src/records/syncChange.ts');

/**
 * The core modules that define record kinds, as paths under the core's `src` or `dist` without the extension
 * (`exercise/exerciseRecords`), read from the imports of the record table, so a new kind joins by itself.
 *
 * @example
 * recordKindModules("import { PSK_KIND, START_BACK_KIND } from '../measures/measureRecords.js';")
 * // ['measures/measureRecords']
 */
export function recordKindModules(source = readFileSync(RECORD_TABLE, 'utf8')): string[] {
  const modules: string[] = [];
  for (const [, names = '', path = ''] of source.matchAll(
    /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'\.\.\/([^']+)\.js'/g,
  )) {
    if (/\b[A-Z_]+_KIND\b/.test(names)) modules.push(path);
  }
  return modules;
}

/**
 * Whether a module id (a resolved file path) is one of `modules` in the core's build.
 *
 * @example
 * inCoreBuild(['measures/measureRecords'])('/work/packages/core/dist/measures/measureRecords.js') // true
 */
export function inCoreBuild(modules: readonly string[]): (id: string) => boolean {
  const suffixes = modules.map((module) => `/packages/core/dist/${module}.js`);
  return (id) => {
    const path = id.replaceAll('\\', '/');
    return suffixes.some((suffix) => path.endsWith(suffix));
  };
}

/** The file, in the build's root, that lists the chunks holding a record validator (`validatorChunks`). */
export const VALIDATOR_CHUNKS_FILE = 'validator-chunks.json';

/**
 * Writes the list of the build's chunks that hold a record kind's module (its validator) to `VALIDATOR_CHUNKS_FILE`.
 * Records are checked once, when they enter the device (docs/architecture.md, "Checked once, read many times"), so a
 * page that only reads them must fetch none of these chunks: bench/pageWeight.mjs fails when Today does. Without the
 * list, a rule put back beside a validator would quietly bring ten kilobytes back to Today.
 */
export function validatorChunks(): Plugin {
  const isKindModule = inCoreBuild(recordKindModules());
  return {
    name: 'veerkracht:validator-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk' && item.moduleIds.some(isKindModule) ? [item.fileName] : [],
      );
      this.emitFile({
        type: 'asset',
        fileName: VALIDATOR_CHUNKS_FILE,
        source: `${JSON.stringify(files.sort(), null, 2)}\n`,
      });
    },
  };
}
