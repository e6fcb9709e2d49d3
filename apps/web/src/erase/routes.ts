import { lazy } from 'preact-iso';
import { eraseMessages } from './messages';

/** "Delete everything" (`/erase`): on this device, and on the server when backup is on. Loaded on demand. */
export const ERASE_ROUTES = [
  { path: '/erase', component: lazy(eraseMessages.with(() => import('./ErasePage').then((m) => m.ErasePage))) },
] as const;
