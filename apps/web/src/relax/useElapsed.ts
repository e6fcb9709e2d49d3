import { useCallback, useEffect, useState } from 'preact/hooks';
import { useApp } from '../data/app';

type Clock = { startedAt: number | null; before: number };

/**
 * Time that passed while running, on the device clock (`app.now()`, which
 * the tests control): worked out from the moment of starting, ticking ten
 * times a second only to redraw, so a busy phone never makes it drift.
 * Pausing keeps what passed; starting begins again at zero; `seek` jumps to a
 * moment (a guide's previous or next step).
 */
export function useElapsed(): {
  elapsedMs: number;
  running: boolean;
  start: () => void;
  pause: () => void;
  resume: () => void;
  seek: (ms: number) => void;
} {
  const app = useApp();
  const [clock, setClock] = useState<Clock>({ startedAt: null, before: 0 });
  const [now, setNow] = useState(() => app.now());
  const running = clock.startedAt !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(app.now()), 100);
    return () => clearInterval(timer);
  }, [running, app]);
  const start = useCallback(() => {
    const at = app.now();
    setNow(at);
    setClock({ startedAt: at, before: 0 });
  }, [app]);
  const pause = useCallback(() => {
    const at = app.now();
    setNow(at);
    setClock((current) =>
      current.startedAt === null ? current : { startedAt: null, before: current.before + (at - current.startedAt) },
    );
  }, [app]);
  const resume = useCallback(() => {
    const at = app.now();
    setNow(at);
    setClock((current) => (current.startedAt === null ? { startedAt: at, before: current.before } : current));
  }, [app]);
  const seek = useCallback(
    (ms: number) => {
      const at = app.now();
      setNow(at);
      setClock((current) => ({ startedAt: current.startedAt === null ? null : at, before: Math.max(0, ms) }));
    },
    [app],
  );
  const elapsedMs = clock.before + (clock.startedAt === null ? 0 : Math.max(0, now - clock.startedAt));
  return { elapsedMs, running, start, pause, resume, seek };
}

/** True while the person asked their device for less motion (`prefers-reduced-motion: reduce`). */
export function useReducedMotion(): boolean {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  const [reduced, setReduced] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const update = () => setReduced(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query]);
  return reduced;
}
