import { expect, test } from '@playwright/test';
import { openPage } from './activityHelpers';
import { completeFirstRun, goVia, goViaMore, waitForServiceWorker } from './helpers';

test('graded exposure: rate movements, practise the least feared one, compare expectation and experience, re-rate', async ({
  page,
  context,
}) => {
  await completeFirstRun(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);

  await goViaMore(page, 'Bewegingen oefenen');
  await expect(page.getByRole('heading', { level: 2, name: 'Begin met je lijst' })).toBeVisible();
  await page.getByRole('link', { name: 'Bewegingen beoordelen' }).click();
  await expect(page.locator('main h1')).toHaveText('Hoe schadelijk lijkt het?');

  // Saving nothing is refused with a message; then three movements are rated.
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Je hebt nog niets beoordeeld/);
  for (const [movement, rating] of [
    ['tie_shoes', 20],
    ['vacuum', 30],
    ['lift_crate', 70],
  ] as const) {
    await page.locator(`input[name="fear-${movement}"][value="${rating}"]`).check();
  }
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Opgeslagen. Je lijst is klaar.');
  await page.getByRole('link', { name: 'Naar je lijst' }).click();

  // The hierarchy, least feared first, and the next step from the lowest.
  await expect(page.locator('.hierarchy .movement-name')).toHaveText([
    'Je schoenen strikken',
    'Stofzuigen',
    'Een krat drinken optillen',
  ]);
  const next = page.locator('.card--next');
  await expect(next.locator('.movement-name')).toHaveText('Je schoenen strikken');
  await expect(next.locator('.movement-text')).toContainText('veters');
  await expect(next.locator('svg.movement-drawing')).toHaveAttribute('aria-hidden', 'true');
  await next.getByRole('link', { name: 'Oefen deze beweging' }).click();

  // Before: the expectation (required), then the movement, then what really happened.
  await expect(page.locator('main h1')).toHaveText('Je schoenen strikken');
  await page.getByRole('button', { name: 'Ik ga het doen' }).click();
  await expect(page.locator('#expected-error')).toHaveText(/Kies eerst wat je verwacht/);
  await page.locator('input[name="expected"][value="7"]').check();
  await page.getByRole('button', { name: 'Ik ga het doen' }).click();
  await expect(page.getByText('Doe nu de beweging.')).toBeFocused();
  await expect(page.getByText('Je verwachtte: 7 van 10.')).toBeVisible();
  await page.locator('input[name="actual"][value="3"]').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Je verwachtte 7, het was 3.');
  await expect(page.getByRole('status')).toContainText('Het viel 4 punten mee.');
  await page.getByRole('link', { name: 'Naar je lijst' }).click();

  // The next step moves up the list; expectation versus experience is shown, with a table.
  await expect(page.locator('.card--next .movement-name')).toHaveText('Stofzuigen');
  await expect(page.getByText('Je hebt 1 keer geoefend. 1 keer viel het mee')).toBeVisible();
  await expect(page.locator('table.plan-table tbody tr')).toHaveCount(1);
  await expect(page.locator('table.plan-table tbody tr')).toContainText(['Je schoenen strikken']);

  // A rating of 50 or more: Today offers graded exposure prominently, with the next step.
  await goVia(page, 'Vandaag');
  await expect(page.getByRole('heading', { level: 2, name: 'Bewegingen oefenen' })).toBeVisible();
  await expect(page.getByText('Je volgende stap: Stofzuigen')).toBeVisible();
  await page.getByRole('link', { name: 'Naar bewegingen oefenen' }).click();
  await expect(page.locator('main h1')).toHaveText('Bewegingen oefenen');

  // Re-rating: more than 20 points is a clear difference, 20 or less a small one.
  await page.getByRole('link', { name: 'Opnieuw beoordelen' }).first().click();
  await expect(page.getByText('Vorige keer: 70')).toBeVisible();
  await page.locator('input[name="fear-lift_crate"][value="40"]').check();
  await page.locator('input[name="fear-vacuum"][value="10"]').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('link', { name: 'Naar je lijst' }).click();
  const changes = page.locator('section', { has: page.getByRole('heading', { name: 'Wat is er veranderd?' }) });
  await expect(changes.locator('li')).toHaveText([
    'Een krat drinken optillen: eerst 70, nu 40. Een duidelijk verschil!',
    'Stofzuigen: eerst 30, nu 10. Een klein verschil.',
  ]);
  await openPage(page, '/');
  await expect(page.getByRole('heading', { level: 2, name: 'Bewegingen oefenen' })).toHaveCount(0);
});

test('in English: the movements list and one practice', async ({ page }) => {
  await completeFirstRun(page, { lang: 'en' });
  await openPage(page, '/movements/rate');
  await page.locator('input[name="fear-reach_up"][value="60"]').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'To your list' }).click();
  await expect(page.locator('.card--next .movement-name')).toHaveText('Reaching up to a high shelf');
  await page.getByRole('link', { name: 'Practise this movement' }).click();
  await page.locator('input[name="expected"][value="4"]').check();
  await page.getByRole('button', { name: 'I am going to do it' }).click();
  await page.locator('input[name="actual"][value="6"]').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('It was 2 points more than you expected. That can happen.');
});
