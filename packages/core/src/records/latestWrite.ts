/**
 * The record with the latest clock: the write that counts when several
 * records say the same thing (settings written on two devices, two reviews
 * of one week).
 *
 * @example
 * latestWrite([{ id: 'a', hlc: '1' }, { id: 'b', hlc: '2' }])?.id // 'b'
 * latestWrite([]) // undefined
 */
export function latestWrite<T extends { hlc: string }>(records: readonly T[]): T | undefined {
  return records.reduce<T | undefined>(
    (latest, record) => (!latest || record.hlc > latest.hlc ? record : latest),
    undefined,
  );
}
