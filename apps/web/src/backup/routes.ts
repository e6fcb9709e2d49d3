import { lazy } from 'preact-iso';

/** Backup (turn on, recovery code, restore, turn off), loaded on demand. */
export const BACKUP_ROUTES = [
  { path: '/backup', component: lazy(() => import('./Backup').then((m) => m.Backup)) },
] as const;
