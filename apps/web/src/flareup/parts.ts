import type { FlareUpPlanPart } from '@veerkracht/core';
import type { MessageKey } from '../i18n/i18n';

/** The title and the writing prompt of each part of the plan. */
export const PART_TEXT: Record<FlareUpPlanPart, { title: MessageKey; prompt: MessageKey }> = {
  helps: { title: 'flareUp.part.helps.title', prompt: 'flareUp.part.helps.prompt' },
  scaleDown: { title: 'flareUp.part.scaleDown.title', prompt: 'flareUp.part.scaleDown.prompt' },
  contacts: { title: 'flareUp.part.contacts.title', prompt: 'flareUp.part.contacts.prompt' },
  selfTalk: { title: 'flareUp.part.selfTalk.title', prompt: 'flareUp.part.selfTalk.prompt' },
};
