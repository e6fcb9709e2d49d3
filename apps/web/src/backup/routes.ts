import { lazy } from 'preact-iso';
import { backupMessages } from './messages';

/** Backup (turn on, recovery code, restore, turn off), loaded on demand. */
export const BACKUP_ROUTES = [
  { path: '/backup', component: lazy(backupMessages.with(() => import('./Backup').then((m) => m.Backup))) },
] as const;
