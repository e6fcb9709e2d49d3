import { expect, test } from '@playwright/test';
import { fillDateField } from './dateHelpers';
import { completeFirstRun, daysAgo, goViaMore, open, today } from './helpers';

test.beforeEach(async ({ page }) => {
  await completeFirstRun(page, { ageYears: 45, onsetDaysAgo: 200 });
});

/** The parts of a date field, in the order they stand on the screen (left to right). */
async function partsOnScreen(page: import('@playwright/test').Page, id: string): Promise<string[]> {
  const parts = ['day', 'month', 'year'];
  const xs = await Promise.all(parts.map(async (part) => (await page.locator(`#${id}-${part}`).boundingBox())?.x ?? 0));
  return parts
    .map((part, i) => ({ part, x: xs[i] ?? 0 }))
    .sort((a, b) => a.x - b.x)
    .map(({ part }) => part);
}

test('the settings page shows age and the start of the back pain, with the date as day, month and year', async ({
  page,
}) => {
  await goViaMore(page, 'Instellingen');
  await expect(page.locator('main h1')).toHaveText('Instellingen');
  await expect(page.locator('#age')).toHaveValue('45');
  const onset = daysAgo(200);
  await expect(page.locator('#onsetDate-day')).toHaveValue(String(Number(onset.slice(8, 10))));
  await expect(page.locator('#onsetDate-month')).toHaveValue(String(Number(onset.slice(5, 7))));
  await expect(page.locator('#onsetDate-year')).toHaveValue(onset.slice(0, 4));
  // Dutch order, labelled in Dutch: day, month, year; the month by name.
  expect(await partsOnScreen(page, 'onsetDate')).toEqual(['day', 'month', 'year']);
  await expect(page.getByLabel('Dag', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Maand', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Jaar', { exact: true })).toBeVisible();
  await expect(page.locator('#onsetDate-month option[value="3"]')).toHaveText('maart');
  // A day far from today is written with its year.
  await expect(page.locator('[data-profile-summary]')).toContainText(`45 jaar, rugpijn sinds`);

  // The language can be chosen here too; the page and its form stay.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toHaveText('Settings');
  await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Day', { exact: true })).toBeVisible();
  await expect(page.locator('#onsetDate-month option[value="3"]')).toHaveText('March');
  expect(await partsOnScreen(page, 'onsetDate')).toEqual(['day', 'month', 'year']);
});

test('age and the start of the back pain can be changed with the keyboard only, and a wrong day is named', async ({
  page,
}) => {
  await open(page, '/settings');
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator('#age:focus').count()) break;
  }
  await expect(page.locator('#age')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('52');

  // 31 February does not exist: the message names the day, and the day gets focus.
  await page.keyboard.press('Tab');
  await expect(page.locator('#onsetDate-day')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('31');
  await page.keyboard.press('Tab');
  await expect(page.locator('#onsetDate-month')).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#onsetDate-month')).toHaveValue('2');
  await page.keyboard.press('Tab');
  await expect(page.locator('#onsetDate-year')).toBeFocused();
  const year = String(Number(today().slice(0, 4)) - 1);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(year);
  await page.keyboard.press('Tab');
  await expect(page.locator('#onsetApproximate')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('#onsetApproximate')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');

  const lastDay = new Date(Date.UTC(Number(year), 2, 0)).getUTCDate();
  await expect(page.locator('#onsetDate-day-error')).toHaveText(`Dag: vul een dag in van 1 tot en met ${lastDay}.`);
  await expect(page.locator('#onsetDate-day')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#onsetDate-day')).toHaveAttribute('aria-describedby', /onsetDate-day-error/);
  await expect(page.locator('#onsetDate-day')).toBeFocused();

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('14');
  await expect(page.locator('#onsetDate-day-error')).toHaveCount(0);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  // The year is written: this day is not in this year.
  await expect(page.locator('[data-profile-summary]')).toHaveText(
    new RegExp(`Nu ingevuld: 52 jaar, rugpijn sinds ongeveer \\w+ 14 februari ${year}\\.`),
  );

  // Kept after a reload.
  await page.reload();
  await expect(page.locator('#age')).toHaveValue('52');
  await expect(page.locator('#onsetDate-day')).toHaveValue('14');
  await expect(page.locator('#onsetDate-month')).toHaveValue('2');
  await expect(page.locator('#onsetApproximate')).toBeChecked();
});

test('a day in the future is refused for the start of the back pain, naming the year when that is what is wrong', async ({
  page,
}) => {
  await open(page, '/settings');
  const thisYear = Number(today().slice(0, 4));
  await fillDateField(page, 'onsetDate', `${thisYear + 1}-01-15`);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#onsetDate-year-error')).toHaveText(
    `Jaar: vul een jaar in van 1900 tot en met ${thisYear}.`,
  );
  await expect(page.locator('#onsetDate-year')).toBeFocused();

  const tomorrow = daysAgo(-1);
  if (tomorrow.startsWith(String(thisYear))) {
    await fillDateField(page, 'onsetDate', tomorrow);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.locator('#onsetDate-error')).toHaveText(
      'Deze dag ligt in de toekomst. Kies vandaag of een dag eerder.',
    );
    await expect(page.locator('#onsetDate-day')).toBeFocused();
  }
  await fillDateField(page, 'onsetDate', daysAgo(30));
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
});
