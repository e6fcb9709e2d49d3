import { FLARE_UP_PLAN_PARTS, type FlareUpPlan } from '@veerkracht/core';
import { useI18n } from '../i18n/i18n';
import { PART_TEXT } from './parts';

/** The plan as the person wrote it, part by part, in their own words (line breaks kept). */
export function PlanParts(props: { plan: FlareUpPlan; headingLevel: 2 | 3 }) {
  const { t } = useI18n();
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="flare-up-parts">
      {FLARE_UP_PLAN_PARTS.map((part) => (
        <section key={part} class="flare-up-part">
          <Heading>{t(PART_TEXT[part].title)}</Heading>
          {props.plan[part] ? (
            <p class="flare-up-own-words">{props.plan[part]}</p>
          ) : (
            <p class="muted">{t('flareUp.plan.notWritten')}</p>
          )}
          {part === 'scaleDown' && <p class="muted">{t('flareUp.part.scaleDown.rule')}</p>}
        </section>
      ))}
    </div>
  );
}
