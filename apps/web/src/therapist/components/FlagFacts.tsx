import type { PatientListEntryBody } from '@veerkracht/contract';
import { formatDayMonth, useI18n } from '../../i18n/i18n';
import { FLAG_NAMES, flagFacts } from '../flagWords';

/** Each flag of a patient with its facts: a reason to look, never a diagnosis. */
export function FlagFacts(props: { entry: PatientListEntryBody }) {
  const { t, tn, lang } = useI18n();
  const facts = flagFacts(props.entry, (day) => formatDayMonth(day, lang));
  if (facts.length === 0) return <p class="hint">{t('therapist.flags.none')}</p>;
  return (
    <ul class="flag-facts">
      {facts.map((fact) => (
        <li key={fact.flag} data-flag={fact.flag}>
          <span class={`flag flag--${fact.flag}`}>{t(FLAG_NAMES[fact.flag])}</span>{' '}
          {'plural' in fact ? tn(fact.plural, fact.count) : t(fact.key, fact.params)}
        </li>
      ))}
    </ul>
  );
}
