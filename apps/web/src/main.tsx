import './ui/app.css';
import { render } from 'preact';
import { Root } from './app/Root';
import { preloadPage } from './app/routes';
import { App, prepareSaving, whenFirstInput } from './data/app';
import { openVeerkrachtDb } from './data/store/db';
import { browserEnvironment } from './data/store/device';
import { apiOnDemand } from './data/sync/apiOnDemand';
import { loadMessages, storedLang } from './i18n/i18n';

async function boot(container: HTMLElement): Promise<void> {
  const lang = storedLang();
  document.documentElement.lang = lang;
  const page = preloadPage(location.pathname);
  const loading = Promise.all([openVeerkrachtDb(), loadMessages(lang)]);
  const [db, messages] = await loading;
  const app = new App(
    db,
    apiOnDemand(() =>
      import('./data/sync/api').then((module) => module.createApi((input, init) => fetch(input, init))),
    ),
    browserEnvironment,
  );
  // The backup state too: read after the first paint, it took the "backup is off" lines out of Today's last card
  // a moment later, and the footer moved up (a layout shift on a tall screen).
  await Promise.all([app.load(), app.sync.refresh()]);
  // The opened page renders with the header and footer in one go: rendered first alone, the frame would be
  // painted, then the page laid out again in a second long task (a slower first visit, and the blocking time a
  // phone feels; docs/architecture.md, "First load").
  await page;
  render(<Root app={app} initialLang={lang} initialMessages={messages} />, container);
  // The saving code is not part of the first screen; it loads at the first tap or key press, before any save.
  whenFirstInput(document, () => void prepareSaving());
  await app.sync.start();
}

const container = document.getElementById('app');
if (container) {
  boot(container).catch(() => {
    // Without IndexedDB nothing can be saved; say so plainly instead of showing a blank page.
    const message = document.createElement('p');
    message.className = 'boot-error';
    message.textContent =
      'Veerkracht kan op dit apparaat niets opslaan. Probeer een andere browser. / Veerkracht cannot save anything on this device. Please try another browser.';
    container.replaceChildren(message);
  });
}
