import { useEffect, useState } from 'preact/hooks';
import { useApp } from './app';

const MINUTE = 60_000;

/**
 * The current time, refreshed every minute and whenever the app comes back
 * into view, so follow-up questions and programme days appear when they are due.
 */
export function useNow(): number {
  const app = useApp();
  const [now, setNow] = useState(() => app.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(app.now()), MINUTE);
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(app.now());
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [app]);
  return now;
}
