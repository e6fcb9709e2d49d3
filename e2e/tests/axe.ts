import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules whose outcome depends on the colours: checked again in the dark colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is, in the light colour scheme with every rule,
 * then in the dark one with the colour rules (the page is the same apart from
 * its colours: no markup depends on the scheme), and back to light. One visit
 * covers both schemes, which halves the time of this file.
 */
export async function expectNoViolations(page: Page, what: string): Promise<void> {
  const summarise = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summarise(await new AxeBuilder({ page }).withTags(TAGS).analyze()), `${what}, light`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    expect(summarise(await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze()), `${what}, dark`).toEqual([]);
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
}
