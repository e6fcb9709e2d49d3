import { lazy } from 'preact-iso';

/** The settings page, loaded on demand (and precached by the service worker for offline use). */
export const SETTINGS_ROUTES = [
  { path: '/settings', component: lazy(() => import('./SettingsPage').then((m) => m.SettingsPage)) },
] as const;
