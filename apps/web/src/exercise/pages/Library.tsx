import { EXERCISES, type Exercise } from '@veerkracht/core';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { ExerciseDrawing } from '../components/ExerciseDrawing';
import { exerciseName } from '../format';
import { useExerciseTexts } from '../texts';
import '../../ui/kit.css';
import '../exercise.css';

export const EQUIPMENT_NEEDED: Record<Exercise['equipment'], MessageKey> = {
  none: 'exercise.needs.none',
  chair: 'exercise.needs.chair',
  band: 'exercise.needs.band',
  weights: 'exercise.needs.weights',
};

/** `/exercise/library`: every exercise, mobility first, each with its drawing, what it is for and what it needs. */
export function Library() {
  const { t } = useI18n();
  const texts = useExerciseTexts();
  const group = (kind: Exercise['kind'], title: MessageKey, id: string) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      <ul class="exercise-cards">
        {EXERCISES.filter((exercise) => exercise.kind === kind).map((exercise) => {
          const text = texts.exercises[exercise.id];
          return (
            <li key={exercise.id} class="exercise-card">
              <ExerciseDrawing exerciseId={exercise.id} label={text?.drawing ?? ''} size={72} />
              <div>
                <a class="text-link" href={`/exercise/library/${exercise.id}`}>
                  {exerciseName(texts, exercise.id)}
                </a>
                <p>{text?.purpose}</p>
                <p class="muted">{t(EQUIPMENT_NEEDED[exercise.equipment])}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
  return (
    <div class="page page--exercise">
      <PageHeading title={t('exercise.library.title')} />
      <p class="lead">{t('exercise.library.intro')}</p>
      {group('mobility', 'exercise.kind.mobility', 'library-mobility')}
      {group('strength', 'exercise.kind.strength', 'library-strength')}
      <p>
        <a class="text-link" href="/exercise">
          {t('exercise.back')}
        </a>
      </p>
    </div>
  );
}
