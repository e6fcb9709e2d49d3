import { useCallback, useState } from 'preact/hooks';

/**
 * State that survives a reload of the page, for a flow that is not finished
 * yet (the first run, a safety check half answered). It lives in
 * `sessionStorage`, so it is gone when the tab or app is closed: nothing half
 * answered stays behind on the device for long. `clear()` removes it when the
 * flow is done. Unreadable or blocked storage simply gives the initial value.
 */
export function useDraft<T>(key: string, initial: () => T): [T, (next: T | ((current: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => readDraft(key) ?? initial());
  const set = useCallback(
    (next: T | ((current: T) => T)) => {
      setValue((current) => {
        const resolved = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
        writeDraft(key, resolved);
        return resolved;
      });
    },
    [key],
  );
  const clear = useCallback(() => clearDraft(key), [key]);
  return [value, set, clear];
}

/** The saved draft under `key`, or undefined. */
export function readDraft<T>(key: string): T | undefined {
  try {
    const text = sessionStorage.getItem(`veerkracht.draft.${key}`);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(`veerkracht.draft.${key}`, JSON.stringify(value));
  } catch {
    // Without storage the flow still works; only a reload starts it again.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(`veerkracht.draft.${key}`);
  } catch {
    // Nothing to clear.
  }
}
