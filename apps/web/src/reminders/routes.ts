import { lazy } from 'preact-iso';
import { remindersMessages } from './messages';

/** The reminders page (`/reminders`), loaded on demand with the feature's texts. */
export const REMINDER_ROUTES = [
  {
    path: '/reminders',
    component: lazy(remindersMessages.with(() => import('./pages/RemindersPage').then((m) => m.RemindersPage))),
  },
] as const;
