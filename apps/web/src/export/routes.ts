import { lazy } from 'preact-iso';
import { exportMessages } from './messages';

/**
 * The person's own export (`/export`: the JSON file and the CSV tables) and the printable summary
 * (`/export/summary`), each loaded on demand with the feature's texts; both work offline from the device's records.
 */
export const EXPORT_ROUTES = [
  {
    path: '/export',
    component: lazy(exportMessages.with(() => import('./ExportPage').then((m) => m.ExportPage))),
  },
  {
    path: '/export/summary',
    component: lazy(exportMessages.with(() => import('./SummaryPage').then((m) => m.SummaryPage))),
  },
] as const;
