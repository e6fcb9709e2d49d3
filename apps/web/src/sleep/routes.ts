import type { ComponentType } from 'preact';

/** The routes of this feature (filled in as its pages are built). */
export const SLEEP_ROUTES: readonly { path: string; component: ComponentType }[] = [];
