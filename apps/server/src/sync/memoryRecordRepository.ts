import type { SyncRecord } from '@veerkracht/core';
import {
  dataSize,
  PatientMissingError,
  type PatientRecords,
  type RecordRepository,
  type StorageUsage,
  type StoredHead,
  type StoredRecord,
  type WriteOptions,
} from './recordRepository.js';

type PatientState = { lastSeq: number; usage: StorageUsage; records: Map<string, StoredRecord> };

/**
 * {@link RecordRepository} in memory, for unit tests of services. Transactions
 * run one at a time on a copy that replaces the state only when the work
 * succeeds, so atomicity and serialisation match the real stores.
 */
export class MemoryRecordRepository implements RecordRepository {
  private readonly patients = new Map<string, PatientState>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Marks against each watched (linked) patient's attention source, as `patient_attention.stale` counts them. */
  readonly attentionMarks = new Map<string, number>();

  addPatient(patientId: string): void {
    if (!this.patients.has(patientId)) {
      this.patients.set(patientId, { lastSeq: 0, usage: { records: 0, size: 0 }, records: new Map() });
    }
  }

  /** Gives the patient an attention source, as linking does. */
  watch(patientId: string): void {
    this.attentionMarks.set(patientId, this.attentionMarks.get(patientId) ?? 0);
  }

  /** The stored records of a patient, in seq order (a copy). */
  recordsOf(patientId: string): StoredRecord[] {
    const state = this.patients.get(patientId);
    return state ? [...state.records.values()].sort((a, b) => a.seq - b.seq).map((r) => ({ ...r })) : [];
  }

  inPatientTransaction<T>(patientId: string, work: (records: PatientRecords) => Promise<T>): Promise<T> {
    const run = async () => {
      const state = this.patients.get(patientId);
      if (!state) throw new PatientMissingError(patientId);
      const draft: PatientState = {
        lastSeq: state.lastSeq,
        usage: { ...state.usage },
        records: new Map(state.records),
      };
      const records = new MemoryPatientRecords(
        draft,
        state.lastSeq,
        { ...state.usage },
        this.attentionMarks.has(patientId),
      );
      const result = await work(records);
      this.patients.set(patientId, draft);
      if (records.marked) this.attentionMarks.set(patientId, (this.attentionMarks.get(patientId) ?? 0) + 1);
      return result;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }
}

class MemoryPatientRecords implements PatientRecords {
  /** Whether this transaction marked the attention source (counted only when it commits). */
  marked = false;

  constructor(
    private readonly state: PatientState,
    readonly lastSeq: number,
    readonly usage: StorageUsage,
    private readonly watched: boolean,
  ) {}

  async headsOf(ids: readonly string[]): Promise<Map<string, StoredHead>> {
    const heads = new Map<string, StoredHead>();
    for (const id of ids) {
      const record = this.state.records.get(id);
      if (record) heads.set(id, { hlc: record.hlc, type: record.type, size: dataSize(record.data) });
    }
    return heads;
  }

  async recordsOf(ids: readonly string[]): Promise<Map<string, SyncRecord>> {
    const found = new Map<string, SyncRecord>();
    for (const id of ids) {
      const record = this.state.records.get(id);
      if (record) {
        const { seq: _seq, ...rest } = structuredClone(record);
        found.set(id, rest);
      }
    }
    return found;
  }

  async write(
    records: readonly StoredRecord[],
    lastSeq: number,
    _updatedAt: string,
    usage: StorageUsage,
    options: WriteOptions = {},
  ): Promise<boolean> {
    if (records.length === 0) return false;
    for (const record of records) {
      const stored = this.state.records.get(record.id);
      if (!stored || stored.hlc <= record.hlc) this.state.records.set(record.id, structuredClone(record));
    }
    this.state.lastSeq = lastSeq;
    this.state.usage = { ...usage };
    this.marked = options.markAttentionStale === true && this.watched;
    return this.marked;
  }

  async since(cursor: number, limit: number): Promise<StoredRecord[]> {
    return [...this.state.records.values()]
      .filter((record) => record.seq > cursor)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit)
      .map((record) => structuredClone(record));
  }
}
