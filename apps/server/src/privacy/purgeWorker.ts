import type { FastifyBaseLogger } from 'fastify';
import { PeriodicWorker } from '../jobs/periodicWorker.js';
import type { PrivacyService } from './privacyService.js';

/**
 * Asks every `tickMs` whether the retention purge is due and runs it when
 * this process can claim it (the job row in `scheduled_jobs` gives it to one
 * process at a time; see `PeriodicWorker`).
 */
export class PurgeWorker extends PeriodicWorker {
  constructor(privacy: PrivacyService, tickMs: number, log: FastifyBaseLogger) {
    super('retention purge', tickMs, log, async (workerId) => {
      const result = await privacy.purgeWhenDue(workerId);
      // Counts only: which patients were erased is in erasure_log, by pseudonym.
      if (result && result.purged > 0) log.info({ purged: result.purged }, 'retention purge');
    });
  }
}
