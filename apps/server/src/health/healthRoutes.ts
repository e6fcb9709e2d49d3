import type { FastifyBaseLogger, FastifyPluginAsync, FastifyReply } from 'fastify';
import type { HealthReport, HealthService } from './healthService.js';

function answer(report: HealthReport, reply: FastifyReply, log: FastifyBaseLogger) {
  if (report.error) log.warn({ err: report.error }, 'health probe failed');
  return reply
    .code(report.ok ? 200 : 503)
    .header('cache-control', 'no-store')
    .send(report.body);
}

/** `GET /api/health` (liveness) and `GET /api/ready` (readiness): 200 or 503. */
export const healthRoutes: FastifyPluginAsync<{ health: HealthService }> = async (app, { health }) => {
  app.get('/api/health', async (request, reply) => answer(await health.health(), reply, request.log));
  app.get('/api/ready', async (request, reply) => answer(await health.readiness(), reply, request.log));
};
