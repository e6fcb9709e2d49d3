import { lazy } from 'preact-iso';

/** The lessons list and one lesson, loaded on demand (each lesson's text is a lazy module per language). */
export const LESSON_ROUTES = [
  { path: '/lessons', component: lazy(() => import('./Lessons').then((m) => m.Lessons)) },
  { path: '/lessons/:id', component: lazy(() => import('./LessonPage').then((m) => m.LessonPage)) },
] as const;
