import { useEffect, useRef, useState } from 'preact/hooks';
import { lazy } from 'preact-iso';
import { LANGS, type Lang, useI18n } from '../../i18n/i18n';
import { useDraft } from '../../ui/draft';
import { PageHeading } from '../../ui/PageHeading';
import '../safety.css';
import '../../ui/kit.css';
import { useFirstRunTexts } from '../firstRunTexts';
import { useSafetyStatus } from '../state';
import { preloadSafetyTexts, useSafetyTexts } from '../texts';

// A language picker names each language in that language, whatever the page's language is.
const LANGUAGE_NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };
const CHOOSE: Record<Lang, string> = { nl: 'Kies je taal', en: 'Choose your language' };

type Step = 'language' | 'welcome' | 'check';

// The safety check's form (with the date field) is needed only from the third step: it is not part of the first
// screen's download (budget: docs/architecture.md), and is fetched once the language is chosen.
const CheckFlow = lazy(() => import('../components/CheckFlow').then((m) => m.CheckFlow));

/**
 * `/start`: the first run of a new device: language, what Veerkracht is and is
 * not, then the safety check. The place is kept across a reload.
 */
export function Start() {
  const texts = useFirstRunTexts();
  const { lang, setLang } = useI18n();
  const status = useSafetyStatus();
  const [doneBefore] = useState(() => status.firstRunDone);
  // A reload keeps the place in the first run instead of starting again at the language choice.
  const [savedStep, setStep] = useDraft<Step>('start', () => 'language');
  const step: Step = (['language', 'welcome', 'check'] as const).includes(savedStep) ? savedStep : 'language';
  const moved = useRef(false);

  useEffect(() => {
    // Each step is a new screen: focus its heading, as after a route change.
    if (!moved.current) return;
    document.querySelector<HTMLElement>('main h1')?.focus();
    window.scrollTo(0, 0);
  }, [step]);
  useEffect(() => {
    if (step === 'language') return;
    CheckFlow.preload().catch(() => undefined);
    void preloadSafetyTexts(lang);
  }, [step, lang]);
  const goTo = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  if (doneBefore) {
    return (
      <div class="page page--start">
        <PageHeading title={texts.welcomeTitle} />
        <p>{texts.alreadyDone}</p>
        <p class="actions">
          <a class="button" href="/">
            {texts.toToday}
          </a>
          <a class="button button--secondary" href="/safety/check?trigger=manual">
            {texts.again}
          </a>
        </p>
      </div>
    );
  }

  if (step === 'language') {
    return (
      <div class="page page--start" data-start-step="language">
        <PageHeading title={`${CHOOSE.nl} · ${CHOOSE.en}`}>
          <span lang="nl">{CHOOSE.nl}</span> · <span lang="en">{CHOOSE.en}</span>
        </PageHeading>
        <ul class="inline-list language-choices">
          {LANGS.map((choice) => (
            <li key={choice}>
              <button
                type="button"
                class={`button button--large${choice === lang ? '' : ' button--secondary'}`}
                lang={choice}
                onClick={() => {
                  if (choice !== lang) setLang(choice);
                  goTo('welcome');
                }}
              >
                {LANGUAGE_NAMES[choice]}
              </button>
            </li>
          ))}
        </ul>
        <p class="muted">{texts.languageIntro}</p>
      </div>
    );
  }

  if (step === 'welcome') {
    const start = texts;
    return (
      <div class="page page--start" data-start-step="welcome">
        <PageHeading title={start.welcomeTitle} />
        {start.welcomeIntro.map((paragraph) => (
          <p key={paragraph} class="lead">
            {paragraph}
          </p>
        ))}
        <section class="card" aria-labelledby="start-does">
          <h2 id="start-does">{start.doesTitle}</h2>
          <ul class="bullets">
            {start.does.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
        <section class="card" aria-labelledby="start-not">
          <h2 id="start-not">{start.notTitle}</h2>
          {start.not.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
        <section class="card card--urgent" aria-labelledby="start-emergency">
          <h2 id="start-emergency">{start.emergencyTitle}</h2>
          <p>{start.emergency}</p>
        </section>
        <p>{start.nextText}</p>
        <p class="actions">
          <button type="button" class="button button--large" onClick={() => goTo('check')}>
            {texts.next}
          </button>
        </p>
        <p>
          {start.restore}{' '}
          <a class="text-link" href="/backup">
            {start.restoreLink}
          </a>
        </p>
      </div>
    );
  }

  return <FirstRunCheck />;
}

/** The third step: the safety check itself, whose texts load with it (not with the first screen). */
function FirstRunCheck() {
  const texts = useSafetyTexts();
  return (
    <div class="page page--start page--safety-check" data-start-step="check">
      <PageHeading title={texts.check.title.first_run} />
      <p class="lead">{texts.check.intro.first_run}</p>
      <CheckFlow trigger="first_run" />
    </div>
  );
}
