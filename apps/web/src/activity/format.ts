import type { Activity, ActivityPlan, ActivityUnit } from '@veerkracht/core';
import { formatNumber, type Lang, type MessageKey, type Translate } from '../i18n/i18n';

const ACTIVITY_NAME: Record<Activity, MessageKey> = {
  walking: 'activity.walking',
  cycling: 'activity.cycling',
  swimming: 'activity.swimming',
  gardening: 'activity.gardening',
  stairs: 'activity.stairs',
  custom: 'activity.custom',
};

const ACTIVITY_DO: Record<Activity, MessageKey> = {
  walking: 'activity.do.walking',
  cycling: 'activity.do.cycling',
  swimming: 'activity.do.swimming',
  gardening: 'activity.do.gardening',
  stairs: 'activity.do.stairs',
  custom: 'activity.do.custom',
};

export const UNIT_NAME: Record<ActivityUnit, MessageKey> = {
  minutes: 'unit.minutes',
  repetitions: 'unit.repetitions',
  metres: 'unit.metres',
  floors: 'unit.floors',
};

const UNIT_AMOUNT: Record<ActivityUnit, { one: MessageKey; other: MessageKey }> = {
  minutes: { one: 'unit.amount.minutes.one', other: 'unit.amount.minutes.other' },
  repetitions: { one: 'unit.amount.repetitions.one', other: 'unit.amount.repetitions.other' },
  metres: { one: 'unit.amount.metres.one', other: 'unit.amount.metres.other' },
  floors: { one: 'unit.amount.floors.one', other: 'unit.amount.floors.other' },
};

/** "16 minuten" / "16 minutes". */
export function amountText(t: Translate, lang: Lang, unit: ActivityUnit, amount: number): string {
  return t(amount === 1 ? UNIT_AMOUNT[unit].one : UNIT_AMOUNT[unit].other, { n: formatNumber(amount, lang) });
}

/** A number as the person types it into a field: "7,5" in Dutch, "7.5" in English, never with thousands separators. */
export function inputNumber(value: number, lang: Lang): string {
  return lang === 'nl' ? String(value).replace('.', ',') : String(value);
}

/** The plan's activity by name: "Wandelen", or the person's own name. */
export function activityName(t: Translate, plan: Pick<ActivityPlan, 'activity' | 'customName'>): string {
  return plan.activity === 'custom' && plan.customName ? plan.customName : t(ACTIVITY_NAME[plan.activity]);
}

/** The activity's name as a key, for option lists. */
export function activityNameKey(activity: Activity): MessageKey {
  return ACTIVITY_NAME[activity];
}

/** A quota in words: "16 minuten wandelen" / "Walk 16 minutes". */
export function quotaText(
  t: Translate,
  lang: Lang,
  plan: Pick<ActivityPlan, 'activity' | 'customName' | 'unit'>,
  amount: number,
): string {
  return t(ACTIVITY_DO[plan.activity], {
    amount: amountText(t, lang, plan.unit, amount),
    name: plan.customName ?? '',
  });
}
