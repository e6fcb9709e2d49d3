import { lazy } from 'preact-iso';
import { linksMessages } from './messages';

/** Linking to a physiotherapist (`/link`) and who looked at the person's data (`/access-log`). */
export const LINK_ROUTES = [
  { path: '/link', component: lazy(linksMessages.with(() => import('./pages/LinkPage').then((m) => m.LinkPage))) },
  {
    path: '/access-log',
    component: lazy(linksMessages.with(() => import('./pages/AccessLogPage').then((m) => m.AccessLogPage))),
  },
] as const;
