import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './env.js';

describe('configuration from the environment', () => {
  it("reads only variables that the README's configuration table lists", () => {
    const read = new Set<string>();
    const env = new Proxy<Record<string, string | undefined>>(
      {},
      {
        get(_target, name) {
          if (typeof name === 'string') read.add(name);
          return undefined;
        },
      },
    );
    readConfig(env);
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const section = readme.split('## Configuration')[1]?.split('\n## ')[0] ?? '';
    const listed = new Set([...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]));
    expect(read.size).toBeGreaterThan(0);
    expect([...read].filter((name) => !listed.has(name))).toEqual([]);
  });

  it('has defaults: port 3000 on all interfaces, SQLite in ./data, log level info', () => {
    expect(readConfig({})).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      databaseUrl: undefined,
      logLevel: 'info',
      trustProxy: false,
      rateLimits: { restore: { max: 10 }, createPatient: { max: 30 }, restoreFailuresPerCode: { max: 10 } },
    });
  });

  it('reads every variable', () => {
    expect(
      readConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/veerkracht',
        DATABASE_URL: 'postgres://u:p@db/v',
        LOG_LEVEL: 'warn',
        WEB_DIST: '/srv/web',
        TRUST_PROXY: '2',
        RATE_LIMIT_RESTORE: '3',
        RATE_LIMIT_CREATE_PATIENT: '500',
        RATE_LIMIT_RESTORE_FAILURES_PER_CODE: '4',
      }),
    ).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/veerkracht',
      databaseUrl: 'postgres://u:p@db/v',
      logLevel: 'warn',
      webDist: '/srv/web',
      trustProxy: 2,
      rateLimits: { restore: { max: 3 }, createPatient: { max: 500 }, restoreFailuresPerCode: { max: 4 } },
    });
  });

  it('refuses a wrong value with a message naming the variable', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: 'abc' }, /^PORT must be a whole number from 0 to 65535, got "abc"$/],
      [{ PORT: '70000' }, /^PORT /],
      [{ PORT: '-1' }, /^PORT /],
      [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be a postgres:\/\/ URL/],
      [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
      [{ TRUST_PROXY: 'maybe' }, /^TRUST_PROXY must be false, a number of proxy hops/],
      [{ TRUST_PROXY: '10.0.0.1,example.org' }, /^TRUST_PROXY must be false, a number of proxy hops/],
      [{ TRUST_PROXY: '10.0.0.0/33' }, /^TRUST_PROXY /],
      [{ TRUST_PROXY: '11' }, /^TRUST_PROXY must be a whole number from 0 to 10/],
      [{ RATE_LIMIT_RESTORE_FAILURES_PER_CODE: '0' }, /^RATE_LIMIT_RESTORE_FAILURES_PER_CODE /],
      [{ RATE_LIMIT_RESTORE: '0' }, /^RATE_LIMIT_RESTORE /],
    ];
    for (const [env, message] of cases) {
      expect(() => readConfig(env)).toThrow(ConfigError);
      expect(() => readConfig(env)).toThrow(message);
    }
  });

  it('never trusts every X-Forwarded-For entry: TRUST_PROXY=true means one proxy hop, or name the proxies', () => {
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: ' 10.0.0.1, 10.0.1.0/24 ,loopback,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.0.1.0/24',
      'loopback',
      'fd00::/8',
    ]);
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: ' ' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});

describe('timeouts, connections, shutdown and HSTS from the environment', () => {
  it('have defaults that time out slow clients, limit connections per address and bound a shutdown', () => {
    expect(readConfig({})).toMatchObject({
      connections: {
        requestTimeoutMs: 30_000,
        headersTimeoutMs: 10_000,
        connectionTimeoutMs: 60_000,
        keepAliveTimeoutMs: 72_000,
        maxConnectionsPerAddress: 64,
      },
      shutdownTimeoutMs: 5_000,
      hsts: 'auto',
    });
  });

  it('are read from their variables', () => {
    expect(
      readConfig({
        REQUEST_TIMEOUT_MS: '20000',
        HEADERS_TIMEOUT_MS: '5000',
        CONNECTION_TIMEOUT_MS: '90000',
        KEEP_ALIVE_TIMEOUT_MS: '5000',
        MAX_CONNECTIONS_PER_ADDRESS: '0',
        SHUTDOWN_TIMEOUT_MS: '8000',
        HSTS: 'Always',
      }),
    ).toMatchObject({
      connections: {
        requestTimeoutMs: 20_000,
        headersTimeoutMs: 5_000,
        connectionTimeoutMs: 90_000,
        keepAliveTimeoutMs: 5_000,
        maxConnectionsPerAddress: 0,
      },
      shutdownTimeoutMs: 8_000,
      hsts: 'always',
    });
  });

  it('refuse a wrong value with a message naming the variable', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ REQUEST_TIMEOUT_MS: '0' }, /^REQUEST_TIMEOUT_MS must be a whole number from 1000 to 3600000, got "0"$/],
      [{ HEADERS_TIMEOUT_MS: '2s' }, /^HEADERS_TIMEOUT_MS /],
      [
        { REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '10000' },
        /^HEADERS_TIMEOUT_MS \(10000\) must not be longer than REQUEST_TIMEOUT_MS \(5000\)$/,
      ],
      [{ CONNECTION_TIMEOUT_MS: '-5' }, /^CONNECTION_TIMEOUT_MS /],
      [{ KEEP_ALIVE_TIMEOUT_MS: '999' }, /^KEEP_ALIVE_TIMEOUT_MS /],
      [{ MAX_CONNECTIONS_PER_ADDRESS: 'many' }, /^MAX_CONNECTIONS_PER_ADDRESS /],
      [{ SHUTDOWN_TIMEOUT_MS: '600001' }, /^SHUTDOWN_TIMEOUT_MS /],
      [{ HSTS: 'yes' }, /^HSTS must be one of auto, always, off, got "yes"$/],
    ];
    for (const [env, message] of cases) {
      expect(() => readConfig(env)).toThrow(ConfigError);
      expect(() => readConfig(env)).toThrow(message);
    }
  });
});
