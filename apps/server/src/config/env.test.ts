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
      rateLimits: { restore: { max: 10 }, createPatient: { max: 30 } },
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
        TRUST_PROXY: 'true',
        RATE_LIMIT_RESTORE: '3',
        RATE_LIMIT_CREATE_PATIENT: '500',
      }),
    ).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/veerkracht',
      databaseUrl: 'postgres://u:p@db/v',
      logLevel: 'warn',
      webDist: '/srv/web',
      trustProxy: true,
      rateLimits: { restore: { max: 3 }, createPatient: { max: 500 } },
    });
  });

  it('refuses a wrong value with a message naming the variable', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: 'abc' }, /^PORT must be a whole number from 0 to 65535, got "abc"$/],
      [{ PORT: '70000' }, /^PORT /],
      [{ PORT: '-1' }, /^PORT /],
      [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be a postgres:\/\/ URL/],
      [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
      [{ TRUST_PROXY: 'maybe' }, /^TRUST_PROXY must be true or false/],
      [{ RATE_LIMIT_RESTORE: '0' }, /^RATE_LIMIT_RESTORE /],
    ];
    for (const [env, message] of cases) {
      expect(() => readConfig(env)).toThrow(ConfigError);
      expect(() => readConfig(env)).toThrow(message);
    }
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: ' ' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
