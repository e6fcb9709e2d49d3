import type { FastifyInstance } from 'fastify';

/**
 * How long a closing server still accepts connections. A client that
 * connected just before the signal may still be in the kernel's accept queue,
 * and closing the listener resets it after its request was sent (10 of 16
 * such requests in the chaos test): a quarter second takes them in.
 */
export const ACCEPT_GRACE_MS = 250;

/**
 * Makes `app.close()` drain cleanly, together with Fastify's
 * `return503OnClosing: false` (requests that reach an open connection while
 * closing are served, with `Connection: close`):
 *
 * - idle keep-alive connections close at once;
 * - for {@link ACCEPT_GRACE_MS} the listener stays open, so connections the
 *   kernel has already accepted are answered rather than reset;
 * - every answer sent while closing says `Connection: close`, so a request in
 *   flight when closing began frees its connection after its answer instead
 *   of leaving it idle until the keep-alive timeout (Node's `server.close()`
 *   closes only the connections idle at that moment).
 */
export function installDrain(app: FastifyInstance): void {
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
    // An app that only answered `inject` has no connections to drain.
    if (!app.server.listening) return;
    app.server.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, ACCEPT_GRACE_MS));
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (draining) reply.header('connection', 'close');
    done(null, payload);
  });
}
