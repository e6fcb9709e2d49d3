import { parseHlc, type SyncRecord, shouldApply } from '@veerkracht/core';
import type { FetchLike } from '../sync/api';

/**
 * An in-memory stand-in for the sync API, used only as the network edge in
 * unit tests. It follows the protocol: last writer wins per record, a
 * monotonic sequence as cursor, paging with `more`, clocks more than an hour
 * ahead refused with `clock_ahead`.
 */
export class FakeServer {
  now = () => Date.parse('2026-11-25T12:00:00.000Z');
  pageSize = 1000;
  requests: { path: string; body: unknown; token: string | null }[] = [];
  /** Lets a test act while a request is "on the wire", or answer it differently. */
  intercept: ((path: string, body: unknown) => Promise<Response | undefined> | Response | undefined) | undefined;
  offline = false;
  readonly records = new Map<string, { record: SyncRecord; seq: number; patientId: string }>();
  readonly tokens = new Map<string, string>();
  readonly codes = new Map<string, string>();
  #seq = 0;
  #next = 0;

  fetch: FetchLike = async (input, init) => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const path = input.replace('/api/v1', '');
    const body: unknown = JSON.parse(String(init.body ?? 'null'));
    const header = new Headers(init.headers).get('authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7) : null;
    this.requests.push({ path, body, token });
    const intercepted = await this.intercept?.(path, body);
    if (intercepted) return intercepted;
    return this.#handle(path, body, token);
  };

  #json(status: number, value: unknown): Response {
    return new Response(status === 204 ? null : JSON.stringify(value), {
      status,
      headers: { 'content-type': 'application/json', date: new Date(this.now()).toUTCString() },
    });
  }

  #handle(path: string, body: unknown, token: string | null): Response {
    if (path === '/patients') {
      const id = ++this.#next;
      const patientId = `patient-${id}`;
      const code = `${String(id).padStart(4, '0')}-AAAA-BBBB-CCCC-DDDD`;
      this.tokens.set(`token-${id}`, patientId);
      this.codes.set(code, patientId);
      return this.#json(201, { patientId, token: `token-${id}`, recoveryCode: code });
    }
    if (path === '/restore') {
      const code = (body as { recoveryCode: string }).recoveryCode;
      const patientId = this.codes.get(code);
      if (!patientId) return this.#json(401, { error: 'recovery_code_unknown', message: 'unknown' });
      const newToken = `token-${++this.#next}`;
      this.tokens.set(newToken, patientId);
      return this.#json(200, { patientId, token: newToken });
    }
    const patientId = token ? this.tokens.get(token) : undefined;
    if (!patientId) return this.#json(401, { error: 'unauthorized' });
    if (path === '/devices/revoke') {
      if (token) this.tokens.delete(token);
      return this.#json(204, null);
    }
    if (path === '/sync') {
      const { cursor, changes } = body as { cursor: number; changes: SyncRecord[] };
      if (changes.length > 500) return this.#json(400, { error: 'invalid_request', issues: [] });
      const issues = changes.flatMap((change, index) => {
        const clock = parseHlc(change.hlc);
        return clock && clock.millis > this.now() + 3_600_000
          ? [{ field: `changes.${index}.hlc`, code: 'clock_ahead', message: 'ahead' }]
          : [];
      });
      if (issues.length > 0) return this.#json(400, { error: 'invalid_request', message: 'bad', issues });
      for (const change of changes) {
        const key = FakeServer.key(patientId, change.id);
        const stored = this.records.get(key);
        if (shouldApply(stored?.record.hlc, change.hlc))
          this.records.set(key, { record: change, seq: ++this.#seq, patientId });
      }
      const newer = [...this.records.values()]
        .filter((entry) => entry.patientId === patientId && entry.seq > cursor)
        .sort((a, b) => a.seq - b.seq);
      const page = newer.slice(0, this.pageSize);
      const last = page.at(-1);
      return this.#json(200, {
        cursor: last ? last.seq : cursor,
        changes: page.map((entry) => entry.record),
        more: newer.length > page.length,
        serverTime: new Date(this.now()).toISOString(),
      });
    }
    return this.#json(404, { error: 'not_found' });
  }

  /** Records belong to a patient: the same id under two patients is two records. */
  static key(patientId: string, id: string): string {
    return `${patientId}/${id}`;
  }

  /** Puts a record on the server as if another device had sent it. */
  seed(patientId: string, record: SyncRecord): void {
    this.records.set(FakeServer.key(patientId, record.id), { record, seq: ++this.#seq, patientId });
  }

  /** The records of one patient as the server holds them. */
  recordsOf(patientId: string): SyncRecord[] {
    return [...this.records.values()].filter((entry) => entry.patientId === patientId).map((entry) => entry.record);
  }
}
