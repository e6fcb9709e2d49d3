import { lazy } from 'preact-iso';
import { settingsMessages } from './messages';

/** The settings page, loaded on demand (and precached by the service worker for offline use). */
export const SETTINGS_ROUTES = [
  {
    path: '/settings',
    component: lazy(settingsMessages.with(() => import('./SettingsPage').then((m) => m.SettingsPage))),
  },
] as const;
