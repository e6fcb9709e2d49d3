import { RECORD, type SafetyCheck, type Stored } from '@veerkracht/core';
import type { App } from '../data/app';
import { nowInstant } from '../data/records';

/*
 * Every write of the safety journey. The store checks each record with the
 * core validator the server uses before it is stored, so the device never
 * keeps (or sends) a record the server would refuse. Each resolves after the
 * local transaction has committed; the UI confirms only then.
 */

/** Saves a finished safety check; resolves with its record id. */
export async function saveSafetyCheck(app: App, check: SafetyCheck): Promise<string> {
  return (await app.saveRecord(RECORD.safetyCheck, check)).id;
}

/** Records that the person confirmed reading the emergency advice of a check. */
export async function confirmEmergencyRead(app: App, check: Stored<SafetyCheck>): Promise<void> {
  await app.saveRecord(RECORD.safetyCheck, { ...check.data, readAt: nowInstant(app) }, check.id);
}

/** "I have seen a doctor": ends a pause of plan progression started before now. */
export async function confirmSeenDoctor(app: App, checkId: string | undefined): Promise<void> {
  await app.saveRecord(RECORD.safetyClearance, { at: nowInstant(app), by: 'person', ...(checkId ? { checkId } : {}) });
}

/** "I have talked about it": closes the note of a review result. */
export async function confirmReviewDiscussed(app: App, checkId: string): Promise<void> {
  await app.saveRecord(RECORD.reviewDiscussed, { at: nowInstant(app), checkId });
}

/** Keeps a free-text "something does not feel right". */
export async function saveConcern(app: App, text: string): Promise<void> {
  await app.saveRecord(RECORD.concern, { at: nowInstant(app), text });
}
