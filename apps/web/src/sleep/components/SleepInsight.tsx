import { SLEEP_PAIN_CLEAR_DIFFERENCE, type SleepPainInsight } from '@veerkracht/core';
import { formatNumber, useI18n } from '../../i18n/i18n';

/**
 * Sleep and pain read together (docs/clinical-rules.md §5.1), in honest
 * words: what was compared, how many nights, and that it is a pattern in the
 * person's own data, not proof. Two bars show the two means on the 0–10 pain
 * scale; the same numbers are in the text.
 */
export function SleepInsight(props: { insight: SleepPainInsight; minHours: number }) {
  const { t, lang } = useI18n();
  const { insight } = props;
  const min = formatNumber(props.minHours, lang);
  if (insight.status === 'too_little_data') {
    return (
      <div class="sleep-insight" data-insight="too_little_data">
        <p>
          <strong>{t('sleep.insight.tooLittle')}</strong>
        </p>
        <p>{t('sleep.insight.need')}</p>
        <p>
          {t('sleep.insight.have', {
            pairs: insight.pairs,
            short: insight.shortNights,
            enough: insight.enoughNights,
          })}
        </p>
      </div>
    );
  }
  const difference = Math.abs(insight.difference);
  const verdict =
    difference < SLEEP_PAIN_CLEAR_DIFFERENCE
      ? t('sleep.insight.noClear')
      : t(insight.difference > 0 ? 'sleep.insight.higher' : 'sleep.insight.lower', {
          difference: formatNumber(difference, lang),
        });
  const rows = [
    {
      key: 'short',
      label: t('sleep.insight.short', { min, nights: insight.shortNights }),
      mean: insight.meanPainAfterShort,
    },
    {
      key: 'enough',
      label: t('sleep.insight.enough', { min, nights: insight.enoughNights }),
      mean: insight.meanPainAfterEnough,
    },
  ];
  return (
    <div class="sleep-insight" data-insight="ok">
      <p>{t('sleep.insight.compared', { pairs: insight.pairs })}</p>
      <ul class="sleep-insight-bars">
        {rows.map((row) => (
          <li key={row.key} class={`sleep-insight-row sleep-insight-row--${row.key}`}>
            <span class="sleep-insight-label">
              {row.label}: {t('sleep.insight.mean', { mean: formatNumber(row.mean, lang) })}
            </span>
            <span class="sleep-insight-track" aria-hidden="true">
              <span class="sleep-insight-bar" style={{ width: `${row.mean * 10}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <p>
        <strong>{verdict}</strong>
      </p>
      <p>{t('sleep.insight.notProof')}</p>
    </div>
  );
}
