import type { RelaxationKind } from '@veerkracht/core';
import type { MessageKey } from '../i18n/i18n';

/** A timed relaxation guide: its steps in order, each lasting some seconds (the texts are in `texts/`). */
export type Guide = {
  id: GuideId;
  kind: Exclude<RelaxationKind, 'breathing_pacer'>;
  title: MessageKey;
  summary: MessageKey;
  steps: readonly { seconds: number }[];
};

export const GUIDE_IDS = ['guided-breathing', 'body-scan', 'mindfulness'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

const seconds = (...each: number[]) => each.map((value) => ({ seconds: value }));

/**
 * The three guides of tip 9 (docs/clinical-rules.md §6): guided breathing,
 * a body scan and a short mindfulness exercise, 6 to 8 minutes each. The
 * text of each step is in the feature's texts (`texts/{nl,en}.ts`), in order.
 */
export const GUIDES: Readonly<Record<GuideId, Guide>> = {
  'guided-breathing': {
    id: 'guided-breathing',
    kind: 'guided_breathing',
    title: 'relax.guide.guidedBreathing.title',
    summary: 'relax.guide.guidedBreathing.summary',
    steps: seconds(30, 45, 60, 60, 60, 60, 45),
  },
  'body-scan': {
    id: 'body-scan',
    kind: 'body_scan',
    title: 'relax.guide.bodyScan.title',
    summary: 'relax.guide.bodyScan.summary',
    steps: seconds(45, 60, 60, 60, 75, 60, 60, 60),
  },
  mindfulness: {
    id: 'mindfulness',
    kind: 'mindfulness',
    title: 'relax.guide.mindfulness.title',
    summary: 'relax.guide.mindfulness.summary',
    steps: seconds(30, 60, 60, 60, 60, 60, 30),
  },
};

export function isGuideId(value: string): value is GuideId {
  return (GUIDE_IDS as readonly string[]).includes(value);
}

/** A guide's whole length in seconds. */
export function guideSeconds(guide: Pick<Guide, 'steps'>): number {
  return guide.steps.reduce((sum, step) => sum + step.seconds, 0);
}

/**
 * Which step a guide is at `elapsedSeconds` after its start, and the whole
 * seconds left in that step; `done` after the last step.
 *
 * @example
 * guideStepAt([{ seconds: 30 }, { seconds: 60 }], 45) // { index: 1, secondsLeft: 45, done: false }
 * guideStepAt([{ seconds: 30 }, { seconds: 60 }], 90) // { index: 1, secondsLeft: 0, done: true }
 */
export function guideStepAt(
  steps: readonly { seconds: number }[],
  elapsedSeconds: number,
): { index: number; secondsLeft: number; done: boolean } {
  let start = 0;
  for (const [index, step] of steps.entries()) {
    if (elapsedSeconds < start + step.seconds)
      return { index, secondsLeft: Math.ceil(start + step.seconds - Math.max(elapsedSeconds, start)), done: false };
    start += step.seconds;
  }
  return { index: Math.max(0, steps.length - 1), secondsLeft: 0, done: true };
}

/** The seconds (not milliseconds) from a guide’s start to the start of step `index`, to jump back or forward. */
export function stepStart(steps: readonly { seconds: number }[], index: number): number {
  return steps.slice(0, Math.max(0, index)).reduce((sum, step) => sum + step.seconds, 0);
}
