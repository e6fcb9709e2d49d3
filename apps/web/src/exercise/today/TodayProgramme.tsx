import { weekdayOf } from '@veerkracht/core';
import { useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { useTodayStep } from '../../ui/todaySteps';
import { ProgrammeNews } from '../components/ProgrammeNews';
import { dayName } from '../format';
import { loadSessionDraft, useProgramme } from '../state';
import { exerciseTexts } from '../texts';
import '../../ui/kit.css';
import '../exercise.css';

/**
 * Today's exercise card: on a programme day the session as the next step;
 * questions and proposals when they are due. On other days one quiet line
 * with the next day: a missed day is never mentioned.
 */
export function TodayProgramme() {
  const { t, tn } = useI18n();
  const { view } = useProgramme();
  const texts = exerciseTexts.useTextsOrUndefined();
  const draft = loadSessionDraft();
  const resuming =
    view !== undefined && draft?.programmeId === view.programmeId && draft.version === view.programme.version;
  // Once a question or a proposal was here, it stays a step until the person leaves, so its thanks can show.
  const hadNews = useRef(false);
  if (view && (view.followUpsDue.length > 0 || view.proposal)) hadNews.current = true;
  const shown = useTodayStep('exercise', {
    follow_up: hadNews.current,
    exercise: Boolean(view && (view.dueToday || resuming)),
  });
  if (!view || !texts || !shown) return null;
  const count = view.programme.items.length;
  return (
    <section class="card card--exercise" aria-labelledby="today-exercise">
      <h2 id="today-exercise">{t('exercise.today.title')}</h2>
      {view.dueToday || resuming ? (
        <>
          <p class="quota-line">{tn('exercise.today.due', count)}</p>
          <p>{t('exercise.today.light')}</p>
          <p class="actions">
            <a class="button" href="/exercise/session">
              {resuming ? t('exercise.home.resume') : t('exercise.home.begin')}
            </a>
            <a class="text-link" href="/exercise">
              {t('exercise.today.view')}
            </a>
          </p>
        </>
      ) : (
        <p>
          {view.doneToday ? t('exercise.home.doneToday') : ''}{' '}
          {view.nextDay && t('exercise.today.next', { day: dayName(t, weekdayOf(view.nextDay)) })}{' '}
          <a class="text-link" href="/exercise">
            {t('exercise.today.view')}
          </a>
        </p>
      )}
      <ProgrammeNews view={view} headingLevel={3} quiet />
    </section>
  );
}
