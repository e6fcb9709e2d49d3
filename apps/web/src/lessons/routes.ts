import { lazy } from 'preact-iso';
import { lessonsMessages } from './messages';

/** The lessons list and one lesson, loaded on demand (each lesson's text is a lazy module per language). */
export const LESSON_ROUTES = [
  { path: '/lessons', component: lazy(lessonsMessages.with(() => import('./Lessons').then((m) => m.Lessons))) },
  {
    path: '/lessons/:id',
    component: lazy(lessonsMessages.with(() => import('./LessonPage').then((m) => m.LessonPage))),
  },
] as const;
