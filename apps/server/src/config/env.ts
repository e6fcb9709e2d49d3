import type { RateLimits } from '../app.js';

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
  trustProxy: boolean;
  rateLimits: RateLimits;
};

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

function boolean(env: Env, name: string): boolean {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
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
    trustProxy: boolean(env, 'TRUST_PROXY'),
    rateLimits: {
      restore: { max: integer(env, 'RATE_LIMIT_RESTORE', 10, 1, 1_000_000), timeWindowMs: 15 * 60 * 1000 },
      createPatient: {
        max: integer(env, 'RATE_LIMIT_CREATE_PATIENT', 30, 1, 1_000_000),
        timeWindowMs: 60 * 60 * 1000,
      },
    },
  };
}
