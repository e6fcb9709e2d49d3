import { exerciseById, grownSinceStart } from '@veerkracht/core';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { ExerciseChart } from '../components/ExerciseChart';
import { exerciseName, shortDose } from '../format';
import { useProgrammes } from '../state';
import { useExerciseTexts } from '../texts';
import '../../ui/kit.css';
import '../exercise.css';
import { NothingHere } from '../components/NothingHere';

/**
 * `/exercise/progress`: what the person can do now that they could not in
 * their first week, and per exercise a chart with a table over all sessions.
 */
export function Progress() {
  const { t, tn, lang } = useI18n();
  const texts = useExerciseTexts();
  const { programmes } = useProgrammes();
  const view = programmes.filter((p) => p.programme.status === 'active').at(-1) ?? programmes.at(-1);
  if (!view || view.sessions.length === 0) {
    return <NothingHere title={t('exercise.progress.title')} text={t('exercise.progress.none')} />;
  }
  const grown = grownSinceStart(view);
  const count = view.sessions.length;
  return (
    <div class="page page--exercise">
      <PageHeading title={t('exercise.progress.title')} />
      <p class="lead">{tn('exercise.progress.sessions', count)}</p>
      <section class="card" aria-labelledby="grown">
        <h2 id="grown">{t('exercise.progress.grownTitle')}</h2>
        {grown.length === 0 ? (
          <p>{t('exercise.progress.grownNone')}</p>
        ) : (
          <ul class="bullets">
            {grown.map((item) => {
              const now =
                item.now.kind === 'strength'
                  ? { amount: item.now.targetReps, load: item.now.load, variant: item.now.variant }
                  : { amount: item.now.amount };
              // The form is named only when it changed; otherwise the numbers say it all.
              const named = now.variant !== undefined && now.variant !== (item.first.variant ?? 0);
              return (
                <li key={item.exerciseId}>
                  {t('exercise.progress.grownLine', {
                    name: exerciseName(texts, item.exerciseId),
                    before: shortDose(tn, lang, texts, item.exerciseId, {
                      amount: item.first.target,
                      load: item.first.load,
                      variant: named ? item.first.variant : undefined,
                    }),
                    now: shortDose(tn, lang, texts, item.exerciseId, {
                      ...now,
                      variant: named ? now.variant : undefined,
                    }),
                  })}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {view.programme.items
        .filter((item) => exerciseById(item.exerciseId))
        .map((item) => {
          const headingId = `progress-${item.exerciseId}`;
          return (
            <section class="card" key={item.exerciseId} aria-labelledby={headingId}>
              <h2 id={headingId}>{exerciseName(texts, item.exerciseId)}</h2>
              <ExerciseChart view={view} exerciseId={item.exerciseId} />
            </section>
          );
        })}
      <p>
        <a class="text-link" href="/exercise">
          {t('exercise.back')}
        </a>
      </p>
    </div>
  );
}
