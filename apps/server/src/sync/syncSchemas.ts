import { MAX_CHANGES_PER_PUSH, SyncRequest } from '@veerkracht/contract';
import type { z } from 'zod';
import { parseInput } from '../http/validation.js';

/**
 * `POST /api/v1/sync` as the server checks it at the boundary: the envelope
 * only, with the schema of the shared contract (packages/contract), which the
 * app's types and the OpenAPI document come from too. Each change is validated
 * by the core (`validateSyncChange`), which knows the record types and names
 * the exact field.
 */
export { SyncRequest };

/**
 * {@link SyncRequest}, with a hand-written check of a well-formed envelope
 * first: every push passes here, and zod's generic parse of the envelope cost
 * more than the core's validation of a day's change. Anything the fast check
 * does not accept goes to zod, which accepts or rejects it exactly as before
 * and names the fields (a property test keeps the two in step).
 */
export function parseSyncRequest(body: unknown): z.output<typeof SyncRequest> {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const { cursor, changes } = body as { cursor?: unknown; changes?: unknown };
    if (
      Object.keys(body).every((key) => key === 'cursor' || key === 'changes') &&
      Number.isSafeInteger(cursor) &&
      (cursor as number) >= 0 &&
      (changes === undefined || (Array.isArray(changes) && changes.length <= MAX_CHANGES_PER_PUSH))
    ) {
      return { cursor: cursor as number, changes: changes ?? [] };
    }
  }
  return parseInput(SyncRequest, body);
}
