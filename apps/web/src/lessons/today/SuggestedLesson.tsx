import { lessonContextOf, suggestedLesson } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { useRecords } from '../../data/app';
import { snapshotReader } from '../../data/records';
import { useToday } from '../../data/useCheckIns';
import { useI18n } from '../../i18n/i18n';
import { useTodayStep } from '../../ui/todaySteps';
import { lessonHeading } from '../lessonHeading';

/**
 * Today's one lesson, when one fits what the person is doing (the core's
 * `suggestedLesson`): never more than one, never one already read.
 */
export function SuggestedLesson() {
  const { t } = useI18n();
  const records = useRecords();
  const today = useToday();
  const id = useMemo(() => suggestedLesson(lessonContextOf(snapshotReader(records), today)), [records, today]);
  const shown = useTodayStep('lesson', { lesson: id !== undefined });
  if (!id || !shown) return null;
  // The title and summary come with the card's texts (lessons/messages.ts), so the card is whole in its first frame.
  const { title, summary } = lessonHeading(t, id);
  return (
    <section class="card" aria-labelledby="today-lesson" data-lesson={id}>
      <h2 id="today-lesson">{t('lessons.today.title')}</h2>
      <p>
        <strong>{title}</strong>
      </p>
      <p>{summary}</p>
      <p class="actions">
        <a class="button button--secondary" href={`/lessons/${id}`}>
          {t('lessons.today.read')}
        </a>
      </p>
    </section>
  );
}
