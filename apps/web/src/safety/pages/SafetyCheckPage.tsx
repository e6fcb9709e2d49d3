import { SAFETY_TRIGGERS, type SafetyTrigger } from '@veerkracht/core';
import { useRoute } from 'preact-iso';
import { PageHeading } from '../../ui/PageHeading';
import '../safety.css';
import '../../ui/kit.css';
import { CheckFlow } from '../components/CheckFlow';
import { useSafetyTexts } from '../texts';

/** `/safety/check?trigger=periodic|flare_up|manual`: the safety check again. */
export function SafetyCheckPage() {
  const texts = useSafetyTexts();
  const { query } = useRoute();
  const requested = query.trigger;
  const trigger: SafetyTrigger =
    requested && (SAFETY_TRIGGERS as readonly string[]).includes(requested) && requested !== 'first_run'
      ? (requested as SafetyTrigger)
      : 'manual';
  return (
    <div class="page page--safety-check">
      <PageHeading title={texts.check.title[trigger]} />
      <p class="lead">{texts.check.intro[trigger]}</p>
      <CheckFlow key={trigger} trigger={trigger} />
    </div>
  );
}
