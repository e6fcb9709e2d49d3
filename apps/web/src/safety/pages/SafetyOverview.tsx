import { formatDay, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import '../safety.css';
import '../../ui/kit.css';
import { WhenToCallDoctor } from '../../ui/safetySigns/WhenToCallDoctor';
import { ConcernForm } from '../components/ConcernForm';
import { OpenAdvice } from '../components/OpenAdvice';
import { useSafetyStatus } from '../state';
import { fill, useSafetyTexts } from '../texts';

/** `/safety`: the last check, open advice, doing the check again, "something does not feel right". */
export function SafetyOverview() {
  const texts = useSafetyTexts();
  const { lang } = useI18n();
  const status = useSafetyStatus();
  const { overview } = texts;
  const last = status.lastCheck;
  return (
    <div class="page page--safety">
      <PageHeading title={overview.title} />
      <p class="lead">{overview.intro}</p>

      <OpenAdvice texts={texts} />

      <section class="card card--next" aria-labelledby="safety-last">
        <h2 id="safety-last">{overview.lastTitle}</h2>
        {last ? (
          <>
            <p>
              {fill(overview.lastText, {
                day: formatDay(last.data.date, lang),
                result: texts.result.tiers[last.data.result.tier].title,
              })}
            </p>
            <p>
              <a class="text-link" href={`/safety/result/${last.id}`}>
                {overview.seeResult}
              </a>
            </p>
            <p>
              {status.recheckDue || !status.nextRecheck
                ? overview.recheckDue
                : fill(overview.nextRecheck, { day: formatDay(status.nextRecheck, lang) })}
            </p>
          </>
        ) : (
          <p>{overview.never}</p>
        )}
        <p class="actions">
          <a class="button" href="/safety/check?trigger=manual">
            {overview.again}
          </a>
          {status.firstRunDone && status.neverFull && (
            <a class="button button--secondary" href="/safety/check?trigger=manual">
              {overview.finishFull}
            </a>
          )}
        </p>
      </section>

      <section class="card" aria-labelledby="safety-concern">
        <h2 id="safety-concern">{texts.concern.title}</h2>
        <p>{texts.concern.intro}</p>
        <ConcernForm texts={texts} />
      </section>

      <WhenToCallDoctor />

      <p class="actions">
        <a class="text-link" href="/timeline">
          {overview.timelineLink}
        </a>
        <a class="text-link" href="/lessons/three-kinds-of-back-pain">
          {texts.result.lessonLink}
        </a>
      </p>
    </div>
  );
}
