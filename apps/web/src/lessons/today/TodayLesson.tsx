import { LoadWhenIdle } from '../../ui/LoadWhenIdle';
import { lessonsMessages } from '../messages';

const loadSuggestion = lessonsMessages.with(() => import('./SuggestedLesson').then((module) => module.SuggestedLesson));

/** Today's suggested lesson, loaded once the browser is idle: the first screen never waits for it. */
export function TodayLesson() {
  return <LoadWhenIdle load={loadSuggestion} />;
}
