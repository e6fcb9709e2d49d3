import { useEffect, useState } from 'preact/hooks';

/** A value that can be read and watched: the app's whole state management. */
export class Observable<T> {
  #value: T;
  #listeners = new Set<(value: T) => void>();

  constructor(value: T) {
    this.#value = value;
  }

  get(): T {
    return this.#value;
  }

  set(value: T): void {
    this.#value = value;
    for (const listener of this.#listeners) listener(value);
  }

  update(change: (value: T) => T): void {
    this.set(change(this.#value));
  }

  subscribe(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Re-renders the component whenever the observable changes. */
export function useObservable<T>(observable: Observable<T>): T {
  const [value, setValue] = useState(() => observable.get());
  useEffect(() => {
    // The value may have changed between render and subscribe.
    setValue(observable.get());
    return observable.subscribe(setValue);
  }, [observable]);
  return value;
}

/**
 * A value derived from an observable's value, computed once per value and shared by every caller. `App.records`
 * replaces its whole map on each change and never edits it, so one map is one snapshot: Today's cards, the header and
 * the safety gate read the same records, and each checking them again cost every render of the page (on a slow phone,
 * a long task; docs/architecture.md, "First load"). The cache holds a value weakly, so an old snapshot goes once
 * nothing shows it.
 *
 * @example
 * const checkInDays = perSnapshot((records: RecordsSnapshot) => checkInsByDay(snapshotReader(records)));
 * checkInDays(app.records.get()) === checkInDays(app.records.get()) // true: computed once
 */
export function perSnapshot<S extends object, T>(derive: (snapshot: S) => T): (snapshot: S) => T {
  const cache = new WeakMap<S, { value: T }>();
  return (snapshot) => {
    let entry = cache.get(snapshot);
    if (!entry) {
      entry = { value: derive(snapshot) };
      cache.set(snapshot, entry);
    }
    return entry.value;
  };
}
