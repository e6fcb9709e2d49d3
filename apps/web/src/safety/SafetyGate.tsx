import { useLayoutEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { gateRedirect } from './gate';
import { useSafetyStatus } from './state';

/**
 * Keeps the first run and an unread emergency screen in front (see
 * `gateRedirect`). It renders nothing; it replaces the current history entry,
 * so "back" does not lead around it.
 */
export function SafetyGate() {
  const status = useSafetyStatus();
  const { path, route } = useLocation();
  const target = gateRedirect(path, status);
  useLayoutEffect(() => {
    if (target) route(target, true);
  }, [target, route]);
  return null;
}
