import type { FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ReminderService } from './reminderService.js';
import { ReminderWorker } from './reminderWorker.js';

describe('the reminder worker', () => {
  it('logs a failing round (the database away) and tries again in the next one, never ending the process', async () => {
    let rounds = 0;
    const warnings: unknown[] = [];
    const service = {
      tick: async () => {
        rounds += 1;
        if (rounds === 1) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        return { planned: 0, claimed: 1, sent: 1, retried: 0, failed: 0, noChannel: 0 };
      },
    } as unknown as ReminderService;
    const log = {
      warn: (entry: unknown) => warnings.push(entry),
      info: () => undefined,
    } as unknown as FastifyBaseLogger;
    const worker = new ReminderWorker(service, 5, log);
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await worker.stop();
    expect(rounds).toBeGreaterThanOrEqual(2);
    expect(warnings).toHaveLength(1);
    const after = rounds;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(rounds).toBe(after);
  });
});
