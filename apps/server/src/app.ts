import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import { MAX_BODY_BYTES } from '@veerkracht/contract';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import { AccessLog } from './accessLog/accessLog.js';
import { type Clock, systemClock } from './clock.js';
import { DEFAULT_VAPID_SUBJECT } from './config/env.js';
import type { Database } from './db/database.js';
import { healthRoutes } from './health/healthRoutes.js';
import { createHealthService } from './health/healthService.js';
import { RecentFaults } from './health/recentFaults.js';
import { installAuth } from './http/auth.js';
import { installBodyAdmission } from './http/bodyAdmission.js';
import { installCompression } from './http/compression.js';
import {
  type ConnectionLimits,
  connectionOptions,
  DEFAULT_CONNECTION_LIMITS,
  limitConnectionsPerAddress,
} from './http/connections.js';
import { installDrain } from './http/drain.js';
import { installErrorHandler } from './http/errors.js';
import { installJsonParser } from './http/jsonParser.js';
import { buildOpenApiDocument } from './http/openapi.js';
import { refuseSecretsInQuery, serializeRequest } from './http/querySecrets.js';
import { type HstsMode, installSecurityHeaders } from './http/security.js';
import { installWebApp } from './http/webApp.js';
import { LinkRepository } from './links/linkRepository.js';
import { linkRoutes } from './links/linkRoutes.js';
import { createLinkService } from './links/linkService.js';
import { DeviceTokenCache } from './patients/deviceTokenCache.js';
import { passkeyRoutes } from './patients/passkeyRoutes.js';
import { createPatientPasskeyService } from './patients/patientPasskeys.js';
import { KyselyPatientRepository } from './patients/patientRepository.js';
import { type PatientRoutesOptions, patientRoutes } from './patients/patientRoutes.js';
import { createPatientService } from './patients/patientService.js';
import type { RandomBytes } from './patients/secrets.js';
import { ErasureRepository } from './privacy/erasureRepository.js';
import { privacyRoutes } from './privacy/privacyRoutes.js';
import { createPrivacyService } from './privacy/privacyService.js';
import { PurgeWorker } from './privacy/purgeWorker.js';
import { type RateLimit, RateLimiter } from './rateLimits/rateLimiter.js';
import { KyselyRateLimitRepository } from './rateLimits/rateLimitRepository.js';
import { DEFAULT_PUSH_SERVICE_ORIGINS, type PushSender, webPushSender } from './reminders/pushSender.js';
import { ReminderRepository } from './reminders/reminderRepository.js';
import { reminderRoutes } from './reminders/reminderRoutes.js';
import { createReminderService, type ReminderConfig, type ReminderService } from './reminders/reminderService.js';
import { ReminderWorker } from './reminders/reminderWorker.js';
import { createPasskeyService } from './staff/passkeys.js';
import { StaffRepository } from './staff/staffRepository.js';
import { staffRoutes } from './staff/staffRoutes.js';
import { createStaffService, DEFAULT_STAFF_LIMITS, type StaffLimits } from './staff/staffService.js';
import { KyselyRecordRepository } from './sync/recordRepository.js';
import { DEFAULT_SYNC_LIMITS, SyncAdmission, type SyncLimits } from './sync/syncAdmission.js';
import { syncRoutes } from './sync/syncRoutes.js';
import { createSyncService, type StorageQuota } from './sync/syncService.js';
import { ATTENTION_TYPES } from './workspace/sharedRecords.js';
import { WorkspaceRepository } from './workspace/workspaceRepository.js';
import { workspaceRoutes } from './workspace/workspaceRoutes.js';
import { createWorkspaceService } from './workspace/workspaceService.js';

export type RateLimits = PatientRoutesOptions['rateLimits'] & {
  /** Failed restores per recovery code, from any address (decision 0024). */
  restoreFailuresPerCode: RateLimit;
  /** Staff setup and sign-in attempts per address. */
  staffSignIn: RateLimit;
  /** Invite codes previewed or used per address. */
  inviteCode: RateLimit;
} & Partial<StaffLimits> & { inviteFailuresPerPatient?: RateLimit };

/**
 * Per-IP limits: restore guards the recovery code; creating patients is
 * generous but bounded. Plus a ceiling on failed restores per code, whatever
 * the address. Counted in the database, so they survive restarts.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  restore: { max: 10, timeWindowMs: 15 * 60 * 1000 },
  createPatient: { max: 30, timeWindowMs: 60 * 60 * 1000 },
  restoreFailuresPerCode: { max: 10, timeWindowMs: 60 * 60 * 1000 },
  staffSignIn: { max: 20, timeWindowMs: 15 * 60 * 1000 },
  inviteCode: { max: 30, timeWindowMs: 15 * 60 * 1000 },
};

/**
 * Which proxies to believe about the client's address (X-Forwarded-For):
 * `false` none, a number of proxy hops in front of the server, or the
 * proxies' addresses/CIDRs. Never "all": then a client picks its own address.
 */
export type TrustProxy = false | number | readonly string[];

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
  /** Which reverse proxies to trust for X-Forwarded-For, so rate limits see the client's address. */
  trustProxy?: TrustProxy;
  /** Random bytes for ids and secrets (tests make them predictable). */
  random?: RandomBytes;
  /** Timeouts for slow clients and connections per address; defaults as in {@link DEFAULT_CONNECTION_LIMITS}. */
  connections?: Partial<ConnectionLimits>;
  /** When to send Strict-Transport-Security (default `auto`: only over TLS). */
  hsts?: HstsMode;
  /** SQLite: how long a sync waits for a write lock another process holds, then 503 (default 2 s). */
  sqliteLockWaitMs?: number;
  /** Sync concurrency and rate per device token and per patient (429 beyond). */
  syncLimits?: Partial<SyncLimits>;
  /** Most a patient may store (413 beyond); default 100,000 records and 50 MB of data (syncService.ts). */
  storageQuota?: StorageQuota;
  /** Reminders: allowed push services, the VAPID contact, the sender (tests: a local one), and the worker's round. */
  reminders?: Partial<ReminderConfig> & { sender?: PushSender; workerTickMs?: number | false };
  /** Retention (decision 0034): days for patients who never linked, and how often to ask whether the purge is due. */
  retention?: { unlinkedDays?: number; purgeTickMs?: number | false };
};

declare module 'fastify' {
  interface FastifyInstance {
    /** The reminder service of this app (the worker's rounds; tests drive it with their own clock). */
    reminders: ReminderService;
  }
}

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
    // The path without its query string: a client may put a secret there.
    serializers: { req: serializeRequest },
    ...(logger.stream ? { stream: logger.stream } : {}),
  };
}

/**
 * {@link TrustProxy} in Fastify's terms. The client is then the rightmost
 * untrusted X-Forwarded-For address. Fastify (5.12) reads a bare number as
 * "trust nothing", so a hop count becomes a function trusting the first
 * `hops` addresses from the socket inwards (hop 0 is the socket's peer).
 */
function fastifyTrustProxy(trust: TrustProxy): FastifyServerOptions['trustProxy'] {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address: string, hop: number) => hop < trust;
  return [...trust];
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

  const connections: ConnectionLimits = { ...DEFAULT_CONNECTION_LIMITS, ...options.connections };

  const app = Fastify({
    logger: loggerConfig(options.logger),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    // While closing, requests on connections still open are served (with Connection: close), not refused: see installDrain.
    return503OnClosing: false,
    ...connectionOptions(connections),
  });
  limitConnectionsPerAddress(app.server, connections.maxConnectionsPerAddress, app.log);
  installDrain(app);

  const limiter = new RateLimiter(new KyselyRateLimitRepository(options.db.db), clock);
  // One process owns a SQLite file, so it can keep device tokens in memory; PostgreSQL may be shared by several
  // processes, and each reads the token every time (decision 0039).
  const tokenCache = options.db.dialect === 'sqlite' ? new DeviceTokenCache() : undefined;
  const patients = createPatientService({
    patients: new KyselyPatientRepository(options.db.db),
    clock,
    restoreFailures: { limiter, limit: rateLimits.restoreFailuresPerCode },
    ...(tokenCache ? { tokenCache } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const patientPasskeys = createPatientPasskeyService({
    db: options.db.db,
    clock,
    patients,
    ...(options.random ? { random: options.random } : {}),
  });
  const sync = createSyncService({
    records: new KyselyRecordRepository(options.db, { lockWaitMs: options.sqliteLockWaitMs }),
    clock,
    ...(options.storageQuota ? { quota: options.storageQuota } : {}),
    // The workspace is made below with this sync service; by the first sync it exists.
    attention: {
      types: ATTENTION_TYPES,
      markedStale: (patientId) => workspace.remakeSourceSoon(patientId),
    },
  });
  const reminders = createReminderService({
    repo: new ReminderRepository(options.db.db, options.db.dialect),
    clock,
    sender: options.reminders?.sender ?? webPushSender,
    config: {
      pushServiceOrigins: options.reminders?.pushServiceOrigins ?? DEFAULT_PUSH_SERVICE_ORIGINS,
      vapidSubject: options.reminders?.vapidSubject ?? DEFAULT_VAPID_SUBJECT,
    },
    ...(options.random ? { random: options.random } : {}),
  });
  app.decorate('reminders', reminders);
  const tickMs = options.reminders?.workerTickMs ?? false;
  if (tickMs !== false) {
    const worker = new ReminderWorker(reminders, tickMs, app.log);
    app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', async () => worker.stop());
  }
  const accessLog = new AccessLog(options.db.db, clock);
  const staffLimits: Partial<StaffLimits> = {
    ...(rateLimits.secondFactorFailures ? { secondFactorFailures: rateLimits.secondFactorFailures } : {}),
    ...(rateLimits.signInFailuresPerEmail ? { signInFailuresPerEmail: rateLimits.signInFailuresPerEmail } : {}),
  };
  const staff = createStaffService({
    repo: new StaffRepository(options.db.db),
    accessLog,
    clock,
    limiter,
    limits: staffLimits,
    ...(options.random ? { random: options.random } : {}),
  });
  const passkeys = createPasskeyService({
    db: options.db.db,
    clock,
    limiter,
    limit: staffLimits.secondFactorFailures ?? DEFAULT_STAFF_LIMITS.secondFactorFailures,
    promote: (context) => staff.promote(context),
  });
  const linkRepository = new LinkRepository(options.db.db);
  const workspace = createWorkspaceService({
    repo: new WorkspaceRepository(options.db.db),
    sync,
    links: linkRepository,
    accessLog,
    clock,
    log: app.log,
    ...(options.random ? { random: options.random } : {}),
  });
  const links = createLinkService({
    repo: linkRepository,
    accessLog,
    clock,
    limiter,
    ...(rateLimits.inviteFailuresPerPatient
      ? { limits: { inviteFailuresPerPatient: rateLimits.inviteFailuresPerPatient } }
      : {}),
    ...(options.random ? { random: options.random } : {}),
    onLinked: async (patientId) => {
      await workspace.refresh(patientId);
    },
  });
  const privacy = createPrivacyService({
    repo: new ErasureRepository(options.db.db, options.db.dialect, accessLog),
    clock,
    ...(options.retention?.unlinkedDays ? { unlinkedRetentionDays: options.retention.unlinkedDays } : {}),
    ...(options.random ? { random: options.random } : {}),
    onErased: (patientIds) => {
      for (const patientId of patientIds) tokenCache?.forgetPatient(patientId);
    },
  });
  const purgeTickMs = options.retention?.purgeTickMs ?? false;
  if (purgeTickMs !== false) {
    const purgeWorker = new PurgeWorker(privacy, purgeTickMs, app.log);
    app.addHook('onReady', async () => purgeWorker.start());
    app.addHook('onClose', async () => purgeWorker.stop());
  }
  const admission = new SyncAdmission({ ...DEFAULT_SYNC_LIMITS, ...options.syncLimits }, clock);
  const faults = new RecentFaults(clock);
  const health = createHealthService({ database: options.db, version, faults });
  // Built on first request: converting the schemas costs start-up time that no probe needs.
  let openApi: ReturnType<typeof buildOpenApiDocument> | undefined;

  installErrorHandler(app, (kind) => faults.note(kind));
  // A write that went through means the disk has room again.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'POST' && reply.statusCode < 300) faults.writeSucceeded();
  });
  installJsonParser(app);
  installAuth(app);
  app.decorateRequest('staff', null);
  void app.register(fastifyCookie);
  installSecurityHeaders(app, options.hsts);
  refuseSecretsInQuery(app);
  // After the hooks every answer needs; refuses unknown routes and oversized bodies before reading them.
  installBodyAdmission(app);
  installCompression(app);

  const routes: FastifyPluginAsync = async (root) => {
    await root.register(healthRoutes, { health });
    await root.register(patientRoutes, { patients, limiter, rateLimits });
    await root.register(passkeyRoutes, { patients, passkeys: patientPasskeys, limiter, rateLimits });
    await root.register(syncRoutes, { patients, sync, admission, listeners: [reminders] });
    await root.register(staffRoutes, { staff, passkeys, limiter, rateLimits: { signIn: rateLimits.staffSignIn } });
    await root.register(linkRoutes, {
      patients,
      staff,
      links,
      accessLog,
      limiter,
      rateLimits: { inviteCode: rateLimits.inviteCode },
    });
    await root.register(workspaceRoutes, { staff, workspace });
    await root.register(reminderRoutes, { patients, reminders });
    await root.register(privacyRoutes, { patients, staff, privacy });
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
