import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/globalSetup.ts'],
    // Data tests create a database per file; PostgreSQL cluster start-up is the lead's script's job.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
