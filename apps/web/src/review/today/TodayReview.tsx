import { onDemand } from '../../ui/LoadWhen';
import { LoadWhenIdle } from '../../ui/LoadWhenIdle';
import { reviewDueMessages } from '../messages';

const loadStep = onDemand(reviewDueMessages.with(() => import('./ReviewStep').then((module) => module.ReviewStep)));

/** Loads the card now: Today, when it is the page opened, renders with it (no card pushing others down later). */
export const preloadTodayReview = () => loadStep();

/** The weekly review as a next step on Today, loaded once the browser is idle: the first screen never waits for it. */
export function TodayReview() {
  return <LoadWhenIdle load={loadStep} />;
}
