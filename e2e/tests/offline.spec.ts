import { expect, test } from '@playwright/test';
import { completeFirstRun, fillCheckIn, goVia, goViaMore, open, syncStatus, waitForServiceWorker } from './helpers';

test.beforeEach(async ({ page }) => {
  await completeFirstRun(page);
});

test('a check-in saved offline is still there after an offline reload, and is sent once backup is turned on', async ({
  page,
  context,
}) => {
  await open(page, '/');
  await waitForServiceWorker(page);
  await expect(syncStatus(page)).toHaveText('Opgeslagen op deze telefoon.');

  await context.setOffline(true);
  await goVia(page, 'Check-in');
  await fillCheckIn(page, { pain: 4, sleepHours: '7.5', sleepQuality: 3, stress: 2, note: 'Rustig gewandeld.' });

  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await goVia(page, 'Vandaag');
  await expect(page.getByRole('heading', { name: 'Je hebt vandaag ingecheckt' })).toBeVisible();
  await expect(page.getByText('Pijn: 4 van 10')).toBeVisible();
  await expect(page.getByText('Slaap: 7,5 uur')).toBeVisible();

  // Every page works offline after the first visit, also the lazily loaded ones.
  await goVia(page, 'Overzicht');
  await goViaMore(page, 'Over Veerkracht');
  await goViaMore(page, 'Back-up');
  await page.getByRole('button', { name: 'Back-up aanzetten' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Je bent offline/);

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Back-up aanzetten' }).click();
  await expect(page.locator('[data-recovery-code]')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await expect(page.getByRole('img', { name: 'QR-code met je herstelcode' })).toBeVisible();
  await expect(syncStatus(page)).toHaveText('Alles is opgeslagen.');
});

test('the app opens offline on any of its pages after one visit', async ({ page, context }) => {
  await open(page, '/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const [path, heading] of [
    ['/history', 'Overzicht'],
    ['/about', 'Over Veerkracht'],
    ['/check-in', 'Check-in van vandaag'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
});
