import { useRoute } from 'preact-iso';
import { useApp } from '../data/app';
import { dayOfInstantOrUndefined } from '../data/dayOfInstant';
import { formatDay, useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import { WhenToCallDoctor } from '../ui/safetySigns/WhenToCallDoctor';
import { useSaveForm } from '../ui/useSaveForm';
import { useLesson } from './lessons';
import { markLessonRead, useLessonProgress } from './state';
import '../ui/kit.css';
import './lessons.css';
import { lessonHeading } from './lessonHeading';

/** `/lessons/:id`: one lesson, its sources, and "I have read this lesson". */
export function LessonPage() {
  const { t, lang } = useI18n();
  const { params } = useRoute();
  const lesson = useLesson(params.id ?? '');
  const app = useApp();
  const progress = useLessonProgress();
  const { phase, save, statusRef } = useSaveForm<HTMLParagraphElement>();
  if (lesson === undefined) {
    // The same heading element as the loaded page, so the focus it got after navigation stays on it.
    return (
      <div class="page page--lesson">
        <PageHeading title={t('app.loading')} />
      </div>
    );
  }
  if (!lesson) {
    return (
      <div class="page">
        <PageHeading title={t('lesson.notFound')} />
        <p>
          <a class="button" href="/lessons">
            {t('lesson.back')}
          </a>
        </p>
      </div>
    );
  }
  const record = progress.filter((item) => item.data.lessonId === lesson.id).at(-1);
  const readDay = record ? dayOfInstantOrUndefined(record.data.readAt) : undefined;

  const markRead = () => {
    if (lesson) void save(() => markLessonRead(app, lesson.id, record));
  };

  return (
    <div class="page page--lesson" data-lesson={lesson.id}>
      <PageHeading title={lessonHeading(t, lesson.id).title} />
      <p class="lead">{lessonHeading(t, lesson.id).summary}</p>
      <article class="lesson">
        {lesson.sections.map((section, i) => (
          <section key={section.heading ?? `part-${i}`}>
            {section.heading && <h2>{section.heading}</h2>}
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {section.bullets && (
              <ul class="bullets">
                {section.bullets.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </article>
      {lesson.whenToCallDoctor && <WhenToCallDoctor />}
      <div class="card lesson-read">
        <p ref={statusRef} tabIndex={-1} role="status" class={phase === 'saved' ? 'confirmation' : ''}>
          {phase === 'saved'
            ? t('lesson.markedRead')
            : readDay
              ? t('lesson.readOn', { day: formatDay(readDay, lang) })
              : ''}
        </p>
        {phase === 'failed' && (
          <p class="field-error" role="alert">
            {t('checkin.saveFailed')}
          </p>
        )}
        {phase !== 'saved' && !record && (
          <p class="actions">
            <button type="button" class="button" disabled={phase === 'saving'} onClick={markRead}>
              {t('lesson.markRead')}
            </button>
          </p>
        )}
      </div>
      <footer class="lesson-sources">
        <h2>{t('lesson.sources')}</h2>
        <ul class="bullets">
          {lesson.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
        <p class="muted">{t('footer.review')}</p>
      </footer>
      <p>
        <a class="text-link" href="/lessons">
          {t('lesson.back')}
        </a>
      </p>
    </div>
  );
}
