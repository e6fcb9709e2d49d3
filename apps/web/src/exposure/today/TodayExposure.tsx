import { RECORD } from '@veerkracht/core';
import { useHasRecordsOf } from '../../data/hasRecords';
import { LoadWhen, onDemand } from '../../ui/LoadWhen';

import { exposureMessages } from '../messages';

const loadOffer = onDemand(
  exposureMessages.with(() => import('./ExposureOffer').then((module) => module.ExposureOffer)),
);

/**
 * Today's offer of graded exposure. Whether it is offered depends on the fear
 * ratings and the STarT Back answers, so it loads on demand once either exists.
 */
export function TodayExposure() {
  return <LoadWhen when={useHasRecordsOf([RECORD.fearRating, RECORD.startBack])} load={loadOffer} />;
}
