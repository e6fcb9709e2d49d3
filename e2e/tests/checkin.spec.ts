import { expect, test } from '@playwright/test';
import { completeFirstRun, daysAgo, fillCheckIn, goVia, open, waitForServiceWorker } from './helpers';

// Every test starts on a device that has been through the first run (with "no" to every safety question).
test.beforeEach(async ({ page }) => {
  await completeFirstRun(page);
});

test('an invalid value is shown next to its field, in the person’s language', async ({ page }) => {
  await open(page, '/check-in');
  await page.locator('input[name="pain"][value="3"]').check();
  await page.locator('#sleepHours').fill('30');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  const field = page.locator('#sleepHours');
  const message = page.locator('#sleepHours-error');
  await expect(message).toHaveText('Vul een getal in van 0 tot en met 24.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', /sleepHours-error/);
  await expect(field).toBeFocused();
  // The message sits right under the field it is about.
  const fieldBox = await field.boundingBox();
  const messageBox = await message.boundingBox();
  expect(messageBox && fieldBox && messageBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(40);

  // The same problem in English, after switching language: the message follows, the typed value stays.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(message).toHaveText('Enter a number from 0 to 24.');
  await expect(field).toHaveValue('30');

  await field.fill('7.5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
});

test('a missing pain score is named next to the pain question and gets focus', async ({ page }) => {
  await open(page, '/check-in');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const group = page.getByRole('radiogroup', { name: /Hoeveel pijn/ });
  await expect(group).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pain-error')).toHaveText('Kies hoeveel pijn je had: een getal van 0 tot en met 10.');
  await expect(page.locator('input[name="pain"][value="0"]')).toBeFocused();
});

test('a past day within the last 7 days can be filled in and then edited from the history', async ({ page }) => {
  const day = daysAgo(3);
  await open(page, '/history');
  const row = page.locator(`[data-day="${day}"]`);
  await expect(row).toContainText('Niet ingevuld');
  await row.getByRole('link', { name: /Invullen/ }).click();
  await expect(page.locator('main h1')).toHaveText(/^Check-in van /);
  await fillCheckIn(page, { pain: 5, sleepHours: '6', stress: 7 });

  await goVia(page, 'Overzicht');
  await expect(row).toContainText('Pijn: 5 van 10');
  await expect(row).toContainText('Stress: 7 van 10');
  await row.getByRole('link', { name: /Aanpassen/ }).click();
  await expect(page.getByText('Je past een check-in aan die je al had ingevuld.')).toBeVisible();
  await expect(page.locator('input[name="pain"][value="5"]')).toBeChecked();
  await expect(page.locator('#sleepHours')).toHaveValue('6');
  await fillCheckIn(page, { pain: 2 });

  await goVia(page, 'Overzicht');
  await expect(row).toContainText('Pijn: 2 van 10');
  await expect(row).toContainText('Slaap: 6 uur');
  // One record per day: editing never adds a second entry for the same day.
  await expect(page.locator(`[data-day="${day}"]`)).toHaveCount(1);
});

test('a day more than 7 days ago cannot be opened for editing', async ({ page }) => {
  await open(page, `/check-in?date=${daysAgo(7)}`);
  await expect(page.getByText('Je kunt alleen de laatste 7 dagen invullen of aanpassen.')).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Check-in van vandaag');
});

test('the language can be switched in the middle of a check-in without losing what was filled in', async ({ page }) => {
  await open(page, '/check-in');
  await page.locator('input[name="pain"][value="6"]').check();
  await page.locator('#sleepHours').fill('8');
  await page.locator('#note').fill('Halfway through');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('main h1')).toHaveText('Today’s check-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('input[name="pain"][value="6"]')).toBeChecked();
  await expect(page.locator('#sleepHours')).toHaveValue('8');
  await expect(page.locator('#note')).toHaveValue('Halfway through');
  await page.getByRole('button', { name: 'Naar het Nederlands' }).click();
  await expect(page.locator('main h1')).toHaveText('Check-in van vandaag');
  await expect(page.locator('#note')).toHaveValue('Halfway through');
});

test('a check-in can be done with the keyboard only', async ({ page }) => {
  await open(page, '/check-in');
  // Tab from the top of the page to the first pain option.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator('input[name="pain"]:focus').count()) break;
  }
  await expect(page.locator('input[name="pain"][value="0"]')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[name="pain"][value="4"]')).toBeChecked();

  // Bed and wake time by keyboard: the hours follow from them. Times before noon, typed with an A at the end, read
  // the same in a field with a 24-hour clock (the A is ignored) and one with a 12-hour clock (as this Chromium has).
  await page.keyboard.press('Tab');
  await expect(page.locator('#bedtime')).toBeFocused();
  // The browser's clock button inside a time field takes a Tab of its own.
  const tabOutOf = async (id: string) => {
    const focusedId = () => page.evaluate(() => document.activeElement?.id);
    for (let i = 0; i < 5 && (await focusedId()) === id; i++) await page.keyboard.press('Tab');
  };
  await page.keyboard.type('0100A');
  await tabOutOf('bedtime');
  await expect(page.locator('#wakeTime')).toBeFocused();
  await page.keyboard.type('0730A');
  await tabOutOf('wakeTime');
  await expect(page.locator('#sleepHours')).toBeFocused();
  await expect(page.locator('#sleepHours')).toHaveValue('6,5');

  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="sleepQuality"][value="1"]')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[name="sleepQuality"][value="3"]')).toBeChecked();

  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[name="stress"][value="1"]')).toBeChecked();

  // What the person did today: minutes and a few words.
  await page.keyboard.press('Tab');
  await expect(page.locator('#activeMinutes')).toBeFocused();
  await page.keyboard.type('25');
  await page.keyboard.press('Tab');
  await expect(page.locator('#activity')).toBeFocused();
  await page.keyboard.type('Naar de bakker gelopen');

  await page.keyboard.press('Tab');
  await expect(page.locator('#note')).toBeFocused();
  await page.keyboard.type('Alleen met het toetsenbord.');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');

  const confirmation = page.getByRole('status').filter({ hasText: 'Opgeslagen.' });
  await expect(confirmation).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Terug naar Vandaag' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.getByText('Pijn: 4 van 10')).toBeVisible();
  await expect(page.getByText('Slaap: 6,5 uur')).toBeVisible();
  await expect(page.getByText('Slaapkwaliteit: 3 van 5')).toBeVisible();
  await expect(page.getByText('Stress: 1 van 10')).toBeVisible();
  await expect(page.getByText('Actief: 25 minuten')).toBeVisible();
});

test('a saved check-in is confirmed within a moment of the tap', async ({ page }) => {
  await open(page, '/check-in');
  // Measured once the service worker has finished precaching, which competes for storage on a first visit.
  await waitForServiceWorker(page);
  await fillCheckIn(page, { pain: 3 });
  // Not a timed assertion (machines differ); the measurement is reported for the budget of 50 ms.
  const duration = await page.evaluate(() => performance.getEntriesByName('checkin-save')[0]?.duration ?? null);
  test.info().annotations.push({ type: 'checkin-save-ms', description: String(duration) });
  expect(duration).not.toBeNull();
});

test('hours of sleep typed with a decimal comma or point are saved as 6.5, in Dutch and in English', async ({
  page,
}) => {
  const cases = [
    { day: daysAgo(1), typed: '6,5', lang: 'nl' },
    { day: daysAgo(2), typed: '6.5', lang: 'nl' },
    { day: daysAgo(3), typed: '6,5', lang: 'en' },
    { day: daysAgo(4), typed: '6.5', lang: 'en' },
  ] as const;
  for (const { day, typed, lang } of cases) {
    await open(page, `/check-in?date=${day}`);
    if (lang === 'en' && (await page.locator('html').getAttribute('lang')) !== 'en') {
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    await fillCheckIn(page, { pain: 3, sleepHours: typed });
    // Said back with the person's own decimal mark.
    await expect(page.locator('.confirmation')).toContainText(lang === 'nl' ? 'Slaap: 6,5 uur' : 'Sleep: 6.5 hours');
  }
  await open(page, `/check-in?date=${daysAgo(1)}`);
  await expect(page.locator('#sleepHours')).toHaveValue('6.5');
  await page.getByRole('button', { name: 'Naar het Nederlands' }).click();
  // The switch is remembered once the page speaks Dutch: only then leave it (it raced under load).
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await open(page, `/check-in?date=${daysAgo(1)}`);
  await expect(page.locator('#sleepHours')).toHaveValue('6,5');
  await goVia(page, 'Overzicht');
  for (const { day } of cases) await expect(page.locator(`[data-day="${day}"]`)).toContainText('Slaap: 6,5 uur');
});

test('the history shows the note of a check-in, and a day without one gets a quiet link', async ({ page }) => {
  const day = daysAgo(2);
  await open(page, `/check-in?date=${day}`);
  await fillCheckIn(page, { pain: 4, note: 'Lang gewandeld, daarna wat stijf.' });
  await goVia(page, 'Overzicht');
  const row = page.locator(`[data-day="${day}"]`);
  await expect(row.locator('[data-note]')).toHaveText('Notitie: Lang gewandeld, daarna wat stijf.');

  const skipped = page.locator(`[data-day="${daysAgo(5)}"]`);
  await expect(skipped).toContainText('Niet ingevuld');
  const link = skipped.getByRole('link', { name: /Invullen/ });
  await expect(link).toBeVisible();
  // A text link, not a button: a skipped day is no task.
  await expect(link).not.toHaveClass(/\bbutton\b/);
});
