import { RECORD } from '@veerkracht/core';
import { useHasRecordsOf } from '../../data/hasRecords';
import { LoadWhen, onDemand } from '../../ui/LoadWhen';

import { activityMessages } from '../messages';

const loadPlans = onDemand(activityMessages.with(() => import('./TodayPlans').then((module) => module.TodayPlans)));

/**
 * Today's activity cards (quotas, follow-up questions, proposals). They load
 * on demand, only once the person has a plan, so the first screen stays small.
 */
export function TodayActivity() {
  return <LoadWhen when={useHasRecordsOf([RECORD.activityPlan])} load={loadPlans} />;
}
