import { PageHeading } from '../../ui/PageHeading';
import '../safety.css';
import '../../ui/kit.css';
import { WhenToCallDoctor } from '../../ui/safetySigns/WhenToCallDoctor';
import { ConcernForm } from '../components/ConcernForm';
import { useSafetyTexts } from '../texts';

/** `/safety/concern`: "something does not feel right", in the person's own words. */
export function ConcernPage() {
  const texts = useSafetyTexts();
  return (
    <div class="page page--concern">
      <PageHeading title={texts.concern.title} />
      <p class="lead">{texts.concern.intro}</p>
      <ConcernForm texts={texts} />
      <p class="actions">
        <a class="button button--secondary" href="/safety/check?trigger=manual">
          {texts.overview.again}
        </a>
      </p>
      <WhenToCallDoctor />
    </div>
  );
}
