import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { migrateToLatest } from '../db/migrate.js';
import { createSqliteTestDatabase, type TestDatabase } from '../testing/databases.js';
import { checkIn, createPatient, NO_RATE_LIMITS, recordId, TestClock } from '../testing/fixtures.js';
import { chooseEncoding, varyOnAcceptEncoding } from './compression.js';

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
/** Big enough to be worth compressing, like a real bundle. */
const SCRIPT = `export const words = [${Array.from({ length: 400 }, (_, i) => `"word ${i}"`).join(', ')}];\n`;
const INDEX = `<!doctype html><html lang="nl"><title>Veerkracht</title><script type="module" src="/assets/app-abc123.js"></script>${'<!-- padding -->'.repeat(100)}</html>`;
const SW = `self.addEventListener('fetch', () => {}); // ${'precache '.repeat(200)}`;

/** Writes `name` and its `.br` and `.gz` copies, as the web build does. */
function writeWithCopies(dist: string, name: string, content: string): void {
  writeFileSync(join(dist, name), content);
  writeFileSync(join(dist, `${name}.br`), brotliCompressSync(content));
  writeFileSync(join(dist, `${name}.gz`), gzipSync(content));
}

function decode(encoding: string | undefined, body: Buffer): string {
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  return body.toString('utf8');
}

describe('compressed answers', () => {
  let test: TestDatabase;
  let dist: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    test = createSqliteTestDatabase();
    await migrateToLatest(test.database.db);
    dist = mkdtempSync(join(tmpdir(), 'veerkracht-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeWithCopies(dist, 'index.html', INDEX);
    writeWithCopies(dist, join('assets', 'app-abc123.js'), SCRIPT);
    writeWithCopies(dist, 'sw.js', SW);
    writeFileSync(join(dist, 'registerSW.js'), 'navigator.serviceWorker.register("/sw.js")');
    app = buildApp({
      db: test.database,
      logger: false,
      webDist: dist,
      clock: new TestClock(),
      rateLimits: NO_RATE_LIMITS,
    });
  });
  afterAll(async () => {
    await app.close();
    await test.drop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli copy of a built file to a browser that accepts br, with Content-Encoding and Vary', async () => {
    const response = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decode('br', response.rawPayload)).toBe(SCRIPT);
  });

  it('sends the gzip copy to a client that accepts only gzip', async () => {
    const response = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(decode('gzip', response.rawPayload)).toBe(SCRIPT);
  });

  it('sends the plain file to a client without Accept-Encoding, still saying Vary', async () => {
    const response = await app.inject({ url: '/assets/app-abc123.js' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.body).toBe(SCRIPT);
  });

  it('serves the pages compressed too: index.html and the fallback for app routes', async () => {
    for (const url of ['/', '/index.html', '/check-in']) {
      const response = await app.inject({ url, headers: { ...html, 'accept-encoding': 'br' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(decode('br', response.rawPayload), url).toBe(INDEX);
    }
  });

  it('keeps the service worker revalidated on every load when it goes out compressed', async () => {
    const response = await app.inject({ url: '/sw.js', headers: { 'accept-encoding': 'br' } });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(decode('br', response.rawPayload)).toBe(SW);
  });

  it('keeps the CSP and the other security headers on compressed answers', async () => {
    for (const [url, csp] of [
      ['/', "script-src 'self'"],
      ['/assets/app-abc123.js', "default-src 'none'"],
    ] as const) {
      const response = await app.inject({ url, headers: { ...html, 'accept-encoding': 'br' } });
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['content-security-policy'], url).toContain(csp);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
    }
  });

  it('sends a small JSON answer uncompressed, whatever the client accepts', async () => {
    const response = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toMatchObject({ status: 'ok' });
  });

  it('compresses a big sync pull with brotli or gzip, as accepted, and it decodes to the same records', async () => {
    const patient = await createPatient(app);
    const changes = Array.from({ length: 50 }, (_, i) => checkIn(i + 1, { pain: i % 11 }));
    const push = await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: patient.auth,
      payload: { cursor: 0, changes },
    });
    expect(push.statusCode).toBe(200);
    const plain = await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: patient.auth,
      payload: { cursor: 0 },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    for (const encoding of ['br', 'gzip']) {
      const pull = await app.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { ...patient.auth, 'accept-encoding': encoding },
        payload: { cursor: 0 },
      });
      expect(pull.statusCode).toBe(200);
      expect(pull.headers['content-encoding']).toBe(encoding);
      expect(pull.headers.vary).toBe('Accept-Encoding');
      expect(pull.headers['cache-control']).toBe('no-store');
      expect(pull.headers['content-security-policy']).toContain("default-src 'self'");
      expect(pull.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      const body = JSON.parse(decode(encoding, pull.rawPayload)) as { changes: { id: string }[] };
      expect(body.changes.map((change) => change.id)).toEqual(changes.map((_, i) => recordId(i + 1)));
      expect(decode(encoding, pull.rawPayload)).toBe(plain.body);
    }
  });
});

describe('choosing an encoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and the wildcard', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*, br;q=0')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it('adds Accept-Encoding to Vary once', () => {
    expect(varyOnAcceptEncoding(undefined)).toBe('Accept-Encoding');
    expect(varyOnAcceptEncoding('Origin')).toBe('Origin, Accept-Encoding');
    expect(varyOnAcceptEncoding('accept-encoding')).toBe('accept-encoding');
  });
});
