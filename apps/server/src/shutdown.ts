import type { FastifyInstance } from 'fastify';

/** Once the server has closed, the database gets this long to close before it is given up on. */
export const DATABASE_CLOSE_GRACE_MS = 2_000;

export type ShutdownOutcome = {
  /** Connections destroyed at the deadline because their requests had not finished. */
  cutConnections: number;
  /** False when the database did not close within {@link DATABASE_CLOSE_GRACE_MS}. */
  databaseClosed: boolean;
};

function openConnections(app: FastifyInstance): Promise<number> {
  return new Promise((resolve) => app.server.getConnections((error, count) => resolve(error ? 0 : count)));
}

/**
 * Stops the server gracefully, within `deadlineMs`: no new connections;
 * idle keep-alive connections close at once; requests in flight get their
 * answers (see `installDrain`); at the deadline, connections still open are
 * destroyed. Then the database closes; a database that hangs is given up on
 * after {@link DATABASE_CLOSE_GRACE_MS} more, so the process always ends.
 */
export async function closeGracefully(
  app: FastifyInstance,
  database: { close(): Promise<void> },
  deadlineMs: number,
): Promise<ShutdownOutcome> {
  let cutConnections = 0;
  const deadline = setTimeout(() => {
    void openConnections(app).then((count) => {
      cutConnections = count;
      if (count > 0) app.log.warn({ deadlineMs, connections: count }, 'shutdown deadline passed: closing connections');
      app.server.closeAllConnections();
    });
  }, deadlineMs);
  try {
    await app.close();
  } finally {
    clearTimeout(deadline);
  }
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_CLOSE_GRACE_MS);
  });
  try {
    const databaseClosed = await Promise.race([database.close().then(() => true), gaveUp]);
    return { cutConnections, databaseClosed };
  } finally {
    clearTimeout(timer);
  }
}
