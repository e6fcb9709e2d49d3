import { isIP } from 'node:net';
import type { RateLimits, TrustProxy } from '../app.js';
import { type ConnectionLimits, DEFAULT_CONNECTION_LIMITS } from '../http/connections.js';
import { HSTS_MODES, type HstsMode } from '../http/security.js';
import { DEFAULT_UNLINKED_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../privacy/privacyService.js';
import { DEFAULT_PUSH_SERVICE_ORIGINS } from '../reminders/pushSender.js';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from '../sync/syncAdmission.js';
import { DEFAULT_STORAGE_QUOTA, type StorageQuota } from '../sync/syncService.js';

/** A setting that cannot be used; its message names the variable and says what is expected. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: string;
  webDist: string | undefined;
  trustProxy: TrustProxy;
  rateLimits: RateLimits;
  connections: ConnectionLimits;
  /** How long a shutdown waits for requests in flight before it closes their connections. */
  shutdownTimeoutMs: number;
  hsts: HstsMode;
  syncLimits: SyncLimits;
  storageQuota: StorageQuota;
  reminders: { pushServiceOrigins: readonly string[]; vapidSubject: string; workerTickMs: number | false };
  /** Retention (decision 0034): days for patients who never linked to a practice, and the purge worker's round. */
  retention: { unlinkedDays: number; purgeTickMs: number | false };
};

/** Five seconds: requests here take milliseconds, and Docker sends SIGKILL ten seconds after SIGTERM. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 5_000;

const HOUR_MS = 60 * 60 * 1000;

/** How often the reminder worker looks for due reminders: a reminder comes at most this much late. */
export const DEFAULT_REMINDER_TICK_MS = 15_000;

/** How often a process asks whether the daily retention purge is due (docs/privacy.md). */
export const DEFAULT_RETENTION_TICK_MS = 10 * 60 * 1000;

/** The VAPID contact unless configured (REMINDER_CONTACT); push services may write to it about problems. */
export const DEFAULT_VAPID_SUBJECT = 'mailto:reminders@veerkracht.invalid';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  const found = allowed.find((option) => option === raw);
  if (found === undefined) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return found;
}

function connectionLimits(env: Env): ConnectionLimits {
  const defaults = DEFAULT_CONNECTION_LIMITS;
  const requestTimeoutMs = integer(env, 'REQUEST_TIMEOUT_MS', defaults.requestTimeoutMs, 1000, HOUR_MS);
  const headersTimeoutMs = integer(env, 'HEADERS_TIMEOUT_MS', defaults.headersTimeoutMs, 1000, HOUR_MS);
  // Node refuses to start otherwise; the message should name both variables instead.
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError(
      `HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not be longer than REQUEST_TIMEOUT_MS (${requestTimeoutMs})`,
    );
  }
  return {
    requestTimeoutMs,
    headersTimeoutMs,
    connectionTimeoutMs: integer(env, 'CONNECTION_TIMEOUT_MS', defaults.connectionTimeoutMs, 1000, HOUR_MS),
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', defaults.keepAliveTimeoutMs, 1000, HOUR_MS),
    maxConnectionsPerAddress: integer(
      env,
      'MAX_CONNECTIONS_PER_ADDRESS',
      defaults.maxConnectionsPerAddress,
      0,
      1_000_000,
    ),
  };
}

/** Names proxy-addr (Fastify's trustProxy) knows for ranges of addresses. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry.toLowerCase())) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `false` (default), a number of proxy hops, or a comma-separated
 * list of proxy addresses/CIDRs. The client is then the rightmost untrusted
 * X-Forwarded-For address, which it cannot choose. `true` once trusted every
 * entry, so a client could pick its own rate-limit key; it now means 1 hop,
 * the usual single reverse proxy (decision 0024).
 */
function trustProxy(env: Env): TrustProxy {
  const raw = value(env, 'TRUST_PROXY');
  const lower = raw?.toLowerCase();
  if (lower === undefined || lower === 'false' || lower === '0') return false;
  if (lower === 'true') return 1;
  if (/^\d+$/.test(lower)) return integer(env, 'TRUST_PROXY', 0, 0, 10);
  const entries = lower
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const wrong = entries.find((entry) => !isProxyAddress(entry));
  if (entries.length === 0 || wrong !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be false, a number of proxy hops (e.g. 1) or a comma-separated list of proxy addresses (e.g. 10.0.0.1,10.0.1.0/24), got "${raw}"`,
    );
  }
  return entries;
}

function pushServices(env: Env): readonly string[] {
  const raw = value(env, 'REMINDER_PUSH_SERVICES');
  if (raw === undefined) return DEFAULT_PUSH_SERVICE_ORIGINS;
  const origins = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin.replace('*.', 'wildcard.'));
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || origin.endsWith('/'))
      throw new ConfigError(
        `REMINDER_PUSH_SERVICES must be a comma-separated list of origins (e.g. https://fcm.googleapis.com,https://*.push.apple.com), got "${origin}"`,
      );
  }
  return origins;
}

function vapidSubject(env: Env): string {
  const subject = value(env, 'REMINDER_CONTACT') ?? DEFAULT_VAPID_SUBJECT;
  if (!/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/.test(subject))
    throw new ConfigError(`REMINDER_CONTACT must be a mailto: address or an https: URL, got "${subject}"`);
  return subject;
}

/**
 * The server's settings from environment variables, checked: a wrong value
 * throws a {@link ConfigError} naming the variable, never a stack trace later.
 *
 * @example
 * readConfig({ PORT: '8080' }).port // 8080
 * readConfig({ PORT: 'abc' }) // throws ConfigError: PORT must be a whole number from 0 to 65535, got "abc"
 */
export function readConfig(env: Env): ServerConfig {
  const databaseUrl = value(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (leave it unset to use SQLite in DATA_DIR)');
  }
  const logLevel = value(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: value(env, 'HOST') ?? '0.0.0.0',
    dataDir: value(env, 'DATA_DIR') ?? './data',
    databaseUrl,
    logLevel,
    webDist: value(env, 'WEB_DIST'),
    trustProxy: trustProxy(env),
    rateLimits: {
      restore: { max: integer(env, 'RATE_LIMIT_RESTORE', 10, 1, 1_000_000), timeWindowMs: 15 * 60 * 1000 },
      createPatient: {
        max: integer(env, 'RATE_LIMIT_CREATE_PATIENT', 30, 1, 1_000_000),
        timeWindowMs: 60 * 60 * 1000,
      },
      restoreFailuresPerCode: {
        max: integer(env, 'RATE_LIMIT_RESTORE_FAILURES_PER_CODE', 10, 1, 1_000_000),
        timeWindowMs: HOUR_MS,
      },
      staffSignIn: { max: integer(env, 'RATE_LIMIT_STAFF_SIGN_IN', 20, 1, 1_000_000), timeWindowMs: 15 * 60 * 1000 },
      inviteCode: { max: integer(env, 'RATE_LIMIT_INVITE_CODE', 30, 1, 1_000_000), timeWindowMs: 15 * 60 * 1000 },
    },
    connections: connectionLimits(env),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT_MS, 0, 10 * 60 * 1000),
    hsts: oneOf(env, 'HSTS', HSTS_MODES, 'auto'),
    syncLimits: {
      ...DEFAULT_SYNC_LIMITS,
      burstPerToken: integer(env, 'SYNC_BURST_PER_TOKEN', DEFAULT_SYNC_LIMITS.burstPerToken, 1, 1_000_000),
      refillPerSecond: integer(env, 'SYNC_PER_SECOND_PER_TOKEN', DEFAULT_SYNC_LIMITS.refillPerSecond, 1, 10_000),
    },
    storageQuota: {
      records: integer(env, 'PATIENT_MAX_RECORDS', DEFAULT_STORAGE_QUOTA.records, 1_000, 100_000_000),
      size: integer(env, 'PATIENT_MAX_DATA_MB', DEFAULT_STORAGE_QUOTA.size / 1_000_000, 1, 100_000) * 1_000_000,
    },
    reminders: {
      pushServiceOrigins: pushServices(env),
      vapidSubject: vapidSubject(env),
      // 0 turns this process's worker off (another process may run it).
      workerTickMs: integer(env, 'REMINDER_TICK_MS', DEFAULT_REMINDER_TICK_MS, 0, HOUR_MS) || false,
    },
    retention: {
      unlinkedDays: integer(
        env,
        'RETENTION_UNLINKED_DAYS',
        DEFAULT_UNLINKED_RETENTION_DAYS,
        MIN_RETENTION_DAYS,
        MAX_RETENTION_DAYS,
      ),
      // 0 turns this process's purge worker off (another process may run it).
      purgeTickMs: integer(env, 'RETENTION_TICK_MS', DEFAULT_RETENTION_TICK_MS, 0, 24 * HOUR_MS) || false,
    },
  };
}
