import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { daysAgo, fillCheckIn, open } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, what).toEqual([]);
}

for (const lang of ['nl', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on any page in ${lang === 'nl' ? 'Dutch' : 'English'}, ${colorScheme} colour scheme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      // Some data first, so the history has its list and chart.
      for (const [days, pain] of [
        [2, 4],
        [1, 6],
      ] as const) {
        await open(page, `/check-in?date=${daysAgo(days)}`);
        await fillCheckIn(page, { pain, sleepHours: '7', stress: pain - 1, sleepQuality: 3 });
      }
      await open(page, '/');
      if (lang === 'en') {
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      for (const path of ['/', '/check-in', '/history', '/backup', '/about', '/no-such-page']) {
        await open(page, path);
        await expectNoViolations(page, `${path} (${lang}, ${colorScheme})`);
      }
      // States that only appear after acting: field errors, the confirmation, the recovery code.
      await open(page, '/check-in');
      await page.locator('#sleepHours').fill('30');
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator('#sleepHours-error')).toBeVisible();
      await expectNoViolations(page, `check-in with errors (${lang}, ${colorScheme})`);
      await page.locator('input[name="pain"][value="3"]').check();
      await page.locator('#sleepHours').fill('7');
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator('.confirmation')).toBeVisible();
      await expectNoViolations(page, `check-in saved (${lang}, ${colorScheme})`);
      await open(page, '/backup');
      await page.locator('.page--backup .card').nth(1).getByRole('button').click();
      await expect(page.locator('[data-recovery-code]')).toBeVisible();
      await expect(page.locator('svg.qr')).toBeVisible();
      await expectNoViolations(page, `backup with recovery code (${lang}, ${colorScheme})`);
    });
  }
}
