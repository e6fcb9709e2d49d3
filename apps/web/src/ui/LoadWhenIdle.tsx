import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadWhen } from './LoadWhen';

/**
 * Renders a component loaded on demand once the browser is idle (at the
 * latest after 2 s): a card of Today the first screen and its first input
 * never wait for.
 */
export function LoadWhenIdle(props: { load: () => Promise<ComponentType> }) {
  const [idle, setIdle] = useState(false);
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
