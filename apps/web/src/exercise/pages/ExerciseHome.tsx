import { exerciseById, weekdayOf } from '@veerkracht/core';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { ProgrammeNews } from '../components/ProgrammeNews';
import { dayList, dayName, doseText, exerciseName, variantName } from '../format';
import { loadSessionDraft, useProgramme } from '../state';
import { useExerciseTexts } from '../texts';
import '../../ui/kit.css';
import '../exercise.css';

/** `/exercise`: the programme now (days, exercises at their doses, what the 48-hour rule proposes), or how to start one. */
export function ExerciseHome() {
  const { t, lang, tn } = useI18n();
  const texts = useExerciseTexts();
  const { view, paused } = useProgramme();
  if (!view) {
    return (
      <div class="page page--exercise">
        <PageHeading title={t('exercise.home.title')} />
        <p class="lead">{t('exercise.home.intro')}</p>
        <p>{t('exercise.home.why')}</p>
        <p>{t('exercise.home.light')}</p>
        <p class="actions">
          <a class="button" href="/exercise/new">
            {t('exercise.home.start')}
          </a>
          <a class="text-link" href="/exercise/library">
            {t('exercise.home.library')}
          </a>
        </p>
      </div>
    );
  }
  const { programme } = view;
  const draft = loadSessionDraft();
  const resuming = draft?.programmeId === view.programmeId && draft.version === programme.version;
  const next = view.nextDay;
  return (
    <div class="page page--exercise">
      <PageHeading title={t('exercise.home.title')} />
      {programme.by === 'therapist' && programme.reason && (
        <p class="notice">{t('exercise.home.byTherapist', { reason: programme.reason })}</p>
      )}
      {paused && view.proposal === null && view.status !== 'paused' && (
        <p class="notice">{t('exercise.status.paused')}</p>
      )}
      <section class="card card--exercise" aria-labelledby="exercise-next">
        <h2 id="exercise-next">{t('exercise.home.days', { days: dayList(t, programme.days) })}</h2>
        <p>
          {view.dueToday
            ? t('exercise.home.today')
            : view.doneToday
              ? t('exercise.home.doneToday')
              : next
                ? t('exercise.home.nextDay', { day: dayName(t, weekdayOf(next)) })
                : ''}
        </p>
        <p class="actions">
          <a class={view.dueToday || resuming ? 'button' : 'button button--secondary'} href="/exercise/session">
            {resuming ? t('exercise.home.resume') : view.dueToday ? t('exercise.home.begin') : t('exercise.home.extra')}
          </a>
        </p>
        <ProgrammeNews view={view} headingLevel={3} />
      </section>

      <section class="card" aria-labelledby="exercise-list">
        <h2 id="exercise-list">{t('exercise.home.list')}</h2>
        <ol class="exercise-list">
          {programme.items.map((item) => {
            const known = exerciseById(item.exerciseId);
            if (!known) return null;
            const variant = item.kind === 'strength' ? variantName(texts, item.exerciseId, item.variant) : undefined;
            return (
              <li key={item.exerciseId}>
                <a class="text-link" href={`/exercise/library/${item.exerciseId}`}>
                  {exerciseName(texts, item.exerciseId)}
                </a>
                <span class="exercise-dose">
                  {doseText(t, tn, lang, item)}
                  {variant ? ` · ${variant}` : ''}
                </span>
                {item.feared && <span class="muted"> · {t('exercise.home.feared')}</span>}
              </li>
            );
          })}
        </ol>
        <p class="actions">
          <a class="text-link" href="/exercise/progress">
            {t('exercise.home.progress')}
          </a>
          <a class="text-link" href="/exercise/edit">
            {t('exercise.home.edit')}
          </a>
          <a class="text-link" href="/exercise/library">
            {t('exercise.home.library')}
          </a>
        </p>
      </section>
    </div>
  );
}
