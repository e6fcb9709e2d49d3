import { exerciseById } from '@veerkracht/core';
import { useRoute } from 'preact-iso';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { ExerciseDrawing } from '../components/ExerciseDrawing';
import { amountText } from '../format';
import { useExerciseTexts } from '../texts';
import { EQUIPMENT_NEEDED } from './Library';
import '../../ui/kit.css';
import '../exercise.css';

/**
 * `/exercise/library/:exerciseId`: one exercise in full (docs/clinical-rules.md
 * §9.3): drawing, what it is for, how to start, the cues, what you may feel,
 * easier and harder, and the guidelines it follows.
 */
export function ExercisePage() {
  const { t, tn } = useI18n();
  const texts = useExerciseTexts();
  const { params } = useRoute();
  const exercise = exerciseById(params.exerciseId ?? '');
  const text = exercise ? texts.exercises[exercise.id] : undefined;
  if (!exercise || !text) {
    return (
      <div class="page page--exercise">
        <PageHeading title={t('exercise.page.notFound')} />
        <p>
          <a class="text-link" href="/exercise/library">
            {t('exercise.home.library')}
          </a>
        </p>
      </div>
    );
  }
  const start =
    exercise.kind === 'strength'
      ? t('exercise.dose.sets', {
          sets: exercise.start.sets,
          amount: amountText(tn, exercise.id, exercise.start.repMin),
        })
      : amountText(tn, exercise.id, exercise.start.amount);
  return (
    <div class="page page--exercise">
      <PageHeading title={text.name} />
      <div class="exercise-figure">
        <ExerciseDrawing exerciseId={exercise.id} label={text.drawing} size={160} />
      </div>
      <p class="lead">{text.purpose}</p>
      <p class="muted">
        {t(EQUIPMENT_NEEDED[exercise.equipment])} · {t('exercise.page.startsAt', { dose: start })}
      </p>
      <h2>{t('exercise.page.start')}</h2>
      <p>{text.start}</p>
      <h2>{t('exercise.page.cues')}</h2>
      <ul class="bullets">
        {text.cues.map((cue) => (
          <li key={cue}>{cue}</li>
        ))}
      </ul>
      <h2>{t('exercise.page.feel')}</h2>
      <p>{text.feel}</p>
      {exercise.kind === 'strength' && exercise.variants.length > 1 && (
        <>
          <h2>{t('exercise.page.variants')}</h2>
          <p>{t('exercise.page.variantsIntro')}</p>
          <ol class="bullets">
            {exercise.variants.map((variant) => (
              <li key={variant}>{text.variants[variant]}</li>
            ))}
          </ol>
        </>
      )}
      <h2>{t('exercise.page.easier')}</h2>
      <p>{text.easier}</p>
      <h2>{t('exercise.page.harder')}</h2>
      <p>{text.harder}</p>
      <footer class="lesson-sources">
        <h2>{t('exercise.page.sources')}</h2>
        <ul class="plain-list">
          {texts.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </footer>
      <p>
        <a class="text-link" href="/exercise/library">
          {t('exercise.home.library')}
        </a>
      </p>
    </div>
  );
}
