import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { useWakeLock } from '../../ui/useWakeLock';
import { prepareSignals } from './signals';
import {
  endsAt,
  heldSeconds,
  isRunning,
  newTimer,
  pauseTimer,
  readTimer,
  remainingSeconds,
  startTimer,
  type TimerState,
  timerCue,
} from './timer';

/** What a countdown tells its page: it started (by a tap), 10 seconds are left, it is done. */
export type Cue = 'start' | 'ten_left' | 'done';

// The one running timer of the session (a hold or a rest), kept beside the session draft so a reload in the middle
// of a rest or a hold goes on with the same countdown instead of starting it again.
const TIMER_KEY = 'veerkracht.exercise.timer';

/** The id of the timer kept on this device, if any (the player compares it with the one it would show). */
export function keptTimerId(): string | undefined {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(TIMER_KEY) ?? 'null');
    return typeof kept === 'object' && kept !== null && typeof (kept as { id?: unknown }).id === 'string'
      ? (kept as { id: string }).id
      : undefined;
  } catch {
    return undefined;
  }
}

function keptTimer(id: string): TimerState | undefined {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(TIMER_KEY) ?? 'null');
    if (typeof kept !== 'object' || kept === null || (kept as { id?: unknown }).id !== id) return undefined;
    return readTimer((kept as { timer?: unknown }).timer);
  } catch {
    return undefined;
  }
}

/** Keeps a timer under its id (the one kept before is replaced). */
export function keepTimer(id: string, timer: TimerState): void {
  try {
    localStorage.setItem(TIMER_KEY, JSON.stringify({ id, timer }));
  } catch {
    // Without storage the timer still runs; only a reload starts it again.
  }
}

export function forgetTimer(): void {
  try {
    localStorage.removeItem(TIMER_KEY);
  } catch {
    // Nothing to forget.
  }
}

/**
 * A countdown of `seconds` on the device clock (`app.now()`, which the tests
 * control): the time left is worked out from the moment it started, ticking
 * four times a second only to redraw, so a busy phone or a tab in the
 * background never makes it drift. It is kept under `id`, so a reload goes on
 * with it. `onCue` hears the start, 10 seconds left and the end (`late`: the
 * end passed while the page was closed).
 */
export function useCountdown(props: {
  id: string;
  seconds: number;
  autoStart?: boolean;
  onCue: (cue: Cue, late: boolean) => void;
}) {
  const app = useApp();
  const { id, seconds } = props;
  const [timer, setTimer] = useState<TimerState>(() => keptTimer(id) ?? newTimer(seconds));
  const [now, setNow] = useState(() => app.now());
  const onCue = useRef(props.onCue);
  onCue.current = props.onCue;
  const running = isRunning(timer);
  const left = remainingSeconds(timer, now);
  // The seconds left at the last reading, to hear only the moments that matter (timerCue).
  const before = useRef(remainingSeconds(timer, timer.runningSince ?? 0));

  const update = (next: TimerState) => {
    setTimer(next);
    keepTimer(id, next);
  };

  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(app.now());
    tick();
    const interval = setInterval(tick, 250);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [app, running]);

  useWakeLock(running);

  useEffect(() => {
    const previous = before.current;
    before.current = left;
    if (!running) return;
    const cue = timerCue(previous, left, seconds);
    if (cue === 'done') {
      const end = endsAt(timer) ?? now;
      setTimer({ ...timer, elapsedMs: timer.durationMs, runningSince: null });
      forgetTimer();
      onCue.current('done', now - end > 3000);
    } else if (cue) onCue.current(cue, false);
  }, [left, running, seconds, timer, now]);

  const start = () => {
    prepareSignals();
    const at = app.now();
    setNow(at);
    before.current = remainingSeconds(timer, at);
    update(startTimer(timer, at));
    onCue.current('start', false);
  };

  useEffect(() => {
    if (props.autoStart && !running && timer.elapsedMs === 0) start();
    // Only when the countdown first shows: a paused or finished one is not started again by itself.
  }, []);

  return {
    left,
    running,
    /** Started at some point and not back at the top. */
    started: running || timer.elapsedMs > 0,
    start,
    /** Pauses and says how many whole seconds it ran (what a person held before stopping). */
    pause: (): number => {
      const at = app.now();
      setNow(at);
      const next = pauseTimer(timer, at);
      update(next);
      return heldSeconds(next, at);
    },
    reset: () => {
      const next = newTimer(seconds);
      before.current = seconds;
      setTimer(next);
      forgetTimer();
    },
  };
}
