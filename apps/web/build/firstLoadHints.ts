import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * The first screens' source files by path: the page `preloadPage` fetches at boot for that path. Only a hint: a
 * path missing here loads as before, one round trip later.
 */
const FIRST_PAGES: Record<string, readonly string[]> = {
  // Today and the cards it loads with itself (todayCardsLoaded): without them here, they start a round trip later.
  '/': ['src/app/Today.tsx', 'src/lessons/today/SuggestedLesson.tsx', 'src/review/today/ReviewStep.tsx'],
  '/check-in': ['src/checkin/CheckInPage.tsx', 'src/safety/FlareUpOffer.tsx'],
  '/start': ['src/safety/pages/Start.tsx'],
};
const CATALOGUES = { nl: 'src/i18n/messages/nl.json', en: 'src/i18n/messages/en.json' } as const;
/** The feature catalogues a first screen waits for, by path; `{lang}` stands for `nl` or `en`. */
const FIRST_PAGE_TEXTS: Record<string, readonly string[]> = {
  '/': ['src/lessons/messages/{lang}.json', 'src/review/messages/due.{lang}.json'],
};
const LANGS = ['nl', 'en'] as const;

function chunkOf(bundle: OutputBundle, source: string): OutputChunk | undefined {
  // The chunk that holds the module: its own (the module is its facade), or a group's that took it in.
  return Object.values(bundle).find(
    (file): file is OutputChunk =>
      file.type === 'chunk' && file.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(`/${source}`)),
  );
}

/**
 * A chunk and every chunk it imports statically, as URLs, then the style sheets they bring: Vite's loader waits for
 * a page's CSS before the page runs, so a sheet not hinted starts a round trip after the page's code.
 */
function withImports(bundle: OutputBundle, chunk: OutputChunk): string[] {
  const files = new Set<string>();
  const sheets = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    const file = bundle[fileName];
    if (file?.type !== 'chunk') return;
    for (const sheet of file.viteMetadata?.importedCss ?? []) sheets.add(sheet);
    for (const imported of file.imports) visit(imported);
  };
  visit(chunk.fileName);
  return [...files, ...sheets].map((fileName) => `/${fileName}`);
}

/**
 * Puts `/first-load-hints.js` in the page's head with the hashed names of the core catalogue (per language), of
 * the first screens' page chunks, and of the feature catalogues those screens wait for (per language). The script
 * asks for the person's catalogues and the opened page's chunks at once, beside the main bundle, instead of after it
 * has run: one round trip less before the first screen (docs/architecture.md, "First load").
 */
export function firstLoadHints(): Plugin {
  return {
    name: 'veerkracht:first-load-hints',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const catalogue = (source: string) => {
          const chunk = chunkOf(bundle, source);
          if (!chunk) throw new Error(`first-load hints: no chunk for ${source}`);
          return `/${chunk.fileName}`;
        };
        // What the entry already preloads (its own tags in the page) is not hinted again.
        const entry = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.isEntry);
        const preloaded = new Set(entry ? withImports(bundle, entry) : []);
        const pages: Record<string, string[]> = {};
        for (const [path, sources] of Object.entries(FIRST_PAGES)) {
          const files = sources.flatMap((source) => {
            const chunk = chunkOf(bundle, source);
            if (!chunk) throw new Error(`first-load hints: no chunk for ${source}`);
            return withImports(bundle, chunk);
          });
          pages[path] = [...new Set(files)].filter((file) => !preloaded.has(file));
        }
        // Per language: only the browser knows which one the person reads, so these are the script's alone.
        const texts = Object.fromEntries(
          LANGS.map((lang) => [
            lang,
            Object.fromEntries(
              Object.entries(FIRST_PAGE_TEXTS).map(([path, files]) => [
                path,
                files.map((file) => catalogue(file.replace('{lang}', lang))),
              ]),
            ),
          ]),
        );
        return [
          {
            tag: 'script',
            attrs: {
              src: '/first-load-hints.js',
              'data-nl': catalogue(CATALOGUES.nl),
              'data-en': catalogue(CATALOGUES.en),
              'data-pages': JSON.stringify(pages),
              'data-pages-nl': JSON.stringify(texts.nl),
              'data-pages-en': JSON.stringify(texts.en),
            },
            // After the charset and the entry's own tags: the data attribute is long, and the charset must come first.
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
