import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type axe from 'axe-core';

/**
 * axe-core's minified build, injected into each page. `axe.source` is the
 * unminified 1.3 MB build: evaluating it took 1.5–4 s per document on these
 * machines, the minified 0.58 MB one a third of that, over a hundred times a run.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules whose outcome depends on the colours: checked again in the dark colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type Run = { runOnly: { type: 'tag' | 'rule'; values: string[] } };

/**
 * Runs axe-core in the page (injected once per document: injecting its half
 * a megabyte of script took as long as a whole run) and lists each violation
 * with the elements it found. Only violations are collected (`resultTypes`),
 * so axe skips the details of every passing node.
 */
async function violations(page: Page, run: Run): Promise<string[]> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const results = await engine.run(document, { ...options, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, run);
}

/**
 * Runs axe on the page as it is, in the light colour scheme with every WCAG
 * 2.2 A/AA rule, then in the dark one with the colour rules (the page is the
 * same apart from its colours: no markup depends on the scheme), and back to
 * light. One visit covers both schemes.
 */
export async function expectNoViolations(page: Page, what: string): Promise<void> {
  await transitionsDone(page);
  expect(await violations(page, { runOnly: { type: 'tag', values: TAGS } }), `${what}, light`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    await transitionsDone(page);
    expect(await violations(page, { runOnly: { type: 'rule', values: COLOUR_RULES } }), `${what}, dark`).toEqual([]);
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
    await transitionsDone(page);
  }
}

/**
 * Waits until the colour transitions (of a button, after the scheme changed)
 * have ended: axe would otherwise measure a colour halfway. Endless
 * animations (a pacer) are not waited for.
 */
async function transitionsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
