import { defineConfig } from 'vitest/config';

// Unit tests cover the store, the sync client and the catalogues; they need no DOM
// (fake-indexeddb stands in for IndexedDB). Pages are tested in Playwright.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], environment: 'node' } });
