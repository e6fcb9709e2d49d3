/** The words of one exercise (B1), in one language. */
export type ExerciseText = {
  /** Short name, e.g. "Brug" / "Glute bridge". */
  name: string;
  /** One sentence: what it is good for in daily life. */
  purpose: string;
  /** The starting position. */
  start: string;
  /** 2–4 short cues for doing it. */
  cues: readonly string[];
  /** What you may feel (docs/clinical-rules.md §9.3). */
  feel: string;
  easier: string;
  harder: string;
  /** Strength: a short name for every variant id of the library; mobility: empty. */
  variants: Readonly<Record<string, string>>;
  /** The text alternative of the drawing. */
  drawing: string;
};

export type ExerciseTexts = { exercises: Readonly<Record<string, ExerciseText>>; sources: readonly string[] };
