import { MAX_CLOCK_AHEAD_MS, SYNC_BATCH_BYTES, SYNC_BATCH_SIZE } from '@veerkracht/core';

/**
 * The limits of the sync protocol, in one place: the server enforces them, the
 * OpenAPI document states them and the app sends within them. The two the
 * device's pure rules need (batch size, clock lead) are defined by the core,
 * which cannot depend on this package; they are named here, not repeated.
 */

/** Most changes one push may carry (the device's batch size). */
export const MAX_CHANGES_PER_PUSH = SYNC_BATCH_SIZE;
/** Most changes one pull returns; `more` says when there are more. */
export const PULL_PAGE_SIZE = 1000;
/** Largest request body the server reads, in bytes; a larger one is answered 413 `body_too_large`. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Largest sync body the device builds, in bytes, leaving room under {@link MAX_BODY_BYTES} for the envelope. */
export const MAX_PUSH_BYTES = SYNC_BATCH_BYTES;
/** How far a change's clock may be ahead of the server's clock before it is refused with `clock_ahead`. */
export const MAX_CLOCK_LEAD_MS = MAX_CLOCK_AHEAD_MS;
/** Longest recovery code text the restore endpoint reads (spaces and dashes included). */
export const MAX_RECOVERY_CODE_LENGTH = 100;
/** Longest device name (after trimming), e.g. "Android phone · Chrome"; enough to tell phones apart. */
export const MAX_DEVICE_NAME_LENGTH = 60;
/**
 * Deepest nesting of arrays and objects a JSON body may have; a deeper one is refused with 400 `invalid_json`
 * before it is parsed (parsing a megabyte of `[[[[…` costs about 200 ms of CPU). The deepest documented sync body
 * nests 6 levels (body, changes, change, data, result, reasons), so newer fields have plenty of room.
 */
export const MAX_JSON_DEPTH = 64;

export const PROTOCOL_LIMITS = {
  maxChangesPerPush: MAX_CHANGES_PER_PUSH,
  pullPageSize: PULL_PAGE_SIZE,
  maxBodyBytes: MAX_BODY_BYTES,
  maxPushBytes: MAX_PUSH_BYTES,
  maxClockLeadMs: MAX_CLOCK_LEAD_MS,
  maxRecoveryCodeLength: MAX_RECOVERY_CODE_LENGTH,
  maxDeviceNameLength: MAX_DEVICE_NAME_LENGTH,
} as const;
