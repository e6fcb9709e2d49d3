import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, defaultWebDist } from '../app.js';
import { createSqliteTestDatabase, type TestDatabase } from '../testing/databases.js';
import { cacheControlFor, firstPageLinks } from './webApp.js';

const CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data: blob:;connect-src 'self';" +
  "worker-src 'self';manifest-src 'self';font-src 'self';object-src 'none';base-uri 'self';form-action 'self';" +
  "frame-ancestors 'none'";

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the web app', () => {
  let test: TestDatabase;
  let dist: string;
  let app: FastifyInstance;

  beforeAll(() => {
    test = createSqliteTestDatabase();
    dist = mkdtempSync(join(tmpdir(), 'veerkracht-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>Veerkracht</title><script src="/assets/index-abc123.js"></script>' +
        '<script src="/first-load-hints.js" data-pages="{&quot;/&quot;:[&quot;/assets/Today-1a.js&quot;],' +
        '&quot;/check-in&quot;:[&quot;/assets/CheckInPage-2b.js&quot;,&quot;/assets/RadioScale-3c.js&quot;]}"></script>',
    );
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    writeFileSync(join(dist, 'registerSW.js'), 'navigator.serviceWorker.register("/sw.js")');
    writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
    writeFileSync(join(dist, 'icon-192.png'), 'png');
    app = buildApp({ db: test.database, logger: false, webDist: dist });
  });
  afterAll(async () => {
    await app.close();
    await test.drop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache and the strict CSP, no referrer, no upgrade-insecure-requests', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toBe(CSP);
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('caches hashed assets for a year (immutable) and revalidates the service worker, its registration and the manifest', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/sw.js', '/registerSW.js', '/manifest.webmanifest', '/index.html']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('sends a hashed asset only the headers that act on a script: no page policy, no validators, a CSP that allows nothing', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(asset.headers['referrer-policy']).toBe('no-referrer');
    for (const pageOnly of ['x-frame-options', 'cross-origin-opener-policy', 'origin-agent-cluster']) {
      expect(asset.headers[pageOnly], pageOnly).toBeUndefined();
    }
    // Never asked again whether it changed: nothing to revalidate with.
    for (const validator of ['etag', 'last-modified', 'accept-ranges']) {
      expect(asset.headers[validator], validator).toBeUndefined();
    }
    // The service worker is a worker: the page's whole policy applies to it, and it is revalidated.
    const worker = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(worker.headers['content-security-policy']).toBe(CSP);
    expect(worker.headers.etag).toBeDefined();
  });

  it("starts the first screen's chunks with the page: a Link header on /, /check-in, and nowhere else", async () => {
    const today = await app.inject({ method: 'GET', url: '/', headers: html });
    expect(today.headers.link).toBe('</assets/Today-1a.js>; rel=modulepreload');
    const checkIn = await app.inject({ method: 'GET', url: '/check-in?date=2026-11-25', headers: html });
    expect(checkIn.statusCode).toBe(200);
    expect(checkIn.headers.link).toBe(
      '</assets/CheckInPage-2b.js>; rel=modulepreload, </assets/RadioScale-3c.js>; rel=modulepreload',
    );
    const history = await app.inject({ method: 'GET', url: '/history', headers: html });
    expect(history.statusCode).toBe(200);
    expect(history.headers.link).toBeUndefined();
  });

  it('takes only hashed modules and style sheets of the build from the hints, and nothing from a broken attribute', () => {
    const hints = (pages: string) => firstPageLinks(`<script data-pages="${pages.replaceAll('"', '&quot;')}">`);
    expect([...hints('{"/":["/assets/Today-1a.js","https://elsewhere.example/x.js","/assets/a b.js",3]}')]).toEqual([
      ['/', '</assets/Today-1a.js>; rel=modulepreload'],
    ]);
    // A page's style sheet starts as the style sheet the app's loader adds later (same mode, so one download).
    expect([...hints('{"/":["/assets/Today-1a.js","/assets/today-4d.css","/assets/x.html"]}')]).toEqual([
      ['/', '</assets/Today-1a.js>; rel=modulepreload, </assets/today-4d.css>; rel=preload; as=style; crossorigin'],
    ]);
    expect(hints('{"/": [')).toEqual(new Map());
    expect(hints('null')).toEqual(new Map());
    expect(firstPageLinks('<script src="/x.js"></script>')).toEqual(new Map());
  });

  it("falls back to index.html for the app's own routes when the browser asks for HTML", async () => {
    const response = await app.inject({ method: 'GET', url: '/checkin/2026-11-25?x=1', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Veerkracht</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers JSON 404 for unknown API routes, missing files and non-GET requests', async () => {
    for (const request of [
      { method: 'GET' as const, url: '/api/v1/nothing', headers: html },
      { method: 'GET' as const, url: '/api', headers: html },
      { method: 'GET' as const, url: '/assets/missing-123.js' },
      { method: 'POST' as const, url: '/somewhere', headers: html },
      { method: 'DELETE' as const, url: '/api/v1/sync' },
    ]) {
      const response = await app.inject(request);
      expect(response.statusCode, request.url).toBe(404);
      expect(response.json(), request.url).toEqual({ error: 'not_found', message: expect.any(String) });
      // A missing asset gets the assets' CSP, which allows nothing at all.
      const csp = request.url.startsWith('/assets/') ? "default-src 'none';frame-ancestors 'none'" : CSP;
      expect(response.headers['content-security-policy'], request.url).toBe(csp);
    }
  });

  it('says to run npm run build when there is no built web app, while the API keeps working', async () => {
    const bare = buildApp({ db: test.database, logger: false, webDist: join(dist, 'does-not-exist') });
    try {
      const page = await bare.inject({ method: 'GET', url: '/', headers: html });
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('npm run build');
      expect(page.headers['content-security-policy']).toBe(CSP);
      expect((await bare.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await bare.close();
    }
  });

  it('finds apps/web/dist beside the server by default', () => {
    expect(defaultWebDist().split(/[\\/]/).slice(-3)).toEqual(['apps', 'web', 'dist']);
    expect(cacheControlFor(join('assets', 'x.css'))).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('icon-192.png')).toBe('no-cache');
  });
});
