import { useEffect, useState } from 'preact/hooks';
import { LoadWhen, type OnDemand } from './LoadWhen';

/**
 * Renders a component loaded on demand once the browser is idle (at the
 * latest after 2 s): a card of Today the first screen and its first input
 * never wait for.
 */
export function LoadWhenIdle(props: { load: OnDemand }) {
  // Loaded already (Today loads these with itself when it is the page opened): no reason to wait.
  const [idle, setIdle] = useState(() => props.load.loaded !== undefined);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 500);
    return () => clearTimeout(timer);
  }, []);
  return <LoadWhen when={idle} load={props.load} />;
}
