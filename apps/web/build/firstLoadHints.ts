import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * The first screens' source files by path: the page `preloadPage` fetches at boot for that path. Only a hint: a
 * path missing here loads as before, one round trip later.
 */
const FIRST_PAGES: Record<string, readonly string[]> = {
  '/': ['src/app/Today.tsx'],
  '/check-in': ['src/checkin/CheckInPage.tsx', 'src/safety/FlareUpOffer.tsx'],
  '/start': ['src/safety/pages/Start.tsx'],
};
const CATALOGUES = { nl: 'src/i18n/messages/nl.json', en: 'src/i18n/messages/en.json' } as const;

function chunkOf(bundle: OutputBundle, source: string): OutputChunk | undefined {
  return Object.values(bundle).find(
    (file): file is OutputChunk => file.type === 'chunk' && (file.facadeModuleId ?? '').endsWith(`/${source}`),
  );
}

/** A chunk and every chunk it imports statically, as URLs. */
function withImports(bundle: OutputBundle, chunk: OutputChunk): string[] {
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    const file = bundle[fileName];
    if (file?.type === 'chunk') for (const imported of file.imports) visit(imported);
  };
  visit(chunk.fileName);
  return [...files].map((fileName) => `/${fileName}`);
}

/**
 * Puts `/first-load-hints.js` in the page's head with the hashed names of the core catalogue (per language) and of
 * the first screens' page chunks. The script asks for the person's catalogue and the opened page's chunk at once,
 * beside the main bundle, instead of after it has run: one round trip less before the first screen
 * (docs/architecture.md, "First load").
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
        return [
          {
            tag: 'script',
            attrs: {
              src: '/first-load-hints.js',
              'data-nl': catalogue(CATALOGUES.nl),
              'data-en': catalogue(CATALOGUES.en),
              'data-pages': JSON.stringify(pages),
            },
            // After the charset and the entry's own tags: the data attribute is long, and the charset must come first.
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
