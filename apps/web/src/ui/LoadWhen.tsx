import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component loaded on demand, once: `loaded` is there as soon as the load finished. */
export type OnDemand = (() => Promise<ComponentType>) & { readonly loaded: ComponentType | undefined };

/**
 * Wraps a loader so it loads once and remembers what it loaded: a card whose
 * chunk is already there renders in the same pass as the page around it, not
 * one frame later (which would push what is under it down the screen).
 *
 * @example
 * const loadPlans = onDemand(() => import('./TodayPlans').then((m) => m.TodayPlans));
 * await loadPlans(); // loadPlans.loaded is TodayPlans from now on
 */
export function onDemand(load: () => Promise<ComponentType>): OnDemand {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const get = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Offline before the chunk was ever fetched: try again next time.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return Object.defineProperty(get, 'loaded', { get: () => loaded }) as OnDemand;
}

/**
 * Renders a component that is loaded on demand, only once `when` is true:
 * Today's cards of a feature the person has not started cost the first
 * load nothing.
 */
export function LoadWhen(props: { when: boolean; load: OnDemand }) {
  const { when, load } = props;
  const [Loaded, setLoaded] = useState<ComponentType | undefined>(() => load.loaded);
  useEffect(() => {
    if (!when || Loaded) return;
    let live = true;
    load().then(
      (component) => {
        if (live) setLoaded(() => component);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [when, Loaded, load]);
  return when && Loaded ? <Loaded /> : null;
}
