import { lazy } from 'preact-iso';
import { reviewDueMessages, reviewMessages } from './messages';

/** The weekly review pages (`/review…`), each loaded on demand with the feature's texts. */
export const REVIEW_ROUTES = [
  {
    path: '/review',
    // The review's home shows the card that says a review waits, whose texts are a part of their own.
    component: lazy(
      reviewMessages.with(reviewDueMessages.with(() => import('./pages/ReviewHome').then((m) => m.ReviewHome))),
    ),
  },
  {
    path: '/review/week',
    component: lazy(reviewMessages.with(() => import('./pages/ReviewWeekPage').then((m) => m.ReviewWeekPage))),
  },
  {
    path: '/review/settings',
    component: lazy(reviewMessages.with(() => import('./pages/ReviewSettingsPage').then((m) => m.ReviewSettingsPage))),
  },
  {
    path: '/progress',
    component: lazy(reviewMessages.with(() => import('./pages/ProgressPage').then((m) => m.ProgressPage))),
  },
] as const;
