import { onDemand } from '../../ui/LoadWhen';
import { LoadWhenIdle } from '../../ui/LoadWhenIdle';
import { lessonsMessages } from '../messages';

const loadSuggestion = onDemand(
  lessonsMessages.with(() => import('./SuggestedLesson').then((module) => module.SuggestedLesson)),
);

/** Loads the card now: Today, when it is the page opened, renders with it (no card pushing others down later). */
export const preloadTodayLesson = () => loadSuggestion();

/** Today's suggested lesson, loaded once the browser is idle: the first screen never waits for it. */
export function TodayLesson() {
  return <LoadWhenIdle load={loadSuggestion} />;
}
