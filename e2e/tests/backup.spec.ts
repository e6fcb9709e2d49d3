import { expect, test } from '@playwright/test';
import {
  completeFirstRun,
  daysAgo,
  fillCheckIn,
  goVia,
  goViaMore,
  open,
  syncStatus,
  waitForServiceWorker,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await completeFirstRun(page);
});

test('a second browser restores the backup with the recovery code and sees the same check-ins', async ({
  page,
  browser,
}) => {
  await open(page, '/check-in');
  await fillCheckIn(page, { pain: 6, sleepHours: '5.5', note: 'Van de eerste telefoon' });
  await goViaMore(page, 'Back-up');
  await page.getByRole('button', { name: 'Back-up aanzetten' }).click();
  const code = (await page.locator('[data-recovery-code]').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await expect(syncStatus(page)).toHaveText('Alles is opgeslagen.');

  const use = test.info().project.use;
  const second = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport ?? null,
    locale: use.locale,
    timezoneId: use.timezoneId,
  });
  try {
    const other = await second.newPage();
    await completeFirstRun(other);
    // Something only this phone has, from before the restore: it must not be lost.
    await open(other, `/check-in?date=${daysAgo(1)}`);
    await fillCheckIn(other, { pain: 2 });
    await goViaMore(other, 'Back-up');
    // Typed the way people copy from paper: lower case, spaces instead of dashes.
    await other.getByLabel('Herstelcode').fill(code.toLowerCase().replaceAll('-', ' '));
    await other.getByRole('button', { name: 'Terugzetten' }).click();
    await expect(other.getByText('Gelukt. Je back-up is teruggezet op deze telefoon.')).toBeVisible();
    await expect(syncStatus(other)).toHaveText('Alles is opgeslagen.');
    await goVia(other, 'Vandaag');
    await expect(other.getByText('Pijn: 6 van 10')).toBeVisible();
    await expect(other.getByText('Slaap: 5,5 uur')).toBeVisible();
    await goVia(other, 'Overzicht');
    await expect(other.locator(`[data-day="${daysAgo(1)}"]`)).toContainText('Pijn: 2 van 10');
  } finally {
    await second.close();
  }

  // The first phone gets the second phone's day at its next sync (here: on start).
  await page.reload();
  await goVia(page, 'Overzicht');
  await expect(page.locator(`[data-day="${daysAgo(1)}"]`)).toContainText('Pijn: 2 van 10');
});

test('a wrong recovery code gets a clear message and nothing changes', async ({ page }) => {
  await open(page, '/backup');
  const field = page.getByLabel('Herstelcode');
  await field.fill('hallo');
  await page.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Dit is geen herstelcode/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();

  await field.fill('7K3M-Q9XD-2F8H-W0PZ-R5TN');
  await page.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Deze code kennen we niet/);
  await expect(syncStatus(page)).toHaveText('Opgeslagen op deze telefoon.');
});

test('turning backup off keeps the check-ins on this phone', async ({ page }) => {
  await open(page, '/check-in');
  await fillCheckIn(page, { pain: 7 });
  await goViaMore(page, 'Back-up');
  await page.getByRole('button', { name: 'Back-up aanzetten' }).click();
  await expect(syncStatus(page)).toHaveText('Alles is opgeslagen.');
  await page.getByRole('button', { name: 'Herstelcode verbergen' }).click();
  await expect(page.locator('[data-recovery-code]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Herstelcode tonen' }).click();
  await expect(page.locator('[data-recovery-code]')).toBeVisible();

  await page.getByRole('button', { name: 'Back-up uitzetten' }).click();
  await page.getByRole('button', { name: 'Ja, zet uit' }).click();
  await expect(page.getByText('Je back-up staat uit op deze telefoon.')).toBeVisible();
  await expect(syncStatus(page)).toHaveText('Opgeslagen op deze telefoon.');
  await goVia(page, 'Vandaag');
  await expect(page.getByText('Pijn: 7 van 10')).toBeVisible();
});

test('with backup on, a check-in saved offline says it will be sent later, and is sent when the connection returns', async ({
  page,
  context,
}) => {
  await open(page, '/backup');
  await page.getByRole('button', { name: 'Back-up aanzetten' }).click();
  await expect(syncStatus(page)).toHaveText('Alles is opgeslagen.');

  // The app works offline once the service worker holds it (after the first visit), as it does for people.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await goVia(page, 'Check-in');
  await fillCheckIn(page, { pain: 3 });
  await goVia(page, 'Vandaag');
  await expect(syncStatus(page)).toHaveText('Offline: opgeslagen op deze telefoon. We sturen het later.');

  await context.setOffline(false);
  await expect(syncStatus(page)).toHaveText('Alles is opgeslagen.');
});

test('the recovery code can be copied, is never split with one group alone, and says so when copying fails', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '/backup');
  await page.getByRole('button', { name: 'Back-up aanzetten' }).click();
  const codeBox = page.locator('[data-recovery-code]');
  const code = (await codeBox.textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);

  // On a phone-sized screen the five groups stand on one line, or on lines of at least two groups.
  const tops = await codeBox
    .locator('.code-group')
    .evaluateAll((groups) => groups.map((group) => Math.round(group.getBoundingClientRect().top)));
  const perLine = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
  expect(perLine.length === 1 || Math.min(...perLine) >= 2, `groups per line: ${perLine.join(', ')}`).toBe(true);

  await page.getByRole('button', { name: 'Kopieer de code' }).click();
  await expect(page.locator('[data-copy-status="copied"]')).toHaveText(/^Gekopieerd\./);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // Without a clipboard (older browsers, or no permission), the page says what to do instead.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  await page.getByRole('button', { name: 'Kopieer de code' }).click();
  await expect(page.locator('[data-copy-status="failed"]')).toHaveText(/^Kopiëren lukte niet\. Schrijf de code over\./);
});
