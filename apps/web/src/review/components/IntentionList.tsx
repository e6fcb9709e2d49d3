import type { Intention } from '@veerkracht/core';
import { type MessageKey, useI18n } from '../../i18n/i18n';

/** How each planned intention reads (the person's own words are shown as written). */
export const INTENTION_TEXT: Readonly<Record<Exclude<Intention['kind'], 'own'>, MessageKey>> = {
  check_in: 'review.intention.check_in',
  activity: 'review.intention.activity',
  exercise: 'review.intention.exercise',
  exposure: 'review.intention.exposure',
  relax: 'review.intention.relax',
  sleep: 'review.intention.sleep',
  lesson: 'review.intention.lesson',
};

/** A review's intentions as a list, in the reader's language. */
export function IntentionList(props: { intentions: readonly Intention[] }) {
  const { t } = useI18n();
  if (props.intentions.length === 0) return <p>{t('review.past.none')}</p>;
  return (
    <ul class="intention-list">
      {props.intentions.map((intention) => (
        <li key={intention.kind === 'own' ? `own-${intention.text}` : intention.kind}>
          {intention.kind === 'own' ? intention.text : t(INTENTION_TEXT[intention.kind])}
        </li>
      ))}
    </ul>
  );
}
