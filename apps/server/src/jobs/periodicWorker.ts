import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';

/**
 * Runs one round of background work every `tickMs` in this process (the
 * reminders, the retention purge). Several processes may run one each: the
 * job rows in the database hand each piece of work to one of them, by this
 * worker's `id`. A failing round (the database away) is logged and the next
 * round tries again; it never ends the process. `stop` waits for a round in
 * progress.
 *
 * @example
 * const worker = new PeriodicWorker('reminder round', 30_000, log, (id) => reminders.tick(id).then(() => undefined));
 * worker.start(); // … on shutdown: await worker.stop();
 */
export class PeriodicWorker {
  readonly id = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly what: string,
    private readonly tickMs: number,
    private readonly log: FastifyBaseLogger,
    private readonly round: (workerId: string) => Promise<void>,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.runOnce(), this.tickMs);
    // The worker alone never keeps the process alive.
    this.timer.unref();
    this.runOnce();
  }

  /** One round now, unless one is still running. */
  runOnce(): void {
    if (this.running !== undefined) return;
    this.running = this.round(this.id)
      .catch((error: unknown) => {
        this.log.warn({ err: error }, `${this.what} failed; trying again next round`);
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
