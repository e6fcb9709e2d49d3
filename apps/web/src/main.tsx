import { calendarDayAt } from '@veerkracht/core';
import './ui/app.css';
import { render } from 'preact';
import { Root } from './app/Root';
import { preloadPage } from './app/routes';
import { App } from './data/app';
import { openVeerkrachtDb } from './data/store/db';
import { browserEnvironment } from './data/store/store';
import { createApi } from './data/sync/api';
import { loadMessages, storedLang } from './i18n/i18n';

async function boot(container: HTMLElement): Promise<void> {
  const lang = storedLang();
  document.documentElement.lang = lang;
  preloadPage(location.pathname);
  const loading = Promise.all([openVeerkrachtDb(), loadMessages(lang)]);
  // The first date in the app's time zone loads ICU's time zone and locale data: about 75 ms of CPU on a
  // fast machine, several times that on a phone. Done here it overlaps the catalogue's download instead of
  // lengthening the first render (measured with DevTools phone throttling: Today first painted at 2.6 s, not 3.4 s).
  setTimeout(() => calendarDayAt(new Date()), 0);
  const [db, messages] = await loading;
  const app = new App(
    db,
    createApi((input, init) => fetch(input, init)),
    browserEnvironment,
  );
  await app.load();
  render(<Root app={app} initialLang={lang} initialMessages={messages} />, container);
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
