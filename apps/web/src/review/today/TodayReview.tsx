import { useEffect, useState } from 'preact/hooks';
import { LoadWhen } from '../../ui/LoadWhen';
import { reviewMessages } from '../messages';

const loadStep = reviewMessages.with(() => import('./ReviewStep').then((module) => module.ReviewStep));

/**
 * The weekly review as a next step on Today, loaded on demand once the
 * browser is idle: the first screen never waits for it.
 */
export function TodayReview() {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 500);
    return () => clearTimeout(timer);
  }, []);
  return <LoadWhen when={idle} load={loadStep} />;
}
