import type { AccessLogEntryBody } from '@veerkracht/contract';
import { RECORD, type RecordType } from '@veerkracht/core';
import type { MessageKey } from '../i18n/i18n';

/** What a therapist read, per record type, in the person's words ("your check-ins"). */
const TYPE_WORDS: Partial<Record<RecordType, MessageKey>> = {
  [RECORD.checkIn]: 'links.log.type.checkIn',
  [RECORD.safetyCheck]: 'links.log.type.safety',
  [RECORD.safetyClearance]: 'links.log.type.safety',
  [RECORD.reviewDiscussed]: 'links.log.type.safety',
  [RECORD.concern]: 'links.log.type.concern',
  [RECORD.profile]: 'links.log.type.profile',
  [RECORD.startBack]: 'links.log.type.measures',
  [RECORD.psk]: 'links.log.type.measures',
  [RECORD.activityPlan]: 'links.log.type.activity',
  [RECORD.activitySession]: 'links.log.type.activity',
  [RECORD.followUp]: 'links.log.type.activity',
  [RECORD.planDecision]: 'links.log.type.activity',
  [RECORD.fearRating]: 'links.log.type.exposure',
  [RECORD.exposure]: 'links.log.type.exposure',
  [RECORD.exerciseProgramme]: 'links.log.type.exercise',
  [RECORD.exerciseSession]: 'links.log.type.exercise',
  [RECORD.exerciseDecision]: 'links.log.type.exercise',
  [RECORD.sleepNight]: 'links.log.type.sleep',
  [RECORD.sleepTarget]: 'links.log.type.sleep',
  [RECORD.relaxationSession]: 'links.log.type.relaxation',
  [RECORD.weeklyReview]: 'links.log.type.review',
  [RECORD.flareUpPlan]: 'links.log.type.flareUp',
};

/** Views and changes that are not record types. */
const VIEW_WORDS: Record<string, MessageKey> = {
  patient_list: 'links.log.view.list',
  patient_detail: 'links.log.view.detail',
  therapist_note: 'links.log.view.note',
};

/** Reads that made something of the data (an export), said as a sentence of their own: "… made a report for your GP". */
const MADE_WORDS: Record<string, MessageKey> = {
  fhir_export: 'links.log.fhirExport',
  gp_report: 'links.log.gpReport',
};

/**
 * One access-log entry as a sentence's parts: the action's words and, for a
 * read of records, the list of what was read (each kind once, in order).
 *
 * @example
 * entryWords({ action: 'read', what: 'checkin,sleep_night', … }) // { action: 'links.log.read', items: ['links.log.type.checkIn', 'links.log.type.sleep'] }
 */
export function entryWords(entry: Pick<AccessLogEntryBody, 'action' | 'what'>): {
  action: MessageKey;
  items: MessageKey[];
} {
  if (entry.action === 'link') return { action: 'links.log.linked', items: [] };
  if (entry.action === 'unlink') return { action: 'links.log.unlinked', items: [] };
  if (entry.what === 'concerns_read') return { action: 'links.log.concernsRead', items: [] };
  const made = MADE_WORDS[entry.what];
  if (made && entry.action === 'read') return { action: made, items: [] };
  const view = VIEW_WORDS[entry.what];
  if (view) return { action: entry.action === 'change' ? 'links.log.changed' : 'links.log.read', items: [view] };
  const items = [
    ...new Set(entry.what.split(',').map((type) => TYPE_WORDS[type as RecordType] ?? 'links.log.type.other')),
  ];
  return { action: entry.action === 'change' ? 'links.log.changed' : 'links.log.read', items };
}
