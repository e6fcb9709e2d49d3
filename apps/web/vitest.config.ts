import { defineConfig } from 'vitest/config';
import { recordRulesOf } from './build/recordRules';

// Unit tests cover the store, the sync client and the catalogues; they need no DOM
// (fake-indexeddb stands in for IndexedDB). Pages are tested in Playwright. The sync
// tests start the real server (apps/server) on a temporary SQLite database per test,
// so they get the server tests' time limit.
export default defineConfig({
  define: { __RECORD_RULES__: JSON.stringify(recordRulesOf()) },
  test: { include: ['src/**/*.test.ts', 'build/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
});
