import { flareUpAfterCheckIn } from '@veerkracht/core';
import { useCheckInsByDay } from '../data/useCheckIns';
import { useI18n } from '../i18n/i18n';
import { useFlareUpPlan } from './state';

/**
 * Under a saved check-in with a flare-up (pain clearly above usual, as the
 * core's `flareUpAfterCheckIn` reads it): one tap to the flare-up page, with
 * the person's own plan. The app shows it after the safety offer. Its words
 * are in the core part of the catalogue: the check-in renders before any feature part loads.
 */
export function FlareUpLink(props: { date: string; pain: number }) {
  const { t } = useI18n();
  const byDay = useCheckInsByDay();
  const plan = useFlareUpPlan();
  if (!flareUpAfterCheckIn(byDay, props.date, props.pain)) return null;
  return (
    <section class="card flare-up-link" aria-labelledby="flare-up-link">
      <h2 id="flare-up-link">{t('flareUpLink.title')}</h2>
      <p>{t(plan ? 'flareUpLink.text' : 'flareUpLink.textNoPlan')}</p>
      <p class="actions">
        <a class="button" href="/flare-up">
          {t('flareUpLink.button')}
        </a>
      </p>
    </section>
  );
}
