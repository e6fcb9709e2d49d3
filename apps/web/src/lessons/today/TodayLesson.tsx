import { useEffect, useState } from 'preact/hooks';
import { LoadWhen } from '../../ui/LoadWhen';
import { lessonsMessages } from '../messages';

const loadSuggestion = lessonsMessages.with(() => import('./SuggestedLesson').then((module) => module.SuggestedLesson));

/**
 * Today's suggested lesson, loaded on demand once the browser is idle: the
 * first screen (and its first input) never waits for it.
 */
export function TodayLesson() {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 500);
    return () => clearTimeout(timer);
  }, []);
  return <LoadWhen when={idle} load={loadSuggestion} />;
}
