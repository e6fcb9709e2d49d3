import { RECORD, RELAXATION_SESSION_KIND, type RelaxationSession, type Stored } from '@veerkracht/core';
import type { App } from '../data/app';
import { useRecordsOf } from '../data/records';

/** Every breathing and relaxation session, oldest first. */
export function useRelaxationSessions(): Stored<RelaxationSession>[] {
  return useRecordsOf(RELAXATION_SESSION_KIND);
}

export async function saveRelaxationSession(app: App, session: RelaxationSession): Promise<void> {
  await app.saveRecord(RECORD.relaxationSession, session);
}
