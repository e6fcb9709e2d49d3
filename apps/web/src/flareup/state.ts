import { type FlareUpPlan, RECORD, type Stored } from '@veerkracht/core';
import type { App } from '../data/app';
import { useRecordsOf } from '../data/records';

/** The person's flare-up plan: the latest written (one record, updated in place). */
export function useFlareUpPlan(): Stored<FlareUpPlan> | undefined {
  return useRecordsOf(RECORD.flareUpPlan).at(-1);
}

/** Saves the plan, updating the existing record so every device keeps one plan. */
export async function saveFlareUpPlan(app: App, plan: FlareUpPlan, existing: Stored<FlareUpPlan> | undefined) {
  await app.saveRecord(RECORD.flareUpPlan, plan, existing?.id);
}
