import { describe, expect, it } from 'vitest';
import { exerciseById } from './exerciseCatalogue.js';
import { proposeStarterProgramme, type StarterAnswers } from './starterProgramme.js';

const ids = (answers: StarterAnswers) => proposeStarterProgramme(answers).items.map((item) => item.exerciseId);

describe('proposeStarterProgramme', () => {
  it('proposes body-weight exercises on two days with rest between them for ten minutes', () => {
    expect(proposeStarterProgramme({ equipment: [], minutes: 10, daysPerWeek: 2 })).toEqual({
      days: [1, 4],
      items: ['cat_cow', 'knee_rolls', 'hip_hinge', 'glute_bridge', 'bird_dog'].map((exerciseId) => ({
        exerciseId,
        feared: false,
      })),
    });
  });

  it('fits more exercises in more minutes, and three days a week on Monday, Wednesday and Friday', () => {
    const programme = proposeStarterProgramme({ equipment: ['chair'], minutes: 30, daysPerWeek: 3 });
    expect(programme.days).toEqual([1, 3, 5]);
    const kinds = programme.items.map((item) => exerciseById(item.exerciseId)?.kind);
    expect(kinds.filter((kind) => kind === 'strength')).toHaveLength(7);
    expect(kinds.filter((kind) => kind === 'mobility')).toHaveLength(4);
    expect(ids({ equipment: ['chair'], minutes: 20, daysPerWeek: 2 })).toHaveLength(8);
  });

  it('uses only what the person has at home', () => {
    const without = ids({ equipment: [], minutes: 30, daysPerWeek: 2 });
    for (const id of without) expect(exerciseById(id)?.equipment).toBe('none');
    expect(ids({ equipment: ['chair', 'band', 'weights'], minutes: 30, daysPerWeek: 2 })).toContain('squat');
  });

  it('puts exercises like a feared movement last, and still offers them', () => {
    const answers: StarterAnswers = {
      equipment: [],
      minutes: 10,
      daysPerWeek: 2,
      fearRatings: [
        { movement: 'bend_pick_up', rating: 80 },
        { movement: 'twist_look_back', rating: 30 },
      ],
    };
    const { items } = proposeStarterProgramme(answers);
    // Bending is feared: cat-cow and the hip hinge stay, at the end of the session.
    expect(items).toEqual([
      { exerciseId: 'knee_rolls', feared: false },
      { exerciseId: 'glute_bridge', feared: false },
      { exerciseId: 'bird_dog', feared: false },
      { exerciseId: 'cat_cow', feared: true },
      { exerciseId: 'hip_hinge', feared: true },
    ]);
    const longer = proposeStarterProgramme({ ...answers, minutes: 30 }).items;
    expect(longer).toHaveLength(11);
    expect(longer.slice(-2)).toEqual([
      { exerciseId: 'cat_cow', feared: true },
      { exerciseId: 'hip_hinge', feared: true },
    ]);
  });

  it('throws a RangeError naming the field for an unknown answer', () => {
    expect(() =>
      proposeStarterProgramme({ equipment: ['rowing_machine' as never], minutes: 10, daysPerWeek: 2 }),
    ).toThrow(/^equipment must/);
    expect(() => proposeStarterProgramme({ equipment: [], minutes: 15 as never, daysPerWeek: 2 })).toThrow(
      /^minutes must/,
    );
    expect(() => proposeStarterProgramme({ equipment: [], minutes: 10, daysPerWeek: 4 as never })).toThrow(
      /^daysPerWeek must/,
    );
  });
});
