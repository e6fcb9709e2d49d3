import type { FastifyInstance } from 'fastify';

/**
 * JSON bodies, parsed by Fastify's own parser (which refuses `__proto__` and
 * `constructor.prototype` keys) except that an empty body counts as no body:
 * `POST /api/v1/patients` with `Content-Type: application/json` and nothing
 * else is a normal request. JSON is the only body type the API accepts: the
 * default text/plain parser is removed, so any other body is a 415.
 */
export function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    // Fastify's default parser is the callback kind: it answers through `done` and returns nothing to await.
    void parse(request, text, done);
  });
}
