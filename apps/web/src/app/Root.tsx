import { useCallback, useMemo, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { type App, AppContext } from '../data/app';
import {
  I18nContext,
  type Lang,
  loadMessages,
  type Messages,
  pluralTranslator,
  rememberLang,
  translator,
  useI18n,
} from '../i18n/i18n';
import { STAFF_AREA } from '../safety/gate';
import { SafetyGate } from '../safety/SafetyGate';
import { useSafetyStatus } from '../safety/state';
import { Logo } from '../ui/Logo';
import { NotFound, ROUTES } from './routes';

const NAV = [
  { href: '/', key: 'nav.today' },
  { href: '/check-in', key: 'nav.checkin' },
  { href: '/plan', key: 'nav.plan' },
  { href: '/history', key: 'nav.history' },
  { href: '/more', key: 'nav.more' },
] as const;

function Nav() {
  const { t } = useI18n();
  const { path } = useLocation();
  // Until the first run is done every page leads back to it: links that only send the person back are hidden.
  // The therapist's workspace has its own links.
  const firstRunDone = useSafetyStatus().firstRunDone;
  if (!firstRunDone || path === STAFF_AREA || path.startsWith(`${STAFF_AREA}/`)) return null;
  return (
    <nav class="site-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={path === item.href ? 'page' : undefined}>
              {t(item.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      class="language-switch"
      lang={other}
      aria-label={t('language.switchLabel')}
      onClick={() => setLang(other)}
    >
      {t('language.switch')}
    </button>
  );
}

/** After a route change, move focus to the new page's heading so screen readers and keyboards start there. */
function focusHeading() {
  document.querySelector<HTMLElement>('main h1')?.focus();
}

export function Root(props: { app: App; initialLang: Lang; initialMessages: Messages }) {
  const [state, setState] = useState({ lang: props.initialLang, messages: props.initialMessages });
  const setLang = useCallback((lang: Lang) => {
    void loadMessages(lang).then((messages) => {
      rememberLang(lang);
      document.documentElement.lang = lang;
      // Only the catalogue changes: pages keep their state, so a half-filled form survives the switch.
      setState({ lang, messages });
    });
  }, []);
  const i18n = useMemo(
    () => ({
      lang: state.lang,
      t: translator(state.messages),
      tn: pluralTranslator(state.messages, state.lang),
      setLang,
    }),
    [state.lang, state.messages, setLang],
  );
  const { t } = i18n;
  return (
    <I18nContext.Provider value={i18n}>
      <AppContext.Provider value={props.app}>
        <LocationProvider>
          <SafetyGate />
          <a class="skip-link" href="#main">
            {t('skip.toContent')}
          </a>
          <header class="site-header">
            <div class="header-bar">
              <a href="/" class="brand">
                <Logo />
                <span>{t('app.name')}</span>
              </a>
              <LanguageSwitch />
            </div>
            <Nav />
          </header>
          <main id="main" tabIndex={-1}>
            <ErrorBoundary>
              <Router onRouteChange={focusHeading}>
                {ROUTES.map((route) => (
                  <Route key={route.path} path={route.path} component={route.component} />
                ))}
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          </main>
          <footer class="site-footer">
            <p>{t('footer.intendedUse')}</p>
            <p>{t('footer.review')}</p>
          </footer>
        </LocationProvider>
      </AppContext.Provider>
    </I18nContext.Provider>
  );
}
