import { LoadWhenIdle } from '../../ui/LoadWhenIdle';
import { reviewMessages } from '../messages';

const loadStep = reviewMessages.with(() => import('./ReviewStep').then((module) => module.ReviewStep));

/** The weekly review as a next step on Today, loaded once the browser is idle: the first screen never waits for it. */
export function TodayReview() {
  return <LoadWhenIdle load={loadStep} />;
}
