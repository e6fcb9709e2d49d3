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
