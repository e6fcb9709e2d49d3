import { lessonContextOf, suggestedLesson } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { useRecords } from '../../data/app';
import { useToday } from '../../data/useCheckIns';
import { useI18n } from '../../i18n/i18n';
import { useTodayStep } from '../../ui/todaySteps';
import { useLesson } from '../lessons';
import './suggestedLesson.css';

/**
 * Today's one lesson, when one fits what the person is doing (the core's
 * `suggestedLesson`): never more than one, never one already read.
 */
export function SuggestedLesson() {
  const { t } = useI18n();
  const records = useRecords();
  const today = useToday();
  const id = useMemo(() => suggestedLesson(lessonContextOf(records.values(), today)), [records, today]);
  const lesson = useLesson(id ?? '');
  const shown = useTodayStep('lesson', { lesson: id !== undefined });
  if (!id || lesson === null || !shown) return null;
  // The card is there in the first frame; the lesson's own words arrive a moment later into room kept for them, so
  // nothing under the card jumps down while the person reads.
  return (
    <section class="card" aria-labelledby="today-lesson" data-lesson={id}>
      <h2 id="today-lesson">{t('lessons.today.title')}</h2>
      <div class="lesson-preview">
        {lesson && (
          <>
            <p>
              <strong>{lesson.title}</strong>
            </p>
            <p>{lesson.summary}</p>
          </>
        )}
      </div>
      <p class="actions">
        <a class="button button--secondary" href={`/lessons/${id}`}>
          {t('lessons.today.read')}
        </a>
      </p>
    </section>
  );
}
