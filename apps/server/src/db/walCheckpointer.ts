import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);

/** How often the worker checkpoints: the WAL stays a few MB even while syncs arrive at full speed. */
export const CHECKPOINT_INTERVAL_MS = 100;

/**
 * The serving connection's own automatic checkpoint, in pages of 4 KB (40 MB):
 * only reached when the worker falls behind or is gone, so the WAL stays bounded
 * whatever happens to the worker.
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 10_000;

/**
 * The worker's code, as text: it runs the same from the TypeScript sources (tests) and from the build. It opens its
 * own connection and checkpoints PASSIVE on a timer: that copies what it can without waiting for the writer, and
 * never blocks it. `busy_timeout = 0`: a checkpoint that meets a lock (a backup, another checkpoint) is skipped and
 * tried again at the next tick.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const tick = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ checkpointed: result.checkpointed, log: result.log });
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message) });
  }
};
const timer = setInterval(tick, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export type WalCheckpointer = {
  /** Frames checkpointed by the last tick, and the WAL's length in frames then (for tests and monitoring). */
  readonly last: { checkpointed: number; log: number } | undefined;
  /** Ticks that failed (a lock, an I/O error); the next tick tries again. */
  readonly failures: number;
  /** Stops the worker and closes its connection; call before closing the serving connection. */
  close(): Promise<void>;
};

/**
 * Checkpoints a SQLite database's WAL on a worker thread, so the serving
 * connection never copies pages into the database file nor fsyncs it inside a
 * sync's commit (docs/decisions/0038-sqlite-checkpoints-on-a-worker.md). Pair
 * it with `wal_autocheckpoint = FALLBACK_AUTOCHECKPOINT_PAGES` on the serving
 * connection. The worker never ends the process: its errors are counted, and
 * if it dies the fallback keeps the WAL bounded.
 *
 * @example
 * const checkpointer = startWalCheckpointer('/data/veerkracht.sqlite');
 * // … serve …
 * await checkpointer.close();
 */
export function startWalCheckpointer(file: string, intervalMs = CHECKPOINT_INTERVAL_MS): WalCheckpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver: require.resolve('better-sqlite3'), intervalMs },
  });
  // A thread of its own must not keep a process alive that has nothing else to do (a CLI command, a test).
  worker.unref();
  let last: { checkpointed: number; log: number } | undefined;
  let failures = 0;
  let exited = false;
  const exit = new Promise<void>((done) => {
    worker.once('exit', () => {
      exited = true;
      done();
    });
  });
  worker.on('message', (message: { checkpointed?: number; log?: number; failed?: string }) => {
    if (message.failed !== undefined) failures += 1;
    else last = { checkpointed: message.checkpointed ?? 0, log: message.log ?? 0 };
  });
  // An 'error' nobody listens to would end the process; the fallback checkpoint covers a dead worker.
  worker.on('error', () => {
    failures += 1;
  });
  return {
    get last() {
      return last;
    },
    get failures() {
      return failures;
    },
    async close() {
      if (exited) return;
      worker.postMessage('stop');
      const stopped = await Promise.race([exit.then(() => true), delay(2_000).then(() => false)]);
      if (!stopped) await worker.terminate();
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms).unref());
}
