import type { GuideId } from './guides';

/** The long texts of the relaxation guides: per guide, the text of each step in order. */
export type RelaxTexts = {
  guides: Readonly<Record<GuideId, readonly string[]>>;
};
