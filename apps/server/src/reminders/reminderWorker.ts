import type { FastifyBaseLogger } from 'fastify';
import { PeriodicWorker } from '../jobs/periodicWorker.js';
import type { ReminderService } from './reminderService.js';

/** The reminder service's `tick` every `tickMs` in this process (see `PeriodicWorker`). */
export class ReminderWorker extends PeriodicWorker {
  constructor(reminders: ReminderService, tickMs: number, log: FastifyBaseLogger) {
    super('reminder round', tickMs, log, async (workerId) => {
      const result = await reminders.tick(workerId);
      if (result.claimed > 0 || result.planned > 0) log.info({ reminders: result }, 'reminder round');
    });
  }
}
