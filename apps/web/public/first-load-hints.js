// Starts the downloads the first screen waits for as soon as the page's head is read: the catalogue in the
// person's language, the opened page's chunks and the feature texts it needs, beside the main bundle (the build
// writes their names into this tag's data attributes; apps/web/build/firstLoadHints.ts). Only hints: without them
// everything loads as before.
(() => {
  const script = document.currentScript;
  if (!script) return;
  let lang = 'nl';
  try {
    if (localStorage.getItem('veerkracht.lang') === 'en') lang = 'en';
  } catch {
    // Storage can be blocked: the app falls back to Dutch too.
  }
  const read = (json) => {
    try {
      return JSON.parse(json ?? '{}');
    } catch {
      return {}; // A broken hint is no hint.
    }
  };
  const pages = read(script.dataset.pages);
  // The feature texts the page waits for, in the person's language only.
  const texts = read(lang === 'en' ? script.dataset.pagesEn : script.dataset.pagesNl);
  const path = location.pathname.replace(/\/+$/, '') || '/';
  for (const href of [script.dataset[lang], ...(pages[path] ?? []), ...(texts[path] ?? [])]) {
    if (typeof href !== 'string') continue;
    const link = document.createElement('link');
    if (href.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else {
      link.rel = 'modulepreload';
    }
    // The same request mode as the app's own module loads, so the browser reuses the download.
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
})();
