import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this go out as they are: compressing would save less than a packet. */
export const COMPRESS_MIN_BYTES = 1024;

/** Made per request, so fast settings: brotli 4 and gzip 6 compress about as well as gzip 9 at a fraction of the time. */
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 6;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Answers made by route handlers that are worth compressing (static files come precompressed). */
const COMPRESSIBLE_TYPE =
  /^(application\/(json|problem\+json|fhir\+json|javascript|manifest\+json)|text\/|image\/svg\+xml)/i;

/**
 * The encoding to answer with for an `Accept-Encoding` header: brotli when
 * acceptable, else gzip, else none (`*` counts for both; `q=0` refuses one).
 *
 * @example
 * chooseEncoding('gzip, deflate, br') // 'br'
 * chooseEncoding('br;q=0, gzip') // 'gzip'
 * chooseEncoding(undefined) // null
 */
export function chooseEncoding(header: string | string[] | undefined): Encoding | null {
  if (header === undefined) return null;
  const quality = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q' && value !== undefined) q = Number(value);
    }
    quality.set(name.trim(), Number.isFinite(q) ? q : 0);
  }
  const accepts = (name: Encoding) => (quality.get(name) ?? quality.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

/** Adds `Accept-Encoding` to a `Vary` header value, once. */
export function varyOnAcceptEncoding(vary: string | number | string[] | undefined): string {
  const current = vary === undefined ? '' : Array.isArray(vary) ? vary.join(', ') : String(vary);
  if (current.split(',').some((name) => ['accept-encoding', '*'].includes(name.trim().toLowerCase()))) return current;
  return current === '' ? 'Accept-Encoding' : `${current}, Accept-Encoding`;
}

/** Compresses `body` with `encoding`, off the event loop (zlib's thread pool). */
export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'br') {
    return brotliAsync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  return gzipAsync(body, { level: GZIP_LEVEL });
}

/**
 * Compresses answers of route handlers (JSON, HTML) of at least
 * {@link COMPRESS_MIN_BYTES}, by the request's `Accept-Encoding`, and says
 * `Vary: Accept-Encoding` on every answer that could have been compressed.
 * Streams (static files, served precompressed by the web app) and answers that
 * already carry a `Content-Encoding` pass untouched.
 */
export function installCompression(app: FastifyInstance): void {
  // A callback hook, not an async one: most answers are small and pass at the cost of a few checks.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    if (reply.hasHeader('content-encoding') || reply.statusCode === 204 || reply.statusCode === 304) {
      return done(null, payload);
    }
    if (!COMPRESSIBLE_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return done(null, payload);
    // Measured without copying: most answers are small and go out as the string they are.
    const size = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
    if (size < COMPRESS_MIN_BYTES) return done(null, payload);
    reply.header('vary', varyOnAcceptEncoding(reply.getHeader('vary')));
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (encoding === null) return done(null, payload);
    compress(typeof payload === 'string' ? Buffer.from(payload) : payload, encoding).then(
      (compressed) => {
        reply.header('content-encoding', encoding);
        reply.removeHeader('content-length');
        done(null, compressed);
      },
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  });
}
