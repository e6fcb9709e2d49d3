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
  // The 0–100 scale names only its ends: no word in the middle pulls the answers down.
  const firstScale = page.locator('[role="radiogroup"]').first();
  await expect(firstScale.locator('.scale-anchors > span')).toHaveText([
    '0 helemaal niet schadelijk',
    '100 extreem schadelijk',
  ]);
  await expect(firstScale.locator('input[value="0"]')).toHaveAccessibleName(/^0 ?, helemaal niet schadelijk$/);
  await expect(firstScale.locator('input[value="50"]')).toHaveAccessibleName('50');
  await expect(firstScale.locator('input[value="100"]')).toHaveAccessibleName(/^100 ?, extreem schadelijk$/);

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
  await expect(next.getByText('scherpe pijn die blijft')).toBeVisible();
  await next.getByRole('link', { name: 'Oefen deze beweging' }).click();

  // Before: the expected pain (required), then the movement, then the pain and whether the feared thing happened.
  const stopRule =
    'Wat ongemak en wat pijn zijn prima. Krijg je scherpe pijn die blijft? Stop dan en vraag je fysiotherapeut of huisarts om advies.';
  await expect(page.locator('main h1')).toHaveText('Je schoenen strikken');
  await expect(page.getByText(stopRule)).toBeVisible();
  await expect(page.getByText('Hoeveel pijn verwacht je bij deze beweging?')).toBeVisible();
  await expect(page.getByText(/Hoeveel (pijn of )?schade/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Ik ga het doen' }).click();
  await expect(page.locator('#expected-error')).toHaveText(/Kies eerst wat je verwacht/);
  await page.locator('input[name="expected"][value="7"]').check();
  await page.getByRole('button', { name: 'Ik ga het doen' }).click();
  await expect(page.getByText('Doe nu de beweging.')).toBeFocused();
  await expect(page.getByText(stopRule)).toBeVisible();
  await expect(page.getByText('Je verwachtte pijn: 7 van 10.')).toBeVisible();
  await expect(page.getByText('Hoeveel pijn had je echt?')).toBeVisible();
  await page.locator('input[name="actual"][value="3"]').check();
  // Whether what was feared happened is asked too: yes, no or not sure.
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#fearedHappened-error')).toHaveText('Kies ja, nee of weet ik niet.');
  const feared = page.getByRole('group', { name: 'Gebeurde waar je bang voor was?' });
  await expect(feared.getByRole('radio')).toHaveCount(3);
  await feared.getByRole('radio', { name: 'Nee' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Je verwachtte pijn 7, je had pijn 3.');
  await expect(page.getByRole('status')).toContainText('Je had 4 punten minder pijn dan je dacht.');
  await expect(page.getByRole('status')).toContainText('Waar je bang voor was, gebeurde niet.');
  await expect(page.getByText(stopRule)).toBeVisible();
  await page.getByRole('link', { name: 'Naar je lijst' }).click();

  // The next step moves up the list; expectation versus experience is shown, with a table.
  await expect(page.locator('.card--next .movement-name')).toHaveText('Stofzuigen');
  await expect(
    page.getByText(
      'Je hebt 1 keer geoefend. 1 keer had je minder pijn dan je dacht. 1 keer gebeurde niet waar je bang voor was.',
    ),
  ).toBeVisible();
  await expect(page.locator('table.data-table tbody tr')).toHaveCount(1);
  await expect(page.locator('table.data-table tbody tr td')).toHaveText([/.+/, '7', '3', 'Nee']);
  await expect(page.locator('table.data-table tbody tr')).toContainText(['Je schoenen strikken']);

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
  await page.locator('input[name="actual"][value="5"]').check();
  await page.getByRole('radio', { name: 'Not sure' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('You had 1 point more pain than you expected. That can happen.');
  await expect(page.getByRole('status')).toContainText('You are not sure. That is fine.');
  await page.getByRole('link', { name: 'To your list' }).click();
  await expect(page.locator('#movements-results + p')).toHaveText('You have practised once.');
});

for (const lang of ['nl', 'en'] as const) {
  test(`the drawing on the practise page never covers its description at 390 px wide (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await completeFirstRun(page, { lang });
    for (const movement of ['bend_pick_up', 'tie_shoes', 'twist_look_back', 'run_short']) {
      await openPage(page, `/movements/${movement}`);
      const drawing = await page.locator('.page--practise svg.movement-drawing').boundingBox();
      const text = await page.locator('.page--practise .movement-text').boundingBox();
      if (!drawing || !text) throw new Error('drawing or description not shown');
      const apart =
        drawing.y + drawing.height <= text.y ||
        text.y + text.height <= drawing.y ||
        drawing.x + drawing.width <= text.x ||
        text.x + text.width <= drawing.x;
      expect(apart, `${movement}: drawing ${JSON.stringify(drawing)} overlaps text ${JSON.stringify(text)}`).toBe(true);
    }
  });
}
