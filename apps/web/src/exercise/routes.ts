import { lazy } from 'preact-iso';
import { activeLang } from '../i18n/i18n';
import { exerciseMessages } from './messages';
import { exerciseTexts } from './texts';

/** An exercise page: its chunk and the exercise descriptions in the person's language load together. */
function withExerciseTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), exerciseTexts.preload(activeLang())]).then(([page]) => page);
}

/**
 * The routes of the strength and mobility programme (`/exercise…`), each
 * page loaded on demand with the feature's texts. Literal paths come before
 * the ones with a parameter: the router takes the first match.
 */
export const EXERCISE_ROUTES = [
  {
    path: '/exercise',
    component: lazy(
      exerciseMessages.with(withExerciseTexts(() => import('./pages/ExerciseHome').then((m) => m.ExerciseHome))),
    ),
  },
  {
    path: '/exercise/new',
    component: lazy(
      exerciseMessages.with(withExerciseTexts(() => import('./pages/ProgrammeNew').then((m) => m.ProgrammeNew))),
    ),
  },
  {
    path: '/exercise/edit',
    component: lazy(
      exerciseMessages.with(withExerciseTexts(() => import('./pages/ProgrammeEdit').then((m) => m.ProgrammeEdit))),
    ),
  },
  {
    path: '/exercise/session',
    component: lazy(
      exerciseMessages.with(withExerciseTexts(() => import('./player/SessionPlayer').then((m) => m.SessionPlayer))),
    ),
  },
  {
    path: '/exercise/progress',
    component: lazy(exerciseMessages.with(withExerciseTexts(() => import('./pages/Progress').then((m) => m.Progress)))),
  },
  {
    path: '/exercise/library',
    component: lazy(exerciseMessages.with(withExerciseTexts(() => import('./pages/Library').then((m) => m.Library)))),
  },
  {
    path: '/exercise/library/:exerciseId',
    component: lazy(
      exerciseMessages.with(withExerciseTexts(() => import('./pages/ExercisePage').then((m) => m.ExercisePage))),
    ),
  },
] as const;
