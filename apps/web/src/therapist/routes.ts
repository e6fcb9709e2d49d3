import { lazy } from 'preact-iso';
import { therapistMessages } from './messages';

/** The physiotherapist's workspace, a lazy area of its own (desktop and tablet first). */
export const THERAPIST_ROUTES = [
  {
    path: '/therapist',
    component: lazy(therapistMessages.with(() => import('./pages/TherapistHome').then((m) => m.TherapistHome))),
  },
  {
    path: '/therapist/setup',
    component: lazy(therapistMessages.with(() => import('./pages/SetupPage').then((m) => m.SetupPage))),
  },
  {
    path: '/therapist/patients/:patientId',
    component: lazy(therapistMessages.with(() => import('./pages/PatientPage').then((m) => m.PatientPage))),
  },
] as const;
