import type { MovementId } from '@veerkracht/core';
import { formatDay, formatNumber, type MessageKey, useI18n } from '../../i18n/i18n';
import type { PatientDetail } from '../api';

const TIER: Record<PatientDetail['safetyChecks'][number]['tier'], MessageKey> = {
  emergency: 'therapist.safety.tier.emergency',
  gp_soon: 'therapist.safety.tier.gpSoon',
  review: 'therapist.safety.tier.review',
  none: 'therapist.safety.tier.none',
};
const MOVEMENT: Record<MovementId, MessageKey> = {
  bend_pick_up: 'therapist.movement.bend_pick_up',
  tie_shoes: 'therapist.movement.tie_shoes',
  lean_over_sink: 'therapist.movement.lean_over_sink',
  twist_look_back: 'therapist.movement.twist_look_back',
  reach_up: 'therapist.movement.reach_up',
  lift_crate: 'therapist.movement.lift_crate',
  carry_shopping: 'therapist.movement.carry_shopping',
  vacuum: 'therapist.movement.vacuum',
  make_bed: 'therapist.movement.make_bed',
  sit_long: 'therapist.movement.sit_long',
  stand_long: 'therapist.movement.stand_long',
  floor_up_down: 'therapist.movement.floor_up_down',
  weeding: 'therapist.movement.weeding',
  run_short: 'therapist.movement.run_short',
};
const RISK: Record<'low' | 'medium' | 'high', MessageKey> = {
  low: 'therapist.measures.risk.low',
  medium: 'therapist.measures.risk.medium',
  high: 'therapist.measures.risk.high',
};

/** Safety checks, STarT Back and PSK over time, and exposures of one patient. */
export function ClinicalSummary(props: { detail: PatientDetail }) {
  const { t, tn, lang } = useI18n();
  const { safetyChecks, measures, fearHierarchy, exposures } = props.detail;
  const day = (iso: string) => formatDay(iso, lang, 'long');
  const mean = (values: number[]) =>
    formatNumber(Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10, lang);
  return (
    <>
      <section class="card" aria-labelledby="safety-title">
        <h2 id="safety-title">{t('therapist.safety.title')}</h2>
        {safetyChecks.length === 0 ? (
          <p>{t('therapist.safety.none')}</p>
        ) : (
          <ul class="staff-concerns" data-section="safety">
            {safetyChecks.slice(0, 5).map((check) => (
              <li key={check.completedAt}>
                {day(check.date)}: {t(TIER[check.tier])}
                {check.reasons > 0 && <> {tn('therapist.safety.reasons', check.reasons)}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="measures-title">
        <h2 id="measures-title">{t('therapist.measures.title')}</h2>
        {measures.startBack.length === 0 && measures.psk.length === 0 && <p>{t('therapist.measures.none')}</p>}
        {measures.startBack.length > 0 && (
          <table class="staff-table" data-section="start-back">
            <caption>{t('therapist.measures.startBack')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('therapist.measures.date')}</th>
                <th scope="col">{t('therapist.measures.total')}</th>
                <th scope="col">{t('therapist.measures.psychosocial')}</th>
                <th scope="col">{t('therapist.measures.risk')}</th>
              </tr>
            </thead>
            <tbody>
              {measures.startBack.map((row) => (
                <tr key={row.date}>
                  <th scope="row">{day(row.date)}</th>
                  <td>{row.total}</td>
                  <td>{row.psychosocial}</td>
                  <td>{t(RISK[row.risk])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {measures.psk.length > 0 && (
          <table class="staff-table" data-section="psk-scores">
            <caption>{t('therapist.measures.psk')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('therapist.measures.date')}</th>
                <th scope="col">{t('therapist.measures.score')}</th>
              </tr>
            </thead>
            <tbody>
              {measures.psk.map((row) => (
                <tr key={row.date}>
                  <th scope="row">{day(row.date)}</th>
                  <td>{formatNumber(row.score, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="card" aria-labelledby="exposure-title">
        <h2 id="exposure-title">{t('therapist.exposure.title')}</h2>
        {fearHierarchy.length > 0 && (
          <table class="staff-table" data-section="fear-hierarchy">
            <caption>{t('therapist.exposure.hierarchy')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('therapist.exposure.movement')}</th>
                <th scope="col">{t('therapist.exposure.fear')}</th>
              </tr>
            </thead>
            <tbody>
              {fearHierarchy.map((row) => (
                <tr key={row.movement}>
                  <th scope="row">{t(MOVEMENT[row.movement])}</th>
                  <td>{row.rating}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {exposures.length === 0 ? (
          <p>{t('therapist.exposure.none')}</p>
        ) : (
          <p>
            {tn('therapist.exposure.summary', exposures.length, {
              expected: mean(exposures.map((e) => e.expected)),
              actual: mean(exposures.map((e) => e.actual)),
            })}
          </p>
        )}
      </section>
    </>
  );
}
