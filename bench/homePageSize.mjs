// What the home page of the built web app makes the browser download before
// it can run: every script, module preload and stylesheet named in
// apps/web/dist/index.html, each gzipped at level 9 (what a server would send).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const WEB_DIST = resolve(import.meta.dirname, '..', 'apps', 'web', 'dist');

/** The budget for the home route's JS + CSS, gzipped (docs/architecture.md, "Budgets"). */
export const BUDGET_BYTES = 50 * 1000;

/**
 * Local URLs of the scripts, module preloads and stylesheets in an HTML page.
 * @param {string} html
 * @returns {string[]}
 */
export function assetsOf(html) {
  const urls = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (/** @type {string} */ name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const url = tag.toLowerCase().startsWith('<script') ? attr('src') : attr('href');
    if (!url || /^(https?:)?\/\//i.test(url) || url.startsWith('data:')) continue;
    if (tag.toLowerCase().startsWith('<link')) {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('modulepreload') && !rel.includes('stylesheet')) continue;
    }
    urls.add(url.split(/[?#]/)[0]);
  }
  return [...urls];
}

/**
 * Gzipped sizes of the home page's JS and CSS, or `null` when the web app is
 * not built; `br` is the size of the brotli copy the build wrote beside the
 * file (what the server sends to a browser that accepts br), or `null`.
 * @param {string} [dist]
 * @returns {{ files: { url: string, raw: number, gzip: number, br: number | null, missing: boolean }[], totalGzip: number, totalBrotli: number } | null}
 */
export function measureHomePage(dist = WEB_DIST) {
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) return null;
  const files = assetsOf(readFileSync(indexFile, 'utf8')).map((url) => {
    const file = join(dist, url.replace(/^\.?\//, ''));
    if (!existsSync(file)) return { url, raw: 0, gzip: 0, br: null, missing: true };
    const content = readFileSync(file);
    const br = existsSync(`${file}.br`) ? statSync(`${file}.br`).size : null;
    return { url, raw: content.length, gzip: gzipSync(content, { level: 9 }).length, br, missing: false };
  });
  return {
    files,
    totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    totalBrotli: files.reduce((sum, f) => sum + (f.br ?? f.raw), 0),
  };
}

/** @param {number} bytes */
export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
