import { expect, test } from '@playwright/test';
import { completeFirstRun, fillCheckIn, goVia, goViaMore, open } from './helpers';

test('the whole flow works in English, and the choice is remembered', async ({ page }) => {
  await completeFirstRun(page);
  await open(page, '/');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Your step for today' })).toBeVisible();
  await expect(page.locator('[data-sync-status]')).toHaveText('Saved on this phone.');

  await page.getByRole('link', { name: 'Fill in check-in' }).click();
  await expect(page.locator('main h1')).toHaveText('Today’s check-in');
  await expect(page.getByRole('radiogroup', { name: /How much pain/ })).toBeVisible();
  await fillCheckIn(page, { pain: 5, sleepHours: '7.5', sleepQuality: 4, stress: 3 }, /Saved\./);
  await page.getByRole('link', { name: 'Back to Today' }).click();

  await expect(page.getByRole('heading', { name: 'You checked in today' })).toBeVisible();
  await expect(page.getByText('Pain: 5 out of 10')).toBeVisible();
  await expect(page.getByText('Sleep: 7.5 hours')).toBeVisible();

  await goVia(page, 'History');
  await expect(page.getByRole('heading', { name: 'The last 7 days' })).toBeVisible();
  await expect(page.getByText('Not filled in').first()).toBeVisible();
  await expect(page.getByText(/Pain \(0 to 10\): average 5/)).toBeVisible();

  await goViaMore(page, 'About Veerkracht');
  await expect(page.getByText('Veerkracht does not diagnose.', { exact: false })).toBeVisible();
  await expect(page.getByText(/Call 112/).first()).toBeVisible();

  await goViaMore(page, 'Backup');
  await expect(page.getByRole('heading', { name: 'What is a backup?' })).toBeVisible();

  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Backup');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Backup – Veerkracht');

  // The first-load hints ask for English catalogues only: the core one, and on Today those of its two cards (the
  // suggested lesson, the weekly review); and for Today's page chunk too.
  await open(page, '/');
  const hinted = await page
    .locator('link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  const catalogues = hinted.filter((path) => /^\/assets\/(?:[\w-]+\.)?(nl|en)-[\w-]+\.js$/.test(path));
  expect(catalogues).toHaveLength(3);
  expect(catalogues.every((path) => /^\/assets\/(?:[\w-]+\.)?en-/.test(path))).toBe(true);
  expect(hinted).toContainEqual(expect.stringMatching(/^\/assets\/Today-/));
});
