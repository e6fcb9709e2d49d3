import { randomUUID } from 'node:crypto';
import {
  anyReminderOn,
  calendarFeed,
  type FieldIssue,
  groupBy,
  type ReminderKind,
  readerOf,
  reminderInputs,
  reminderOccurrences,
  reminderText,
} from '@veerkracht/core';
import type { Clock } from '../clock.js';
import { AppError, invalidRequest } from '../errors.js';
import { hashSecret, type RandomBytes, secureRandom } from '../patients/secrets.js';
import { isAllowedEndpoint, newVapidKeys, type PushSender, type VapidKeys } from './pushSender.js';
import {
  type FinishedJob,
  type JobOutcome,
  type PushMark,
  type PushSubscription,
  REMINDER_RECORD_TYPES,
  type ReminderJob,
  type ReminderRepository,
} from './reminderRepository.js';

const HOUR_MS = 60 * 60 * 1000;
/** How far ahead jobs are planned, and how often a patient's plan is renewed. */
export const PLAN_HORIZON_MS = 3 * 24 * HOUR_MS;
export const REPLAN_EVERY_MS = 12 * HOUR_MS;
/** A claimed job is someone else's for this long; after it, a crashed worker's job is claimed again. */
export const JOB_LOCK_MS = 2 * 60 * 1000;
/** Waits before each retry of a push that failed for a reason that may pass. */
export const RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
/** Rounds of claiming per worker round, and pushes in flight at once (each waits for a push service's answer). */
export const MAX_BATCHES_PER_ROUND = 20;
export const SEND_CONCURRENCY = 16;
/** A reminder later than this is no help any more (the check-in of the morning, at night): it is given up. */
export const STALE_AFTER_MS = 6 * HOUR_MS;

export type ReminderConfig = {
  /** The push services a subscription may point at (decision 0031). */
  pushServiceOrigins: readonly string[];
  /** The VAPID contact (`mailto:` or `https:`). */
  vapidSubject: string;
};

export type SubscriptionInput = { endpoint: string; keys: { p256dh: string; auth: string }; lang: 'nl' | 'en' };

export type ReminderStatus = {
  push: {
    id: string;
    deviceId: string;
    createdAt: string;
    lastSuccessAt: string | null;
    lastFailureAt: string | null;
    deadAt: string | null;
  }[];
  calendar: { createdAt: string; lastFetchedAt: string | null } | null;
  lastSent: { kind: string; at: string } | null;
  next: { kind: string; at: string }[];
};

export type TickResult = {
  planned: number;
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  noChannel: number;
};

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * Reminders on the server (docs/clinical-rules.md §10.3, decision 0031):
 * devices subscribe to Web Push; after a sync that changed what reminders
 * depend on, the patient's coming reminders are planned into the durable
 * job table; a worker sends due jobs (`tick`), retries with backoff, and
 * marks subscriptions the push service says are gone; a private calendar
 * feed shows the same schedule. Plain functions over a repository, a clock
 * and a sender: the tests drive `tick` with a fixed clock.
 */
export function createReminderService(deps: {
  repo: ReminderRepository;
  clock: Clock;
  sender: PushSender;
  config: ReminderConfig;
  random?: RandomBytes;
}) {
  const { repo, clock, sender, config } = deps;
  const random = deps.random ?? secureRandom;
  const iso = (ms: number) => new Date(ms).toISOString();
  let vapid: Promise<VapidKeys> | undefined;

  const vapidKeys = (): Promise<VapidKeys> => {
    vapid ??= repo
      .serverKey('vapid', () => JSON.stringify(newVapidKeys()), iso(clock.now()))
      .then((value) => ({
        ...(JSON.parse(value) as { publicKey: string; privateKey: string }),
        subject: config.vapidSubject,
      }))
      .catch((error: unknown) => {
        vapid = undefined;
        throw error;
      });
    return vapid;
  };

  async function plan(patientId: string): Promise<number> {
    const now = clock.now();
    const records = await repo.recordsForPlanning(patientId);
    const inputs = reminderInputs(readerOf(records), now);
    const occurrences = reminderOccurrences(inputs, now, now + PLAN_HORIZON_MS).map((item) => ({
      ...item,
      id: randomUUID(),
    }));
    // Nothing on: no planning until a sync changes the settings.
    const nextPlanAt = anyReminderOn(inputs.settings) ? iso(now + REPLAN_EVERY_MS) : null;
    const { added } = await repo.applyPlan(patientId, occurrences, iso(now), nextPlanAt);
    return added;
  }

  type Counter = keyof Omit<TickResult, 'planned' | 'claimed'>;

  /** Sends one job to the patient's live subscriptions and decides its outcome; storing it is the caller's. */
  async function send(
    job: ReminderJob,
    subscriptions: readonly PushSubscription[],
  ): Promise<FinishedJob & { counter: Counter }> {
    const finished = (outcome: JobOutcome, counter: Counter, marks: PushMark[] = []) => ({
      jobId: job.id,
      outcome,
      marks,
      counter,
    });
    if (clock.now() - Date.parse(job.dueAt) > STALE_AFTER_MS)
      return finished({ status: 'failed', error: 'too late to be of use' }, 'failed');
    const live = subscriptions.filter((subscription) => subscription.deadAt === null);
    if (live.length === 0) return finished({ status: 'no_channel' }, 'noChannel');
    const keys = await vapidKeys();
    const kind = job.kind as ReminderKind;
    const marks: PushMark[] = [];
    let transient: string | undefined;
    for (const subscription of live) {
      const text = reminderText(kind, subscription.lang);
      // No health data: the words of the reminder and the page it opens.
      const payload = JSON.stringify({ title: text.title, body: text.body, path: job.path, tag: job.kind });
      const result = await sender(subscription, payload, keys);
      const at = iso(clock.now());
      if (result.ok) marks.push({ subscriptionId: subscription.id, at, ok: true });
      else {
        marks.push({ subscriptionId: subscription.id, at, ok: false, reason: result.reason, dead: result.gone });
        if (result.retry) transient = result.reason;
      }
    }
    if (marks.some((mark) => mark.ok)) return finished({ status: 'sent', at: iso(clock.now()) }, 'sent', marks);
    const delay = RETRY_DELAYS_MS[job.attempts];
    if (transient !== undefined && delay !== undefined)
      return finished({ status: 'retry', nextAttemptAt: iso(clock.now() + delay), error: transient }, 'retried', marks);
    // Every subscription gone for good: nowhere left to send to.
    if (marks.every((mark) => !mark.ok && mark.dead)) return finished({ status: 'no_channel' }, 'noChannel', marks);
    return finished({ status: 'failed', error: transient ?? 'the push service refused the message' }, 'failed', marks);
  }

  return {
    /** The VAPID public key devices subscribe with (made on first use, then kept in the database). */
    async pushKey(): Promise<string> {
      return (await vapidKeys()).publicKey;
    },

    async subscribe(patientId: string, deviceId: string, input: unknown): Promise<string> {
      const subscription = readSubscription(input, config.pushServiceOrigins);
      const id = await repo.saveSubscription({
        id: randomUUID(),
        patientId,
        deviceId,
        endpoint: subscription.endpoint,
        p256dh: subscription.keys.p256dh,
        auth: subscription.keys.auth,
        lang: subscription.lang,
        createdAt: iso(clock.now()),
      });
      await repo.planAt(patientId, iso(clock.now()));
      return id;
    },

    async unsubscribe(patientId: string, id: string): Promise<void> {
      if (!(await repo.removeSubscription(patientId, id)))
        throw new AppError(404, 'not_found', 'no push subscription with this id');
    },

    /** After a sync: plan again when a change touched what reminders depend on. */
    async afterSync(patientId: string, types: readonly string[]): Promise<void> {
      if (types.some((type) => REMINDER_RECORD_TYPES.includes(type))) await repo.planAt(patientId, iso(clock.now()));
    },

    plan,

    /**
     * One round of the worker: plans the patients that are due, then claims
     * and sends the jobs that are due, each `limit` at a time.
     */
    async tick(workerId: string, limit = 50): Promise<TickResult> {
      const result: TickResult = { planned: 0, claimed: 0, sent: 0, retried: 0, failed: 0, noChannel: 0 };
      for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
        const patients = await repo.patientsToPlan(iso(clock.now()), limit);
        for (const patientId of patients) result.planned += await plan(patientId);
        if (patients.length < limit) break;
      }
      // Batches until the due jobs run out (at most MAX_BATCHES_PER_ROUND): a thousand check-in reminders at 20:00
      // go out in one round, not one batch per round.
      for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
        const now = clock.now();
        const jobs = await repo.claimDue(iso(now), workerId, iso(now + JOB_LOCK_MS), limit);
        result.claimed += jobs.length;
        const subscriptions = groupBy(
          await repo.subscriptionsOfPatients(jobs.map((job) => job.patientId)),
          (item) => item.patientId,
        );
        const finished: FinishedJob[] = [];
        await inParallel(jobs, SEND_CONCURRENCY, async (job) => {
          const done = await send(job, subscriptions.get(job.patientId) ?? []);
          result[done.counter] += 1;
          finished.push(done);
        });
        // One transaction per batch: on SQLite with synchronous=FULL each commit waits for the disk.
        await repo.finishJobs(workerId, finished);
        if (jobs.length < limit) break;
      }
      return result;
    },

    async status(patientId: string): Promise<ReminderStatus> {
      const [subscriptions, feed, jobs] = await Promise.all([
        repo.subscriptionsOf(patientId),
        repo.activeFeed(patientId),
        repo.jobSummary(patientId, iso(clock.now()), 5),
      ]);
      return {
        push: subscriptions.map((subscription) => ({
          id: subscription.id,
          deviceId: subscription.deviceId,
          createdAt: subscription.createdAt,
          lastSuccessAt: subscription.lastSuccessAt,
          lastFailureAt: subscription.lastFailureAt,
          deadAt: subscription.deadAt,
        })),
        calendar: feed ? { createdAt: feed.createdAt, lastFetchedAt: feed.lastFetchedAt } : null,
        lastSent: jobs.lastSent ? { kind: jobs.lastSent.kind, at: jobs.lastSent.sentAt } : null,
        next: jobs.next.map((job) => ({ kind: job.kind, at: job.dueAt })),
      };
    },

    /** A new private calendar address (the old one stops working); the token is returned once, stored hashed. */
    async createFeed(patientId: string, input: unknown): Promise<string> {
      const lang = readLang(input);
      const token = Buffer.from(random(32)).toString('base64url');
      await repo.createFeed(patientId, randomUUID(), hashSecret(token), lang, iso(clock.now()));
      return token;
    },

    async revokeFeed(patientId: string): Promise<void> {
      await repo.revokeFeeds(patientId, iso(clock.now()));
    },

    /** The calendar of a live feed token, or `undefined` (unknown or revoked: the same answer, so nothing is learnt). */
    async feed(token: string, appUrl: string): Promise<string | undefined> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      const now = clock.now();
      const feed = await repo.fetchFeed(hashSecret(token), iso(now));
      if (!feed) return undefined;
      const inputs = reminderInputs(readerOf(await repo.recordsForPlanning(feed.patientId)), now);
      return calendarFeed(inputs, { now, lang: feed.lang, feedId: feed.id, appUrl });
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;

/** Runs `work` on every item, at most `concurrency` at a time. */
async function inParallel<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

function readLang(input: unknown): 'nl' | 'en' {
  const lang = typeof input === 'object' && input !== null ? (input as { lang?: unknown }).lang : undefined;
  if (lang === 'nl' || lang === 'en') return lang;
  throw invalidRequest([{ field: 'lang', code: 'invalid_format', message: 'lang must be one of: nl, en' }]);
}

function readSubscription(input: unknown, origins: readonly string[]): SubscriptionInput {
  const issues: FieldIssue[] = [];
  const body =
    typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const endpoint = body.endpoint;
  if (typeof endpoint !== 'string' || endpoint.length > 2000)
    issues.push({ field: 'endpoint', code: 'invalid_format', message: 'endpoint must be the push service URL' });
  else if (!isAllowedEndpoint(endpoint, origins))
    issues.push({ field: 'endpoint', code: 'invalid_format', message: 'endpoint is not a known push service' });
  const keys = typeof body.keys === 'object' && body.keys !== null ? (body.keys as Record<string, unknown>) : {};
  for (const name of ['p256dh', 'auth'] as const) {
    const value = keys[name];
    if (typeof value !== 'string' || value.length > 200 || !BASE64URL.test(value))
      issues.push({ field: `keys.${name}`, code: 'invalid_format', message: `keys.${name} must be base64url` });
  }
  let lang: 'nl' | 'en' = 'nl';
  try {
    lang = readLang(body);
  } catch {
    issues.push({ field: 'lang', code: 'invalid_format', message: 'lang must be one of: nl, en' });
  }
  if (issues.length > 0) throw invalidRequest(issues);
  return { endpoint: endpoint as string, keys: { p256dh: keys.p256dh as string, auth: keys.auth as string }, lang };
}
