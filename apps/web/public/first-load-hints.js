// Starts the downloads the first screen waits for as soon as the page's head is read: the catalogue in the
// person's language and the opened page's chunk, beside the main bundle (the build writes their names into this
// tag's data attributes; apps/web/build/firstLoadHints.ts). Only hints: without them everything loads as before.
(() => {
  const script = document.currentScript;
  if (!script) return;
  let lang = 'nl';
  try {
    if (localStorage.getItem('veerkracht.lang') === 'en') lang = 'en';
  } catch {
    // Storage can be blocked: the app falls back to Dutch too.
  }
  let pages = {};
  try {
    pages = JSON.parse(script.dataset.pages ?? '{}');
  } catch {
    // A broken hint is no hint.
  }
  const path = location.pathname.replace(/\/+$/, '') || '/';
  for (const href of [script.dataset[lang], ...(pages[path] ?? [])]) {
    if (typeof href !== 'string') continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    // The same request mode as the app's own module loads, so the browser reuses the download.
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
})();
