import { RECORD, type RelaxationSession, type Stored } from '@veerkracht/core';
import type { App } from '../data/app';
import { useRecordsOf } from '../data/records';

/** Every breathing and relaxation session, oldest first. */
export function useRelaxationSessions(): readonly Stored<RelaxationSession>[] {
  return useRecordsOf(RECORD.relaxationSession);
}

export async function saveRelaxationSession(app: App, session: RelaxationSession): Promise<void> {
  await app.saveRecord(RECORD.relaxationSession, session);
}
