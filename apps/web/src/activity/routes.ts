import { lazy } from 'preact-iso';
import { activityMessages } from './messages';

/**
 * The routes of graded activity (`/plan…`, `/follow-up/…`), each page
 * loaded on demand. Literal paths come
 * before the ones with a parameter: the router takes the first match.
 */
export const ACTIVITY_ROUTES = [
  { path: '/plan', component: lazy(activityMessages.with(() => import('./pages/PlanList').then((m) => m.PlanList))) },
  { path: '/plan/new', component: lazy(activityMessages.with(() => import('./pages/PlanNew').then((m) => m.PlanNew))) },
  {
    path: '/plan/:planId',
    component: lazy(activityMessages.with(() => import('./pages/PlanDetail').then((m) => m.PlanDetail))),
  },
  {
    path: '/plan/:planId/log',
    component: lazy(activityMessages.with(() => import('./pages/LogSession').then((m) => m.LogSession))),
  },
  {
    path: '/follow-up/:sessionId',
    component: lazy(activityMessages.with(() => import('./pages/FollowUpPage').then((m) => m.FollowUpPage))),
  },
] as const;
