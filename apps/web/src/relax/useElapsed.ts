import { useCallback, useEffect, useState } from 'preact/hooks';
import { useApp } from '../data/app';
import {
  activeAt,
  type ElapsedClock,
  pauseClock,
  positionAt,
  resumeClock,
  STOPPED_CLOCK,
  seekClock,
  startClock,
} from './elapsedClock';

/**
 * A session's clock on the device clock (`app.now()`, which the tests
 * control), redrawn ten times a second while it runs (see `elapsedClock.ts`).
 * `elapsedMs` is the position in the session, `activeMs` the time it really
 * ran (what a session record counts).
 */
export function useElapsed(): {
  elapsedMs: number;
  activeMs: number;
  running: boolean;
  start: () => void;
  pause: () => void;
  resume: () => void;
  seek: (ms: number) => void;
} {
  const app = useApp();
  const [clock, setClock] = useState<ElapsedClock>(STOPPED_CLOCK);
  const [now, setNow] = useState(() => app.now());
  const running = clock.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(app.now()), 100);
    return () => clearInterval(timer);
  }, [running, app]);
  const change = useCallback(
    (next: (current: ElapsedClock, at: number) => ElapsedClock) => {
      const at = app.now();
      setNow(at);
      setClock((current) => next(current, at));
    },
    [app],
  );
  const start = useCallback(() => change((_, at) => startClock(at)), [change]);
  const pause = useCallback(() => change(pauseClock), [change]);
  const resume = useCallback(() => change(resumeClock), [change]);
  const seek = useCallback((ms: number) => change((current, at) => seekClock(current, at, ms)), [change]);
  return {
    elapsedMs: positionAt(clock, now),
    activeMs: activeAt(clock, now),
    running,
    start,
    pause,
    resume,
    seek,
  };
}

/** True while the person asked their device for less motion (`prefers-reduced-motion: reduce`). */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => reducedMotionQuery()?.matches ?? false);
  useEffect(() => {
    const query = reducedMotionQuery();
    if (!query) return;
    const update = () => setReduced(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return reduced;
}

function reducedMotionQuery(): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;
}
