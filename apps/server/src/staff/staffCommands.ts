import { parseArgs } from 'node:util';
import { AddStaffRequest } from '@veerkracht/contract';
import { z } from 'zod';
import { AccessLog, verifyAccessLog } from '../accessLog/accessLog.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { AppError } from '../errors.js';
import { parseInput } from '../http/validation.js';
import { RateLimiter } from '../rateLimits/rateLimiter.js';
import { KyselyRateLimitRepository } from '../rateLimits/rateLimitRepository.js';
import { StaffRepository } from './staffRepository.js';
import { createStaffService } from './staffService.js';

/** A command's outcome: lines for stdout, or one line for stderr and a non-zero exit code. */
export type CommandResult = { code: 0; out: string[] } | { code: 1; error: string };

/** A mistake in the command line: one line naming what to fix. */
export class UsageError extends Error {}

const PracticeName = z.string().trim().min(1, { message: 'it is empty' }).max(120);

function options(argv: string[], names: readonly string[]): Record<string, string | undefined> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Record<string, string | undefined>;
  } catch (error) {
    // node's messages name the option ("Unknown option '--nmae'"); keep them, on one line.
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
}

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

/** Turns a 400 of the shared schemas into one line naming the option. */
function checked<T>(parse: () => T, option: (field: string) => string): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof AppError && error.issues?.[0]) {
      const issue = error.issues[0];
      throw new UsageError(`${option(issue.field)}: ${issue.message.replace(/^\S+ /, '')}`);
    }
    throw error;
  }
}

function staffService(database: Database, clock: Clock) {
  return createStaffService({
    repo: new StaffRepository(database.db),
    accessLog: new AccessLog(database.db, clock),
    clock,
    limiter: new RateLimiter(new KyselyRateLimitRepository(database.db), clock),
  });
}

const setupLine = (who: string, setup: { setupCode: string; setupExpiresAt: string }) =>
  `${who}: setup code ${setup.setupCode} (valid until ${setup.setupExpiresAt}). ` +
  'Open /therapist/setup in the web app, enter the e-mail address and this code, choose a password and scan the QR code.';

/**
 * `create-practice --name <practice> --admin-email <e-mail> --admin-name <name>`:
 * a practice with its first administrator, who gets a one-time setup code.
 */
export async function createPracticeCommand(argv: string[], database: Database, clock: Clock): Promise<string[]> {
  const values = options(argv, ['name', 'admin-email', 'admin-name']);
  const name = checked(
    () => parseInput(PracticeName, required(values, 'name')),
    () => '--name',
  );
  const admin = checked(
    () =>
      parseInput(AddStaffRequest, {
        email: required(values, 'admin-email'),
        name: required(values, 'admin-name'),
        role: 'admin',
      }),
    (field) => (field === 'email' ? '--admin-email' : '--admin-name'),
  );
  const created = await staffService(database, clock).createPractice({ name, admin });
  return [
    `Practice "${name}" created: ${created.practiceId}`,
    setupLine(`Administrator ${admin.email}`, created.admin),
  ];
}

/** `add-therapist --practice <id> --email <e-mail> --name <name> [--role therapist|admin]`. */
export async function addTherapistCommand(argv: string[], database: Database, clock: Clock): Promise<string[]> {
  const values = options(argv, ['practice', 'email', 'name', 'role']);
  const practiceId = required(values, 'practice');
  const input = checked(
    () =>
      parseInput(AddStaffRequest, {
        email: required(values, 'email'),
        name: required(values, 'name'),
        role: values.role ?? 'therapist',
      }),
    (field) => `--${field}`,
  );
  const added = await staffService(database, clock).addStaff(practiceId, input);
  return [setupLine(`${input.role === 'admin' ? 'Administrator' : 'Therapist'} ${input.email} added`, added)];
}

/** `verify-access-log`: walks the hash chain; exit code 1 and the first broken link when it is broken. */
export async function verifyAccessLogCommand(argv: string[], database: Database): Promise<CommandResult> {
  options(argv, []);
  const report = await verifyAccessLog(database.db);
  if (report.ok) return { code: 0, out: [`Access log intact: ${report.entries} entries, every link checked.`] };
  return {
    code: 1,
    error: `Access log broken at entry ${report.brokenAt}: ${report.reason} (${report.entries} entries before it are intact).`,
  };
}
