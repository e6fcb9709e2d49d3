import { useEffect } from 'preact/hooks';

/**
 * Keeps the screen on while `active`, where the browser has the Screen Wake
 * Lock API. The browser lets go of the lock when the page is hidden, so it is
 * asked for again when the page is shown. Refusals (battery saver, no
 * permission) are ignored: the timer runs all the same.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let live = true;
    const request = () => {
      if (document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      try {
        navigator.wakeLock.request('screen').then(
          (sentinel) => {
            if (live) lock = sentinel;
            else void sentinel.release().catch(() => undefined);
          },
          () => undefined,
        );
      } catch {
        // Not allowed here.
      }
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', request);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}
