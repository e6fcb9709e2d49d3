import { RECORD } from '@veerkracht/core';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useRecords } from '../../data/app';

/** Record types that can put something on Today: plans, and what decides whether to offer graded exposure. */
const RELEVANT = new Set<string>([RECORD.activityPlan, RECORD.fearRating, RECORD.startBack]);

/**
 * Today's activity cards (quotas, follow-up questions, proposals, the
 * exposure offer). They load on demand, only once the person has something
 * for them, so the first screen stays small.
 */
export function TodayActivity() {
  const records = useRecords();
  const [Cards, setCards] = useState<ComponentType | null>(null);
  let relevant = false;
  for (const record of records.values()) {
    if (!record.deleted && RELEVANT.has(record.type)) {
      relevant = true;
      break;
    }
  }
  useEffect(() => {
    if (!relevant || Cards) return;
    let live = true;
    void import('./TodayPlans').then((module) => {
      if (live) setCards(() => module.TodayPlans);
    });
    return () => {
      live = false;
    };
  }, [relevant, Cards]);
  return relevant && Cards ? <Cards /> : null;
}
