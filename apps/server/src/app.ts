import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import { MAX_BODY_BYTES } from '@veerkracht/contract';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import { type Clock, systemClock } from './clock.js';
import type { Database } from './db/database.js';
import { AppError } from './errors.js';
import { healthRoutes } from './health/healthRoutes.js';
import { createHealthService } from './health/healthService.js';
import { installAuth } from './http/auth.js';
import { installCompression } from './http/compression.js';
import { installErrorHandler } from './http/errors.js';
import { installJsonParser } from './http/jsonParser.js';
import { buildOpenApiDocument } from './http/openapi.js';
import { installSecurityHeaders } from './http/security.js';
import { installWebApp } from './http/webApp.js';
import { KyselyPatientRepository } from './patients/patientRepository.js';
import { type PatientRoutesOptions, patientRoutes } from './patients/patientRoutes.js';
import { createPatientService } from './patients/patientService.js';
import type { RandomBytes } from './patients/secrets.js';
import { KyselyRecordRepository } from './sync/recordRepository.js';
import { syncRoutes } from './sync/syncRoutes.js';
import { createSyncService } from './sync/syncService.js';

export type RateLimits = PatientRoutesOptions['rateLimits'];

/** Per-IP limits: restore guards the recovery code; creating patients is generous but bounded. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  restore: { max: 10, timeWindowMs: 15 * 60 * 1000 },
  createPatient: { max: 30, timeWindowMs: 60 * 60 * 1000 },
};

/** Largest request body (the contract's limit): 500 changes of a normal size fit easily. */
export const BODY_LIMIT_BYTES = MAX_BODY_BYTES;

export type LoggerOptions = {
  level?: string;
  /** Where log lines go (default stdout); tests pass a stream to read them. */
  stream?: { write(line: string): void };
};

export type AppOptions = {
  db: Database;
  clock?: Clock;
  /** `false` (the default) logs nothing. */
  logger?: LoggerOptions | false;
  /** Folder of the built web app; `null` serves none. Default: apps/web/dist beside this server. */
  webDist?: string | null;
  rateLimits?: Partial<RateLimits>;
  /** Trust X-Forwarded-For (behind a reverse proxy), so rate limits see the client's address. */
  trustProxy?: boolean;
  /** Random bytes for ids and secrets (tests make them predictable). */
  random?: RandomBytes;
};

/** Headers that must never reach a log line. */
const REDACTED = ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'];

/** The server's version, from its package.json (one folder above src/ and dist/). */
export function serverVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** The built web app beside this server: apps/web/dist, from apps/server/dist or apps/server/src. */
export function defaultWebDist(): string {
  return fileURLToPath(new URL('../../web/dist', import.meta.url));
}

function loggerConfig(logger: LoggerOptions | false | undefined): FastifyServerOptions['logger'] {
  if (!logger) return false;
  return {
    level: logger.level ?? 'info',
    redact: { paths: REDACTED, censor: '[redacted]' },
    ...(logger.stream ? { stream: logger.stream } : {}),
  };
}

function rateLimitError(_request: unknown, context: { after: string; max: number }): AppError {
  return new AppError(
    429,
    'rate_limited',
    `too many attempts from this address (at most ${context.max}); try again in ${context.after}`,
  );
}

/**
 * The whole HTTP application, not yet listening: tests call `app.inject`,
 * the CLI calls `app.listen`. The database must already be migrated.
 */
export function buildApp(options: AppOptions): FastifyInstance {
  const clock = options.clock ?? systemClock;
  const version = serverVersion();
  const rateLimits: RateLimits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const webDist = options.webDist === undefined ? defaultWebDist() : options.webDist;

  const app = Fastify({
    logger: loggerConfig(options.logger),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    return503OnClosing: true,
  });

  const patients = createPatientService({
    patients: new KyselyPatientRepository(options.db.db),
    clock,
    ...(options.random ? { random: options.random } : {}),
  });
  const sync = createSyncService({ records: new KyselyRecordRepository(options.db), clock });
  const health = createHealthService({ database: options.db, version });
  // Built on first request: converting the schemas costs start-up time that no probe needs.
  let openApi: ReturnType<typeof buildOpenApiDocument> | undefined;

  installErrorHandler(app);
  installJsonParser(app);
  installAuth(app);
  installSecurityHeaders(app);
  installCompression(app);

  const routes: FastifyPluginAsync = async (root) => {
    await root.register(rateLimit, {
      global: false,
      errorResponseBuilder: rateLimitError,
    });
    await root.register(healthRoutes, { health });
    await root.register(patientRoutes, { patients, rateLimits });
    await root.register(syncRoutes, { patients, sync });
    root.get('/api/openapi.json', async () => {
      openApi ??= buildOpenApiDocument(version);
      return openApi;
    });
    await installWebApp(root, webDist);
  };
  // Not awaited: Fastify loads plugins in order when the app starts (inject, listen or ready).
  void app.register(routes);

  return app;
}
