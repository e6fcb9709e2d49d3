#!/usr/bin/env node
// Reminder job throughput, end to end and measured in ONE run (docs/architecture.md, "Reminders"): the built
// server (one or two processes on one throwaway store), N patients made through the API, each syncing its
// reminder settings (the check-in reminder on, a minute or two ahead) and subscribing a phone at a local
// stand-in push service that answers 201 after a fixed delay (a real push service takes tens of milliseconds).
// Then, from the moment the reminders are due: how long until every phone has its one message (pushes per
// second, planning after the syncs, encryption and VAPID signing included), and whether any came twice.
//
//   node bench/reminders.mjs [--patients 1000] [--processes 2] [--delay-ms 20] [--postgres postgres://…/postgres]
//
// Expects `npm run build`. Exits 1 when a reminder is lost or sent twice, or a server fails.
import { spawn } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_REMINDER_SETTINGS,
  formatHlc,
  nodeIdFromBytes,
  RECORD,
  uuidv7,
  wallClockTimeAt,
} from '@veerkracht/core';
import { freePort, freshStore } from '../chaos/store.mjs';

const { values: args } = parseArgs({
  options: {
    patients: { type: 'string', default: '1000' },
    processes: { type: 'string', default: '1' },
    'delay-ms': { type: 'string', default: '20' },
    postgres: { type: 'string' },
  },
});
const PATIENTS = Number(args.patients);
const PROCESSES = Number(args.processes);
const DELAY_MS = Number(args['delay-ms']);
const main = resolve(import.meta.dirname, '../apps/server/dist/main.js');

/** A stand-in push service: counts each subscription's messages and answers 201 after `DELAY_MS`. */
async function pushService() {
  /** @type {Map<string, number>} */
  const received = new Map();
  let last = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const id = request.url?.split('/').at(-1) ?? '';
      received.set(id, (received.get(id) ?? 0) + 1);
      last = Date.now();
      setTimeout(() => response.writeHead(201).end(), DELAY_MS);
    });
  });
  const port = await freePort();
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    lastAt: () => last,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

/**
 * Starts the built server and waits until it answers.
 * @param {Record<string, string>} env
 */
async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [main, 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/ready`)).ok) return { base, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

/**
 * Runs `work` for 0..count-1, `lanes` at a time.
 * @param {number} count @param {number} lanes @param {(index: number) => Promise<void>} work
 */
async function inParallel(count, lanes, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        await work(index);
      }
    }),
  );
}

/** @param {string} label @param {string | undefined} postgresUrl */
async function measure(label, postgresUrl) {
  const store = await freshStore(postgresUrl, 'reminders');
  const push = await pushService();
  const env = {
    ...store.env,
    REMINDER_PUSH_SERVICES: push.origin,
    REMINDER_TICK_MS: '250',
    RATE_LIMIT_CREATE_PATIENT: '1000000',
  };
  const servers = [];
  try {
    for (let i = 0; i < PROCESSES; i++) servers.push(await startServer(env));
    const base = servers[0]?.base ?? '';
    // Due at the start of a minute at least 75 s ahead, so every patient is set up and planned before it.
    const dueAt = Math.ceil((Date.now() + 75_000) / 60_000) * 60_000;
    const time = wallClockTimeAt(dueAt);
    const settings = {
      ...DEFAULT_REMINDER_SETTINGS,
      checkIn: { on: true, time },
      quietFrom: '00:00',
      quietUntil: '00:00',
    };
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const keys = { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
    const setupStarted = performance.now();
    await inParallel(PATIENTS, 16, async (index) => {
      const json = { 'content-type': 'application/json' };
      const created = await fetch(`${base}/api/v1/patients`, { method: 'POST', headers: json, body: '{}' });
      const { token } = /** @type {{ token: string }} */ (await created.json());
      const auth = { ...json, authorization: `Bearer ${token}` };
      const now = Date.now();
      const change = {
        id: uuidv7(now, randomBytes(10)),
        type: RECORD.reminderSettings,
        data: settings,
        hlc: formatHlc({ millis: now, counter: 0, node: nodeIdFromBytes(randomBytes(8)) }),
        deleted: false,
      };
      const synced = await fetch(`${base}/api/v1/sync`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ cursor: 0, changes: [change] }),
      });
      const subscribed = await fetch(`${base}/api/v1/reminders/push-subscriptions`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ endpoint: `${push.origin}/push/p${index}`, keys, lang: 'nl' }),
      });
      if (!synced.ok || subscribed.status !== 201) throw new Error(`setting up patient ${index} failed`);
    });
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    if (Date.now() > dueAt - 2_000) throw new Error('setting up took too long: use fewer --patients');
    // Wait for every message, or 3 minutes after the due time.
    while (push.received.size < PATIENTS && Date.now() < dueAt + 180_000)
      await new Promise((done) => setTimeout(done, 200));
    const seconds = (push.lastAt() - dueAt) / 1000;
    const doubles = [...push.received.values()].filter((count) => count > 1).length;
    const missing = PATIENTS - push.received.size;
    console.log(
      `${label}, ${PROCESSES} process(es): ${PATIENTS} patients set up in ${setupSeconds.toFixed(1)} s ` +
        `(3 requests each); push service answers after ${DELAY_MS} ms\n` +
        `  all ${push.received.size} reminders out ${seconds.toFixed(2)} s after they were due = ` +
        `${Math.round(push.received.size / Math.max(seconds, 0.001))} pushes/s (worker round every 250 ms)\n` +
        `  sent twice: ${doubles}, not sent: ${missing}`,
    );
    return doubles === 0 && missing === 0;
  } finally {
    for (const server of servers) server.stop();
    await push.close();
    await new Promise((done) => setTimeout(done, 500));
    await store.remove();
  }
}

let ok = await measure('SQLite', undefined);
if (args.postgres) ok = (await measure('PostgreSQL', args.postgres)) && ok;
process.exit(ok ? 0 : 1);
