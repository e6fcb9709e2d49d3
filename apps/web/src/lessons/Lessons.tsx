import { useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import { lessonHeading } from './lessonHeading';
import { useLessons } from './lessons';
import { useLessonProgress } from './state';
import '../ui/kit.css';
import './lessons.css';

/** `/lessons`: how many lessons were read, and every lesson with how long it takes and whether it was read. */
export function Lessons() {
  const { t } = useI18n();
  const lessons = useLessons();
  const progress = useLessonProgress();
  const read = new Set(progress.map((record) => record.data.lessonId));
  const readCount = (lessons ?? []).filter((lesson) => read.has(lesson.id)).length;
  return (
    <div class="page page--lessons">
      <PageHeading title={t('lessons.title')} />
      <p class="lead">{t('lessons.intro')}</p>
      {lessons && (
        <div class="lessons-progress">
          <p id="lessons-progress">{t('lessons.progress', { read: readCount, total: lessons.length })}</p>
          <progress max={lessons.length} value={readCount} aria-labelledby="lessons-progress" />
        </div>
      )}
      <ul class="link-list" aria-busy={lessons ? undefined : 'true'}>
        {(lessons ?? []).map((lesson) => (
          <li key={lesson.id} data-lesson={lesson.id}>
            <a class="link-list-link" href={`/lessons/${lesson.id}`}>
              {lessonHeading(t, lesson.id).title}
            </a>
            <p class="link-list-text">{lessonHeading(t, lesson.id).summary}</p>
            <p class="link-list-meta">
              {t('lessons.minutes', { minutes: lesson.minutes })} ·{' '}
              {read.has(lesson.id) ? <strong>{t('lessons.read')}</strong> : t('lessons.notRead')}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
