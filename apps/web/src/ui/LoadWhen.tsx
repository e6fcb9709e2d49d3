import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders a component that is loaded on demand, only once `when` is true:
 * Today's cards of a feature the person has not started cost the first
 * load nothing.
 */
export function LoadWhen(props: { when: boolean; load: () => Promise<ComponentType> }) {
  const [Loaded, setLoaded] = useState<ComponentType | null>(null);
  const { when, load } = props;
  useEffect(() => {
    if (!when || Loaded) return;
    let live = true;
    void load().then((component) => {
      if (live) setLoaded(() => component);
    });
    return () => {
      live = false;
    };
  }, [when, Loaded, load]);
  return when && Loaded ? <Loaded /> : null;
}
