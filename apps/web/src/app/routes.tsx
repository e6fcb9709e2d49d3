import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
// The router's own path matcher (not re-exported by the package's index), so a preload matches what the router will.
import { exec } from 'preact-iso/router';
import { ABOUT_ROUTES } from '../about/routes';
import { activityMessages } from '../activity/messages';
import { ACTIVITY_ROUTES } from '../activity/routes';
import { BACKUP_ROUTES } from '../backup/routes';
import { CHECKIN_ROUTES } from '../checkin/routes';
import { ERASE_ROUTES } from '../erase/routes';
import { exerciseMessages } from '../exercise/messages';
import { EXERCISE_ROUTES } from '../exercise/routes';
import { EXPORT_ROUTES } from '../export/routes';
import { EXPOSURE_ROUTES } from '../exposure/routes';
import { flareUpMessages } from '../flareup/messages';
import { FLARE_UP_ROUTES } from '../flareup/routes';
import { LESSON_ROUTES } from '../lessons/routes';
import { LINK_ROUTES } from '../links/routes';
import { MEASURE_ROUTES } from '../measures/routes';
import { RELAX_ROUTES } from '../relax/routes';
import { REMINDER_ROUTES } from '../reminders/routes';
import { REVIEW_ROUTES } from '../review/routes';
import { SAFETY_ROUTES } from '../safety/routes';
import { SETTINGS_ROUTES } from '../settings/routes';
import { SLEEP_ROUTES } from '../sleep/routes';
import { THERAPIST_ROUTES } from '../therapist/routes';
import { moreMessages } from './messages';

/**
 * Every page of the app: each feature lists its own routes; the app only
 * puts them together (docs/architecture.md, "The web app"). Within a
 * feature, literal paths come before ones with a parameter: the router takes
 * the first match.
 */
export const ROUTES: readonly { path: string; component: ComponentType }[] = [
  // Today and the check-in are pages like the others: `preloadPage` at boot fetches the one opened beside the
  // catalogue, so /start and the other pages do not carry them. After a check-in the safety check may offer its
  // questions (a component of safety/, passed in: features never import each other).
  { path: '/', component: lazy(() => import('./Today').then((m) => m.todayCardsLoaded().then(() => m.Today))) },
  {
    path: '/check-in',
    component: lazy(() =>
      Promise.all([
        import('../checkin/CheckInPage'),
        import('../safety/FlareUpOffer'),
        import('../flareup/FlareUpLink'),
      ]).then(([{ CheckInPage }, { FlareUpOffer }, { FlareUpLink }]) => {
        // The emergency signs first, then the way to the person's own flare-up plan.
        const AfterCheckIn = (props: { date: string; pain: number }) => (
          <>
            <FlareUpOffer {...props} />
            <FlareUpLink {...props} />
          </>
        );
        return () => <CheckInPage after={AfterCheckIn} />;
      }),
    ),
  },
  // During a flare-up: the person's plan, and the way back up of activity plans and the exercise programme
  // (activity/ and exercise/, passed in).
  {
    path: '/flare-up',
    component: lazy(
      flareUpMessages.with(
        activityMessages.with(
          exerciseMessages.with(() =>
            Promise.all([
              import('../flareup/pages/FlareUpNow'),
              import('../activity/flareUp/PlanWayBack'),
              import('../exercise/flareUp/ProgrammeWayBack'),
            ]).then(([{ FlareUpNow }, { PlanWayBack }, { ProgrammeWayBack }]) => {
              const WayBack = () => (
                <>
                  <PlanWayBack />
                  <ProgrammeWayBack />
                </>
              );
              return () => <FlareUpNow wayBack={WayBack} />;
            }),
          ),
        ),
      ),
    ),
  },
  ...CHECKIN_ROUTES,
  ...ACTIVITY_ROUTES,
  ...EXPOSURE_ROUTES,
  ...EXERCISE_ROUTES,
  ...SLEEP_ROUTES,
  ...RELAX_ROUTES,
  ...FLARE_UP_ROUTES,
  ...SAFETY_ROUTES,
  ...MEASURE_ROUTES,
  ...LESSON_ROUTES,
  ...REVIEW_ROUTES,
  ...REMINDER_ROUTES,
  ...LINK_ROUTES,
  ...THERAPIST_ROUTES,
  ...BACKUP_ROUTES,
  ...EXPORT_ROUTES,
  ...SETTINGS_ROUTES,
  ...ERASE_ROUTES,
  ...ABOUT_ROUTES,
  { path: '/more', component: lazy(moreMessages.with(() => import('./More').then((m) => m.More))) },
];

export const NotFound = lazy(() => import('./NotFound').then((m) => m.NotFound));

/**
 * Starts loading the lazy page at `path` (its chunk, and its texts where the
 * route loads them too). Called at boot: otherwise the page's chunk is only
 * requested once the catalogue and the database are ready and the first
 * render reaches the router, one network round trip later. Resolves when the
 * page can render (at once for a path without a lazy page); never rejects: a
 * failed load (offline before the first visit) shows up when the router
 * renders the page.
 */
export function preloadPage(path: string): Promise<void> {
  const page = ROUTES.find((route) => exec(path, route.path));
  const component: unknown = page?.component;
  if (
    component &&
    typeof component === 'function' &&
    'preload' in component &&
    typeof component.preload === 'function'
  ) {
    return (component.preload() as Promise<unknown>).then(
      () => undefined,
      () => undefined,
    );
  }
  return Promise.resolve();
}
