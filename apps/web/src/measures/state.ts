import { type Measure, measuresDue, RECORD } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { lastByDate, useRecordsOf } from '../data/records';

/** The STarT Back and PSK records on this device, checked and typed, oldest first. */
export function useMeasureRecords() {
  return { startBacks: useRecordsOf(RECORD.startBack), psks: useRecordsOf(RECORD.psk) };
}

/** The measure due first (or the next one with its day), from the last date of each measure. */
export function useNextMeasure(today: string) {
  const { psks, startBacks } = useMeasureRecords();
  return useMemo(() => {
    const last: Partial<Record<Measure, string>> = {};
    const psk = lastByDate(psks);
    const startBack = lastByDate(startBacks);
    if (psk) last.psk = psk.data.date;
    if (startBack) last.start_back = startBack.data.date;
    return measuresDue(last, today)[0];
  }, [psks, startBacks, today]);
}
