import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import fastifyStatic, { type FastifyStaticOptions } from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Files a browser must revalidate on every load: the service worker and its
 * registration (a stale one would pin an old app), the manifest and the HTML.
 */
const ALWAYS_REVALIDATE = new Set(['sw.js', 'registerSW.js', 'manifest.webmanifest', 'index.html']);
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The suffixes of the brotli and gzip copies the web build writes beside its text files (apps/web/scripts/compress.mjs). */
const PRECOMPRESSED = /\.(br|gz)$/;

/**
 * The Cache-Control header of a file of the built web app, by its path
 * inside the build folder: hashed files under `assets/` never change, so they
 * are cached for a year; everything else is revalidated (cheap, thanks to ETag).
 *
 * @example
 * cacheControlFor('assets/index-3f2a1b.js') // 'public, max-age=31536000, immutable'
 * cacheControlFor('sw.js') // 'no-cache'
 */
export function cacheControlFor(relativePath: string): string {
  // A precompressed copy (`sw.js.br`) is cached like the file it compresses.
  const path = relativePath.split(sep).join('/').replace(PRECOMPRESSED, '');
  if (ALWAYS_REVALIDATE.has(basename(path))) return 'no-cache';
  return path.startsWith('assets/') ? IMMUTABLE : 'no-cache';
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Veerkracht: web app not built</title></head>
<body>
<h1>The web app is not built yet</h1>
<p>The API is running, but there is no built web app to serve. Run <code>npm run build</code> in the repository, then start the server again.</p>
<p>Health: <a href="/api/health">/api/health</a></p>
</body>
</html>
`;

/** A hashed module or style sheet of the build: the only things a hint may name. */
const ASSET_FILE = /^\/assets\/[\w.-]+\.(js|css)$/;

/** The `Link` value that starts one hinted file: a module as a module, a sheet as the style the app's loader adds. */
function linkTo(href: string): string {
  return href.endsWith('.css') ? `<${href}>; rel=preload; as=style; crossorigin` : `<${href}>; rel=modulepreload`;
}

/**
 * `Link` headers for the first screens, by path: the opened page's chunks
 * start downloading with the page itself, beside the main bundle, instead of
 * after `first-load-hints.js` has run (one round trip sooner; decision 0040).
 * The list is the one the build wrote into that script's `data-pages`
 * attribute in `index.html`; the script still asks for the person's catalogue
 * (only the browser knows the language) and repeats the pages' hints for a
 * server that sends none. A missing or broken attribute gives no headers.
 *
 * @example
 * firstPageLinks('<script data-pages="{&quot;/&quot;:[&quot;/assets/Today-1a.js&quot;]}">')
 * // Map { '/' => '</assets/Today-1a.js>; rel=modulepreload' }
 */
export function firstPageLinks(indexHtml: string): Map<string, string> {
  const attribute = /data-pages="([^"]*)"/.exec(indexHtml)?.[1];
  if (attribute === undefined) return new Map();
  let pages: unknown;
  try {
    pages = JSON.parse(attribute.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  } catch {
    return new Map();
  }
  if (typeof pages !== 'object' || pages === null) return new Map();
  const links = new Map<string, string>();
  for (const [path, hrefs] of Object.entries(pages)) {
    if (!Array.isArray(hrefs)) continue;
    const files = hrefs.filter((href): href is string => typeof href === 'string' && ASSET_FILE.test(href));
    if (files.length > 0) links.set(path, files.map(linkTo).join(', '));
  }
  return links;
}

function isApi(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

function wantsHtml(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html')
  );
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? request.url;
  return reply.code(404).send({ error: 'not_found', message: `no route for ${request.method} ${path}` });
}

/**
 * Serves the built web app from `webDist` with the right caching and
 * encoding: the build holds a brotli and a gzip copy of each text file, and
 * the one the request accepts goes out with its `Content-Encoding` (every
 * file says `Vary: Accept-Encoding`). Falls back to `index.html` for the
 * app's own routes (a browser asking for HTML outside /api), and answers
 * everything else that matches no route with a JSON 404.
 * Without a built app, pages say to run `npm run build`.
 */
export async function installWebApp(app: FastifyInstance, webDist: string | null): Promise<void> {
  const hasApp = webDist !== null && existsSync(join(webDist, 'index.html'));
  const links = hasApp ? firstPageLinks(readFileSync(join(webDist, 'index.html'), 'utf8')) : new Map<string, string>();
  /** The app's page, with the first screen's `Link` header for its path (without a trailing slash or query). */
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    const link = links.get(request.url.split('?')[0]?.replace(/\/+$/, '') || '/');
    if (link) void reply.header('link', link);
    return reply.sendFile('index.html');
  };
  if (hasApp) {
    const files: Omit<FastifyStaticOptions, 'root'> = {
      cacheControl: false,
      dotfiles: 'ignore',
      preCompressed: true,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', cacheControlFor(relative(webDist, path)));
        res.setHeader('vary', 'Accept-Encoding');
      },
    };
    await app.register(fastifyStatic, { ...files, root: webDist, prefix: '/' });
    // The hashed files never change under their name, so a browser never asks again whether they did: no ETag,
    // Last-Modified or Accept-Ranges, about 100 bytes less on each of the 30-odd files of a first screen.
    await app.register(fastifyStatic, {
      ...files,
      root: join(webDist, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      etag: false,
      lastModified: false,
      acceptRanges: false,
    });
    // Today, with its first-screen hints (the static files would serve the folder's index without them).
    app.get('/', sendIndex);
  }

  app.setNotFoundHandler((request, reply) => {
    if (isApi(request.url) || !wantsHtml(request)) return notFound(request, reply);
    if (hasApp) return sendIndex(request, reply);
    return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT_PAGE);
  });
}
