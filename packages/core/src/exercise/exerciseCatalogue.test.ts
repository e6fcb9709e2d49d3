import { describe, expect, it } from 'vitest';
import { MOVEMENTS } from '../exposure/movements.js';
import { EXERCISES, exerciseById, type StrengthExercise, startingPrescription } from './exerciseCatalogue.js';
import { nextMobilityDose } from './mobilityDose.js';
import { nextStrengthDose } from './strengthDose.js';

describe('the exercise library', () => {
  it('holds at least 12 strength and 8 mobility exercises, each id once', () => {
    expect(EXERCISES.filter((exercise) => exercise.kind === 'strength').length).toBeGreaterThanOrEqual(12);
    expect(EXERCISES.filter((exercise) => exercise.kind === 'mobility').length).toBeGreaterThanOrEqual(8);
    const ids = EXERCISES.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z_]*[a-z]$/);
  });

  it('gives every exercise a valid, light starting dose that the dose rules accept', () => {
    for (const exercise of EXERCISES) {
      if (exercise.kind === 'strength') {
        const start = startingPrescription(exercise);
        expect(nextStrengthDose(start), exercise.id).toMatchObject({ decision: 'start', variant: 0 });
        expect(start.targetReps, exercise.id).toBe(start.repMin);
        expect(new Set(exercise.variants).size, exercise.id).toBe(exercise.variants.length);
      } else {
        expect(nextMobilityDose(exercise.start, []), exercise.id).toEqual({
          amount: exercise.start.amount,
          decision: 'start',
        });
        expect(exercise.start.amount, exercise.id).toBeLessThan(exercise.start.max);
      }
    }
  });

  it('names only movements of the fear hierarchy as what an exercise resembles', () => {
    for (const exercise of EXERCISES) {
      for (const movement of exercise.resembles) expect(MOVEMENTS, exercise.id).toContain(movement);
    }
  });

  it('finds an exercise by its id', () => {
    expect(exerciseById('squat')).toMatchObject({ kind: 'strength', equipment: 'chair' });
    expect(exerciseById('no_such_exercise')).toBeUndefined();
    expect(startingPrescription(exerciseById('farmers_carry') as StrengthExercise)).toMatchObject({
      usesLoad: true,
      load: 2,
      variants: 1,
    });
  });
});
