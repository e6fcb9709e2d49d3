#!/usr/bin/env node
// After `vite build`: writes a brotli (`.br`) and a gzip (`.gz`) copy beside
// every text file of the build, at the highest levels (done once here, so the
// server never compresses a static file per request). The server picks one by
// the request's Accept-Encoding (apps/server/src/http/webApp.ts). The service
// worker's precache list is written before this runs, so it names only the
// plain files; the browser decodes what the server sends.
//
//   node scripts/compress.mjs [folder]   (default: dist beside this script)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt', '.xml']);

/** Smaller files fit in one packet either way. */
export const MIN_BYTES = 1024;

/**
 * Compresses every compressible file of `folder` (recursively) to `.br` and
 * `.gz`, each kept only when it is at least 5 % smaller than the file.
 * @param {string} folder
 * @returns {{ file: string, raw: number, br: number | null, gz: number | null }[]}
 */
export function compressFolder(folder) {
  /** @type {{ file: string, raw: number, br: number | null, gz: number | null }[]} */
  const results = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (!COMPRESSIBLE.has(extname(file).toLowerCase())) continue;
    const content = readFileSync(file);
    if (content.length < MIN_BYTES) continue;
    const br = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gz = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
    const worth = (/** @type {Buffer} */ compressed) => compressed.length <= content.length * 0.95;
    if (worth(br)) writeFileSync(`${file}.br`, br);
    if (worth(gz)) writeFileSync(`${file}.gz`, gz);
    results.push({
      file,
      raw: content.length,
      br: worth(br) ? br.length : null,
      gz: worth(gz) ? gz.length : null,
    });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const folder = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`compress: ${folder} is not a folder; run vite build first.`);
    process.exit(1);
  }
  const results = compressFolder(folder);
  const sum = (/** @type {(r: (typeof results)[number]) => number} */ pick) =>
    results.reduce((total, r) => total + pick(r), 0);
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(
    `compress: ${results.length} files, ${kb(sum((r) => r.raw))} → brotli ${kb(sum((r) => r.br ?? r.raw))}, gzip ${kb(sum((r) => r.gz ?? r.raw))}`,
  );
}
