import type { SafetyStatus } from '@veerkracht/core';

/**
 * Pages a person may open before the first run: the first run itself, information, restoring a backup, and
 * deleting everything (whose last page shows after the device is empty again).
 */
const OPEN_BEFORE_FIRST_RUN = ['/start', '/about', '/backup', '/more', '/safety', '/lessons', '/erase'];

/** The physiotherapist's workspace. */
export const STAFF_AREA = '/therapist';

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Where the app must send the person instead of `path`, or `undefined` to
 * stay. An emergency screen that was not yet confirmed as read comes back on
 * every page until it is (it cannot be dismissed). On a new device, the
 * first run (language, what the app is, the safety check) comes before the
 * rest of the app; information pages and restoring a backup stay open.
 *
 * @example
 * gateRedirect('/check-in', { firstRunDone: false, … }) // '/start'
 * gateRedirect('/about', { firstRunDone: false, … }) // undefined
 */
export function gateRedirect(
  path: string,
  status: Pick<SafetyStatus, 'firstRunDone' | 'unreadEmergency'>,
): string | undefined {
  // The therapist's workspace is not the person's app: a practice computer has no first run of its own.
  if (under(path, STAFF_AREA)) return undefined;
  if (status.unreadEmergency) {
    const screen = `/safety/result/${status.unreadEmergency.id}`;
    return path === screen ? undefined : screen;
  }
  if (!status.firstRunDone && !OPEN_BEFORE_FIRST_RUN.some((prefix) => under(path, prefix))) return '/start';
  return undefined;
}
