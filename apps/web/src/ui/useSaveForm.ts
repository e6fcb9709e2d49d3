import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Where a save is: nothing yet, waiting for the device's database, done, or failed (the person may try again). */
export type SavePhase = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The one save-state machine of the app's forms: `save(work)` runs one save
 * at a time (a second tap while saving is ignored), and the phase says what
 * to show. The confirmation (the element behind `statusRef`) takes focus once
 * saved, so a screen reader hears it and the keyboard continues from there.
 * A save never throws into the page: a failure becomes the `failed` phase.
 *
 * @example
 * const { phase, save, statusRef } = useSaveForm<HTMLParagraphElement>();
 * <button onClick={() => save(() => markLessonRead(app, id))} disabled={phase === 'saving'} />
 */
export function useSaveForm<E extends HTMLElement = HTMLElement>(): {
  phase: SavePhase;
  save: (work: () => Promise<unknown>) => Promise<boolean>;
  reset: () => void;
  statusRef: RefObject<E | null>;
} {
  const [phase, setPhase] = useState<SavePhase>('idle');
  const busy = useRef(false);
  const statusRef = useRef<E>(null);
  useEffect(() => {
    if (phase === 'saved') statusRef.current?.focus();
  }, [phase]);
  const save = useCallback(async (work: () => Promise<unknown>) => {
    if (busy.current) return false;
    busy.current = true;
    setPhase('saving');
    try {
      await work();
      setPhase('saved');
      return true;
    } catch {
      setPhase('failed');
      return false;
    } finally {
      busy.current = false;
    }
  }, []);
  const reset = useCallback(() => setPhase('idle'), []);
  return { phase, save, reset, statusRef };
}
