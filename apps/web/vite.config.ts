import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { validatorChunks } from './build/chunkGroups';
import { firstLoadHints } from './build/firstLoadHints';
import { recordRulesOf } from './build/recordRules';

export default defineConfig({
  // Which rules checked a stored record (src/data/store/recordRules.ts).
  define: { __RECORD_RULES__: JSON.stringify(recordRulesOf()) },
  plugins: [
    // Prerendering would need a DOM-free render of pages that read IndexedDB; the shell is tiny, so skip it.
    preact({ prerender: { enabled: false } }),
    firstLoadHints(),
    validatorChunks(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // A separate registerSW.js file, not an inline script: the server's CSP is `script-src 'self'`. Deferred, so it
      // does not block the HTML parser (it registers on the load event anyway).
      injectRegister: 'script-defer',
      manifest: {
        name: 'Veerkracht',
        short_name: 'Veerkracht',
        description:
          'Veerkracht helpt je om zelf met aanhoudende lage rugpijn om te gaan: een korte dagelijkse check-in, je verloop en uitleg. Werkt ook offline.',
        lang: 'nl',
        theme_color: '#0f5c55',
        background_color: '#f7f5f0',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every route chunk and both catalogues are precached, so the whole app works offline after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
        // Reminders by Web Push: the push and notificationclick handlers (public/push-handler.js).
        importScripts: ['/push-handler.js'],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // No list of every lazy chunk's imports in the first file (decision 0042): it weighed 2.4 KB gzip on every first
    // load. A page's own imports then start once its chunk has arrived: the first screens are hinted in full
    // (build/firstLoadHints.ts) and, after one visit, the service worker serves every chunk from the device. Style
    // sheets are still loaded with their chunk.
    // Not even in the page: Lighthouse counts a module the page names as holding up the first paint, and three
    // interleaved pairs of runs measured FCP 0.25 s later with the entry's imports named there (decision 0044).
    modulePreload: { resolveDependencies: () => [] },
    rolldownOptions: {
      output: {
        // Fewer, fuller chunks (decision 0041): every file costs a request and compresses on its own, and Today
        // fetched 44 of them. Each group takes its modules' dependencies along (rolldown's default), so modules still
        // run in the order of their imports. The app's own first files stay as the bundler splits them: one big
        // shell file measured worse in Lighthouse (one long parse, one download instead of several side by side).
        codeSplitting: {
          groups: [
            // The core modules the entry imports (the safety gate's records and rules, the store's sync helpers).
            { name: 'core', tags: ['$initial'], test: /[\\/]packages[\\/]core[\\/]dist[\\/]/ },
            // No group for the record kinds' validators (decision 0043): a group takes its modules' imports along,
            // and pulled the rules Today needs in with them. Only saving and checking a new record load validators.
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
