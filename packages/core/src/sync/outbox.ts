import { formatHlc, type Hlc, tickHlc } from './hlc.js';

/**
 * The rules a device follows when it sends its outbox (the latest version of
 * every record it changed) to the server. The app does the I/O; these decide.
 */

/** Most changes the server takes in one sync request. */
export const SYNC_BATCH_SIZE = 500;

/**
 * Largest JSON body a sync request may carry, in UTF-8 bytes. The server
 * refuses bodies over 1 MB; this leaves room for the envelope.
 */
export const SYNC_BATCH_BYTES = 900_000;

/**
 * UTF-8 length of a string, counted without an encoder (the core has no I/O).
 *
 * @example
 * utf8Length('pijn') // 4
 * utf8Length('€') // 3
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Splits the outbox into requests of at most `size` changes and at most
 * `maxBytes` of JSON, oldest clock first, so that an interrupted sync has sent
 * the oldest writes and no request is too large for the server (a refused
 * oversized batch would otherwise be retried for ever).
 *
 * @example
 * syncBatches([{ hlc: 'b' }, { hlc: 'a' }, { hlc: 'c' }], 2) // [[{ hlc: 'a' }, { hlc: 'b' }], [{ hlc: 'c' }]]
 */
export function syncBatches<T extends { hlc: string }>(
  outbox: readonly T[],
  size: number = SYNC_BATCH_SIZE,
  maxBytes: number = SYNC_BATCH_BYTES,
): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('size must be a positive whole number');
  const sorted = [...outbox].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const change of sorted) {
    const changeBytes = utf8Length(JSON.stringify(change)) + 1;
    if (batch.length > 0 && (batch.length >= size || bytes + changeBytes > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(change);
    bytes += changeBytes;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Whether an outbox entry may be removed after the server accepted a push:
 * only when it still holds the version that was sent. A write made while the
 * request was under way has a newer clock and must stay to be sent next time.
 *
 * @example
 * isAcknowledged('…0001…', '…0001…') // true: unchanged, remove it
 * isAcknowledged('…0001…', '…0002…') // false: edited during the sync, keep it
 */
export function isAcknowledged(sentHlc: string, currentHlc: string | undefined): boolean {
  return currentHlc !== undefined && currentHlc === sentHlc;
}

/**
 * Positions (in the sent batch) of the changes the server refused because
 * their clock was too far ahead, from the issues of its 400 answer
 * (`{ field: 'changes.3.hlc', code: 'clock_ahead' }`).
 *
 * @example
 * clockAheadPositions([{ field: 'changes.3.hlc', code: 'clock_ahead' }, { field: 'changes.4.data.pain', code: 'out_of_range' }]) // [3]
 */
export function clockAheadPositions(issues: readonly { field: string; code: string }[]): number[] {
  const positions = new Set<number>();
  for (const issue of issues) {
    const match = /^changes\.(\d+)\.hlc$/.exec(issue.field);
    if (issue.code === 'clock_ahead' && match) positions.add(Number(match[1]));
  }
  return [...positions].sort((a, b) => a - b);
}

/**
 * New clocks for records that carry a clock from the future (the phone's
 * clock was set ahead), taken from the corrected time `nowMs`. The device
 * clock itself is wound back to `nowMs` when it is ahead, because keeping it
 * would stamp every next write in the future too. Order is kept: the records
 * get increasing clocks in the order given.
 *
 * @example
 * restampClocks([{ id: 'a', hlc: '2099-…' }], { millis: 4102444800000, counter: 0, node }, 1764000000000)
 * // { records: [{ id: 'a', hlc: '2025-11-24T16:00:00.000Z-0001-…' }], clock: { millis: 1764000000000, counter: 1, node } }
 */
export function restampClocks<T extends { hlc: string }>(
  records: readonly T[],
  clock: Hlc,
  nowMs: number,
): { records: T[]; clock: Hlc } {
  let current: Hlc = clock.millis > nowMs ? { millis: Math.floor(nowMs), counter: 0, node: clock.node } : clock;
  const restamped = records.map((record) => {
    current = tickHlc(current, nowMs);
    return { ...record, hlc: formatHlc(current) };
  });
  return { records: restamped, clock: current };
}

/** First wait after a failed sync, and the longest wait between tries. */
export const SYNC_RETRY_BASE_MS = 2_000;
export const SYNC_RETRY_MAX_MS = 5 * 60_000;

/**
 * How long to wait before sync try number `attempt` (1 = the first retry)
 * after network errors: doubling from 2 s up to 5 minutes, with a random
 * part (`random` in [0, 1)) so that many phones coming back online at once do
 * not all call at the same moment.
 *
 * @example
 * retryDelayMs(1, 0) // 1000 (half of 2 s)
 * retryDelayMs(1, 0.999) // just under 2000
 * retryDelayMs(20, 0.5) // 225000 (three quarters of the 5-minute cap)
 */
export function retryDelayMs(attempt: number, random: number): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const ceiling = Math.min(SYNC_RETRY_MAX_MS, SYNC_RETRY_BASE_MS * 2 ** exponent);
  const share = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling * (0.5 + share / 2));
}

/**
 * The server's clock minus this device's, estimated from one request: the
 * server read its clock about halfway between sending and receiving.
 *
 * @example
 * serverClockOffsetMs(10_500, 1_000, 2_000) // 9000: the server is 9 s ahead
 */
export function serverClockOffsetMs(serverTimeMs: number, sentAtMs: number, receivedAtMs: number): number {
  return Math.round(serverTimeMs - (sentAtMs + receivedAtMs) / 2);
}

/** What a person sees about their backup, one of five states. */
export type SyncStatus = 'local_only' | 'offline' | 'saving' | 'saved' | 'error';

/** Why the last sync did not finish: no connection, the server refused the data or the device, or the server failed. */
export type SyncFailure = 'network' | 'rejected' | 'unauthorized' | 'server';

/**
 * The one sync state to show, from what the device knows. Backup off always
 * reads as "saved on this phone"; a refusal beats being offline, because the
 * person may need to act on it; otherwise being offline beats being busy.
 *
 * @example
 * syncStatus({ backupOn: true, online: true, syncing: false, pending: 0, failure: null }) // 'saved'
 * syncStatus({ backupOn: true, online: false, syncing: false, pending: 2, failure: null }) // 'offline'
 */
export function syncStatus(state: {
  backupOn: boolean;
  online: boolean;
  syncing: boolean;
  pending: number;
  failure: SyncFailure | null;
}): SyncStatus {
  if (!state.backupOn) return 'local_only';
  if (state.failure === 'rejected' || state.failure === 'unauthorized' || state.failure === 'server') return 'error';
  if (!state.online || state.failure === 'network') return 'offline';
  if (state.syncing || state.pending > 0) return 'saving';
  return 'saved';
}
