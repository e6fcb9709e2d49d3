#!/usr/bin/env node
// Fails (exit 1) when the home page's JS + CSS, gzipped, is over the budget (50 KB, docs/architecture.md "Budgets").
// Run after the web build: node bench/size-budget.mjs
import { BUDGET_BYTES, kb, measureHomePage, WEB_DIST } from './homePageSize.mjs';

const result = measureHomePage();
if (!result) {
  console.error(`No built web app at ${WEB_DIST}: run "npm run build" first.`);
  process.exit(1);
}
const missing = result.files.filter((f) => f.missing);
for (const file of result.files) {
  console.log(`  ${file.missing ? 'MISSING' : kb(file.gzip).padStart(9)}  ${file.url}`);
}
if (missing.length > 0) {
  console.error(`index.html names files that are not in the build: ${missing.map((f) => f.url).join(', ')}`);
  process.exit(1);
}
const over = result.totalGzip > BUDGET_BYTES;
const unbrotlied = result.files.filter((f) => !f.missing && f.br === null && f.raw >= 1024).map((f) => f.url);
console.log(
  `Sent as brotli (the build's .br copies): ${kb(result.totalBrotli)}${unbrotlied.length > 0 ? `; without a .br copy: ${unbrotlied.join(', ')}` : ''}`,
);
console.log(
  `Home page JS + CSS (gzip -9): ${kb(result.totalGzip)} of ${kb(BUDGET_BYTES)} budget: ${over ? 'OVER BUDGET' : 'ok'}`,
);
process.exit(over ? 1 : 0);
