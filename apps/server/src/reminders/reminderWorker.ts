import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { ReminderService } from './reminderService.js';

/**
 * Runs the reminder service's `tick` every `tickMs` in this process. Several
 * processes may run one each: the job table hands every job to one of them.
 * A failing round (the database away) is logged and the next round tries
 * again; it never ends the process. `stop` waits for a round in progress.
 */
export class ReminderWorker {
  readonly id = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly reminders: ReminderService,
    private readonly tickMs: number,
    private readonly log: FastifyBaseLogger,
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
    this.running = this.reminders
      .tick(this.id)
      .then((result) => {
        if (result.claimed > 0 || result.planned > 0) this.log.info({ reminders: result }, 'reminder round');
      })
      .catch((error: unknown) => {
        this.log.warn({ err: error }, 'reminder round failed; trying again next round');
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
