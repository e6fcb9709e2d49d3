import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { PrivacyService } from './privacyService.js';

/**
 * Asks every `tickMs` whether the retention purge is due and runs it when
 * this process can claim it (the job row in `scheduled_jobs` gives it to one
 * process at a time). A failing round is logged and tried again next round;
 * it never ends the process. `stop` waits for a round in progress.
 */
export class PurgeWorker {
  readonly id = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly privacy: PrivacyService,
    private readonly tickMs: number,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.runOnce(), this.tickMs);
    this.timer.unref();
    this.runOnce();
  }

  runOnce(): void {
    if (this.running !== undefined) return;
    this.running = this.privacy
      .purgeWhenDue(this.id)
      .then((result) => {
        // Counts only: which patients were erased is in erasure_log, by pseudonym.
        if (result && result.purged > 0) this.log.info({ purged: result.purged }, 'retention purge');
      })
      .catch((error: unknown) => {
        this.log.warn({ err: error }, 'retention purge failed; trying again next round');
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
