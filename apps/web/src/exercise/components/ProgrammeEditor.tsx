import { EXERCISES, type StarterItem, type Weekday } from '@veerkracht/core';
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { dayName, exerciseName, WEEKDAYS } from '../format';
import { useExerciseTexts } from '../texts';

export type ProgrammeDraft = { days: Weekday[]; items: StarterItem[] };

/**
 * Edits a programme before it is saved: the days (any weekdays), and the
 * exercises (remove one, swap one for another of the same kind, add one).
 * Nothing is decided here: the page saves what the person chose.
 */
export function ProgrammeEditor(props: {
  initial: ProgrammeDraft;
  submitLabel: string;
  onSubmit: (draft: ProgrammeDraft) => Promise<void>;
}) {
  const { t } = useI18n();
  const texts = useExerciseTexts();
  const [days, setDays] = useState<Weekday[]>(props.initial.days);
  const [items, setItems] = useState<StarterItem[]>(props.initial.items);
  const [swapping, setSwapping] = useState<string | null>(null);
  const [swapTo, setSwapTo] = useState('');
  const [adding, setAdding] = useState('');
  const [errors, setErrors] = useState<{ days?: string; items?: string; save?: string }>({});
  const [saving, setSaving] = useState(false);
  const daysRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLSelectElement>(null);

  const inList = new Set(items.map((item) => item.exerciseId));
  const notInList = EXERCISES.filter((exercise) => !inList.has(exercise.id));
  const kindOf = (id: string) => EXERCISES.find((exercise) => exercise.id === id)?.kind;

  function toggleDay(day: Weekday) {
    setDays((current) =>
      current.includes(day) ? current.filter((d) => d !== day) : [...current, day].sort((a, b) => a - b),
    );
  }

  function swap(exerciseId: string) {
    if (!swapTo) return;
    setItems((current) =>
      current.map((item) => (item.exerciseId === exerciseId ? { exerciseId: swapTo, feared: false } : item)),
    );
    setSwapping(null);
    setSwapTo('');
  }

  async function submit(event: Event) {
    event.preventDefault();
    const next = {
      ...(days.length === 0 ? { days: t('exercise.editor.error.days') } : {}),
      ...(items.length === 0 ? { items: t('exercise.editor.error.items') } : {}),
    };
    setErrors(next);
    if (next.days) return daysRef.current?.focus();
    if (next.items) return addRef.current?.focus();
    setSaving(true);
    try {
      await props.onSubmit({ days, items });
    } catch {
      setErrors({ save: t('exercise.saveFailed') });
      setSaving(false);
    }
  }

  return (
    <form class="programme-editor" onSubmit={submit} noValidate>
      <fieldset class="field">
        <legend class="field-label">{t('exercise.editor.days')}</legend>
        <p class="hint">{t('exercise.editor.daysHint')}</p>
        <div class="day-choices">
          {WEEKDAYS.map((day, i) => (
            <div class="checkbox" key={day}>
              <input
                id={`day-${day}`}
                type="checkbox"
                name="days"
                value={String(day)}
                checked={days.includes(day)}
                onChange={() => toggleDay(day)}
                ref={i === 0 ? daysRef : undefined}
                aria-describedby={errors.days ? 'days-error' : undefined}
              />
              <label for={`day-${day}`}>{dayName(t, day)}</label>
            </div>
          ))}
        </div>
        {errors.days && (
          <p id="days-error" class="field-error">
            {errors.days}
          </p>
        )}
      </fieldset>

      <h2>{t('exercise.editor.exercises')}</h2>
      <ol class="exercise-list exercise-list--edit">
        {items.map((item) => {
          const name = exerciseName(texts, item.exerciseId);
          const alternatives = notInList.filter((exercise) => exercise.kind === kindOf(item.exerciseId));
          return (
            <li key={item.exerciseId}>
              <span class="exercise-name">{name}</span>
              {item.feared && <span class="muted"> · {t('exercise.home.feared')}</span>}
              <span class="row-actions">
                <button
                  type="button"
                  class="button button--small button--secondary"
                  aria-label={t('exercise.editor.swapOne', { name })}
                  onClick={() => {
                    setSwapping(swapping === item.exerciseId ? null : item.exerciseId);
                    setSwapTo(alternatives[0]?.id ?? '');
                  }}
                  aria-expanded={swapping === item.exerciseId}
                  disabled={alternatives.length === 0}
                >
                  {t('exercise.editor.swap')}
                </button>
                <button
                  type="button"
                  class="button button--small button--secondary"
                  aria-label={t('exercise.editor.removeOne', { name })}
                  onClick={() => setItems((current) => current.filter((other) => other.exerciseId !== item.exerciseId))}
                >
                  {t('exercise.editor.remove')}
                </button>
              </span>
              {swapping === item.exerciseId && (
                <span class="swap-row">
                  <label for={`swap-${item.exerciseId}`}>{t('exercise.editor.swapFor', { name })}</label>
                  <select
                    id={`swap-${item.exerciseId}`}
                    value={swapTo}
                    onChange={(event) => setSwapTo(event.currentTarget.value)}
                  >
                    {alternatives.map((exercise) => (
                      <option key={exercise.id} value={exercise.id}>
                        {exerciseName(texts, exercise.id)}
                      </option>
                    ))}
                  </select>
                  <button type="button" class="button button--small" onClick={() => swap(item.exerciseId)}>
                    {t('exercise.editor.swapConfirm')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {items.length === 0 && <p class="muted">{t('exercise.editor.empty')}</p>}

      <div class="field">
        <label class="field-label" for="add-exercise">
          {t('exercise.editor.add')}
        </label>
        <div class="add-row">
          <select
            id="add-exercise"
            ref={addRef}
            value={adding}
            onChange={(event) => setAdding(event.currentTarget.value)}
            aria-describedby={errors.items ? 'items-error' : undefined}
          >
            <option value="">{t('exercise.editor.addChoose')}</option>
            <optgroup label={t('exercise.kind.mobility')}>
              {notInList
                .filter((exercise) => exercise.kind === 'mobility')
                .map((exercise) => (
                  <option key={exercise.id} value={exercise.id}>
                    {exerciseName(texts, exercise.id)}
                  </option>
                ))}
            </optgroup>
            <optgroup label={t('exercise.kind.strength')}>
              {notInList
                .filter((exercise) => exercise.kind === 'strength')
                .map((exercise) => (
                  <option key={exercise.id} value={exercise.id}>
                    {exerciseName(texts, exercise.id)}
                  </option>
                ))}
            </optgroup>
          </select>
          <button
            type="button"
            class="button button--small button--secondary"
            onClick={() => {
              if (!adding) return;
              setItems((current) => [...current, { exerciseId: adding, feared: false }]);
              setAdding('');
            }}
          >
            {t('exercise.editor.addButton')}
          </button>
        </div>
        {errors.items && (
          <p id="items-error" class="field-error">
            {errors.items}
          </p>
        )}
      </div>

      <p class="actions">
        <button type="submit" class="button" disabled={saving}>
          {props.submitLabel}
        </button>
      </p>
      {errors.save && (
        <p class="field-error" role="alert">
          {errors.save}
        </p>
      )}
    </form>
  );
}
