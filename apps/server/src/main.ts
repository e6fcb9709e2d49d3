#!/usr/bin/env node
import { buildApp } from './app.js';
import { backupCommand } from './backup/backupCommands.js';
import { systemClock } from './clock.js';
import { ConfigError, readConfig, type ServerConfig } from './config/env.js';
import { createDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { AppError } from './errors.js';
import { closeGracefully, DATABASE_CLOSE_GRACE_MS } from './shutdown.js';
import {
  addTherapistCommand,
  createPracticeCommand,
  UsageError,
  verifyAccessLogCommand,
} from './staff/staffCommands.js';

const USAGE = `Usage: veerkracht [serve|migrate|create-practice|add-therapist|verify-access-log|backup|restore|help]

  serve              (default) migrate the database, then serve the API and the web app
  migrate            bring the database to the latest migration and exit
  create-practice    --name <practice> --admin-email <e-mail> --admin-name <name>
                     a practice and its administrator, who gets a one-time setup code
  add-therapist      --practice <id> --email <e-mail> --name <name> [--role therapist|admin]
                     a therapist (or another administrator) with a one-time setup code
  verify-access-log  check the access log's hash chain; exit code 1 at the first broken link
  backup <file>      back up the database into a new file, safe while servers run (docs/operations.md)
  restore <file> [--force]
                     replace the database with a backup, all or nothing, then migrate; stop the servers
                     first (--force: PostgreSQL even with other sessions connected)

Environment: PORT (3000), HOST (0.0.0.0), DATA_DIR (./data, SQLite), DATABASE_URL (PostgreSQL instead),
LOG_LEVEL (info), WEB_DIST (built web app), TRUST_PROXY (false),
RATE_LIMIT_RESTORE (10 per 15 min per IP), RATE_LIMIT_CREATE_PATIENT (30 per hour per IP),
REQUEST_TIMEOUT_MS (30000), HEADERS_TIMEOUT_MS (10000), CONNECTION_TIMEOUT_MS (60000),
KEEP_ALIVE_TIMEOUT_MS (72000), MAX_CONNECTIONS_PER_ADDRESS (64, 0 for none), SHUTDOWN_TIMEOUT_MS (5000),
HSTS (auto: only over TLS; always; off), REMINDER_TICK_MS (15000, 0 for no worker in this process),
REMINDER_PUSH_SERVICES (the browsers' push services), REMINDER_CONTACT (mailto: for the push services),
RETENTION_UNLINKED_DAYS (365), RETENTION_TICK_MS (600000, 0 for no purge worker in this process).`;

function openDatabase(config: ServerConfig, options: { serving?: boolean } = {}) {
  return createDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    walCheckpointer: options.serving === true,
  });
}

async function migrate(config: ServerConfig): Promise<void> {
  const database = openDatabase(config);
  try {
    const applied = await migrateToLatest(database.db);
    console.log(
      applied.length > 0
        ? `Migrated ${database.location}: ${applied.join(', ')}`
        : `${database.location} is up to date`,
    );
  } finally {
    await database.close();
  }
}

async function serve(config: ServerConfig): Promise<void> {
  const database = openDatabase(config, { serving: true });
  const applied = await migrateToLatest(database.db);
  const app = buildApp({
    db: database,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    rateLimits: config.rateLimits,
    connections: config.connections,
    hsts: config.hsts,
    syncLimits: config.syncLimits,
    storageQuota: config.storageQuota,
    reminders: config.reminders,
    retention: config.retention,
    ...(config.webDist ? { webDist: config.webDist } : {}),
  });
  app.log.info(
    { database: database.dialect, location: database.location, migrationsApplied: applied },
    'database ready',
  );
  // The VAPID key pair is made on the first start (and kept in the database), not when the first phone subscribes.
  await app.reminders.pushKey().catch((error: unknown) => app.log.warn({ err: error }, 'no VAPID key yet'));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      // A second signal while draining: stop at once.
      process.exit(1);
    }
    closing = true;
    const deadlineMs = config.shutdownTimeoutMs;
    app.log.info({ signal, deadlineMs }, 'shutting down: finishing requests in flight');
    // The last resort, should anything hang past the deadline and the database's grace: the process still ends.
    setTimeout(
      () => {
        app.log.error({ deadlineMs }, 'shutdown did not finish: exiting anyway');
        process.exit(1);
      },
      deadlineMs + DATABASE_CLOSE_GRACE_MS + 1000,
    ).unref();
    try {
      const outcome = await closeGracefully(app, database, deadlineMs);
      if (!outcome.databaseClosed) app.log.error('the database did not close in time');
      process.exit(outcome.databaseClosed ? 0 : 1);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
}

const COMMANDS = ['serve', 'migrate', 'create-practice', 'add-therapist', 'verify-access-log', 'backup', 'restore'];

/** The practice's commands: on a migrated database, one line per outcome, exit code 1 with one line on error. */
async function practiceCommand(command: string, argv: string[], config: ServerConfig): Promise<number> {
  const database = openDatabase(config);
  try {
    await migrateToLatest(database.db);
    if (command === 'verify-access-log') {
      const result = await verifyAccessLogCommand(argv, database);
      if (result.code === 0) for (const line of result.out) console.log(line);
      else console.error(result.error);
      return result.code;
    }
    const run = command === 'create-practice' ? createPracticeCommand : addTherapistCommand;
    for (const line of await run(argv, database, systemClock)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof AppError) {
      console.error(`veerkracht ${command}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

/** Runs one command; returns the exit code (serve keeps running until a signal). */
export async function main(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const command = argv[0] ?? 'serve';
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (!COMMANDS.includes(command)) {
    console.error(`Unknown command "${command}".\n${USAGE}`);
    return 1;
  }
  try {
    const config = readConfig(env);
    if (command === 'migrate') await migrate(config);
    else if (command === 'serve') await serve(config);
    else if (command === 'backup' || command === 'restore') {
      const settings = { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
      for (const line of await backupCommand(command, argv.slice(1), settings)) console.log(line);
    } else return await practiceCommand(command, argv.slice(1), config);
    return 0;
  } catch (error) {
    // Expected problems get one line; an unexpected one still gets its message, without a stack.
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof ConfigError ? `Configuration error: ${message}` : `veerkracht ${command}: ${message}`,
    );
    return 1;
  }
}

const code = await main(process.argv.slice(2), process.env);
if (code !== 0) process.exit(code);
