import { expect, type Page, test } from '@playwright/test';
import { START } from './activityHelpers';
import { expectNoViolations } from './axe';
import { completeFirstRun, goViaMore, open, waitForServiceWorker } from './helpers';

/** Stops the page's clock a moment from now: from then on only `runFor` moves it, however long axe takes. */
async function holdClock(page: Page): Promise<void> {
  await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1_000));
}

/** Axe on a page whose clock is held: axe needs timers that run, so the clock runs meanwhile, then is held again. */
async function checkHeld(page: Page, what: string): Promise<void> {
  await page.clock.resume();
  await expectNoViolations(page, what);
  await holdClock(page);
}

/** The pacer's circle size now (its CSS scale). */
const circleScale = (page: Page) =>
  page.locator('[data-pacer-circle]').evaluate((element) => (element as HTMLElement).style.transform);

test.describe('breathing and relaxation', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: START });
  });

  test('the breathing pacer with a growing circle, run to its end on the clock, saved and listed, offline', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    await goViaMore(page, 'Ademhaling en ontspanning');
    await expect(page.locator('[data-week]')).toHaveText('Wat je deze week doet, zie je hier.');
    await expect(page.locator('[data-latest]')).toHaveCount(0);
    await expectNoViolations(page, 'relax (nl)');

    await context.setOffline(true);
    await page.getByRole('link', { name: 'Begin met ademen' }).click();
    await expect(page.locator('[data-dizzy]')).toContainText('Stop dan en adem gewoon verder.');
    // 4 seconds in, 6 out by default; one minute is six whole breaths.
    await expect(page.locator('[data-pace]')).toHaveText('4 seconden in, 6 seconden uit.');
    await page.getByLabel('Hoe lang?').selectOption('1');
    await expectNoViolations(page, 'pacer settings (nl)');
    await holdClock(page);
    await page.getByRole('button', { name: 'Start' }).click();
    // Effects run after a frame, and frames come from the held clock.
    await page.clock.runFor(100);
    await expect(page.getByRole('button', { name: 'Pauze' })).toBeFocused();
    await expect(page.locator('[data-pacer-count]')).toHaveText('Adem in… 4');
    await expect(page.locator('[data-pacer-circle]')).toBeVisible();
    const small = await circleScale(page);
    await page.clock.runFor(3_100);
    await expect(page.locator('[data-pacer-count]')).toHaveText('Adem in… 1');
    expect(await circleScale(page)).not.toBe(small);
    await page.clock.runFor(1_500);
    await expect(page.locator('[data-pacer-count]')).toHaveText('Adem uit… 6');
    await expect(page.locator('[aria-live="polite"]')).toHaveText('Adem uit');
    await checkHeld(page, 'pacer running (nl)');
    // Paused, the clock does not count.
    await page.getByRole('button', { name: 'Pauze' }).click();
    await page.clock.runFor(100);
    const paused = await page.locator('[data-pacer-count]').textContent();
    await page.clock.runFor(20_000);
    await expect(page.locator('[data-pacer-count]')).toHaveText(paused ?? '');
    await expect(page.locator('[aria-live="polite"]')).toHaveText('Gepauzeerd. Druk op Verder als je klaar bent.');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.clock.runFor(56_000);
    await page.clock.runFor(100);
    await expect(page.getByRole('heading', { name: 'Klaar' })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText('Opgeslagen');
    await page.getByRole('link', { name: 'Terug naar ontspanning' }).click();
    await expect(page.locator('[data-week]')).toHaveText('Deze week: 1 keer, samen 1 min.');
    await expect(page.locator('[data-latest] li')).toHaveCount(1);
    await expect(page.locator('[data-latest] li').first()).toContainText('Rustig ademen');
    await expect(page.locator('[data-latest] li').first()).toContainText(': 1 min.');
    await context.setOffline(false);
  });

  test('under reduced motion the pacer counts in words with no circle, and a stopped session is logged; a guide stopped within half a minute is not', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // Less motion asked for: no circle, the count in words.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await completeFirstRun(page);
    await open(page, '/relax/breathing');
    await holdClock(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(100);
    await expect(page.locator('[data-pacer-count]')).toHaveText('Adem in… 4');
    await expect(page.locator('[data-pacer-circle]')).toHaveCount(0);
    await page.clock.runFor(15_000);
    await page.getByRole('button', { name: 'Stoppen' }).click();
    await page.clock.runFor(100);
    await expect(page.getByText('Je bent gestopt. Elke minuut rust telt.')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Opgeslagen');
    await open(page, '/relax');
    // The seconds it really ran: 15 of the minute planned.
    await expect(page.locator('[data-week]')).toHaveText('Deze week: 1 keer, samen 1 min.');
    await expect(page.locator('[data-latest] li')).toHaveCount(1);
    await expect(page.locator('[data-latest] li').first()).toContainText('Rustig ademen');
    await expect(page.locator('[data-latest] li').first()).toContainText(': 15 sec.');
    await page.clock.resume();
    await open(page, '/relax/guide/mindfulness');
    await expect(page.locator('main h1')).toHaveText('Even stilstaan');
    await expectNoViolations(page, 'a guide before starting (nl)');
    // A guide stopped within half a minute is not a session.
    await holdClock(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(10_000);
    await page.getByRole('button', { name: 'Stoppen' }).click();
    await page.clock.runFor(100);
    await expect(page.getByRole('status')).toHaveText('Dit was te kort om op te slaan.');
    // Once more: the focus goes back to Start.
    await page.getByRole('button', { name: 'Nog een keer' }).click();
    await page.clock.runFor(100);
    await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
    await open(page, '/relax');
    await expect(page.locator('[data-latest] li')).toHaveCount(1);
  });

  test('in English, by keyboard only: a body scan step by step, stopped and logged', async ({ page }) => {
    test.setTimeout(180_000);
    await completeFirstRun(page, { lang: 'en' });
    await open(page, '/relax');
    await expect(page.locator('[data-week]')).toHaveText('What you do this week shows up here.');
    await page.locator('[data-guide="body-scan"] a').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText('Body scan');
    await expectNoViolations(page, 'body scan before starting (en)');
    // Read aloud is offered only with a voice of the device itself for the language, never a service on the internet.
    const hasVoice = await page.evaluate(() =>
      speechSynthesis.getVoices().some((voice) => voice.localService && voice.lang.toLowerCase().startsWith('en')),
    );
    await expect(page.getByLabel('Read the steps aloud')).toHaveCount(hasVoice ? 1 : 0);
    await holdClock(page);
    await page.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await page.clock.runFor(100);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
    await expect(page.locator('[data-guide-now]')).toContainText('Lie down or sit');
    await expect(page.getByText('Step 1 of 8')).toBeVisible();
    // On the clock to the next step, then a step forward by keyboard.
    await page.clock.runFor(45_000);
    await expect(page.getByText('Step 2 of 8')).toBeVisible();
    await expect(page.locator('[data-guide-now]')).toContainText('Bring your attention to your feet');
    await page.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press('Enter');
    await page.clock.runFor(100);
    await expect(page.getByText('Step 3 of 8')).toBeVisible();
    await expect(page.locator('li[aria-current="step"]')).toContainText('lower legs');
    await page.getByRole('button', { name: 'Previous step' }).focus();
    await page.keyboard.press('Enter');
    await page.clock.runFor(100);
    await expect(page.getByText('Step 2 of 8')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Previous step' })).toBeFocused();
    await page.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press('Enter');
    await page.clock.runFor(100);
    await expect(page.getByText('Step 3 of 8')).toBeVisible();
    await checkHeld(page, 'body scan running (en)');
    await page.getByRole('button', { name: 'Stop' }).focus();
    await page.keyboard.press('Enter');
    await page.clock.runFor(100);
    await expect(page.getByRole('heading', { name: 'Done' })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText('Saved');
    // The clock runs freely again from here.
    await page.clock.resume();
    await expectNoViolations(page, 'body scan ended (en)');
    await page.getByRole('link', { name: 'Back to relaxation' }).focus();
    await page.keyboard.press('Enter');
    // The 45 seconds it really ran count, not the step skipped.
    await expect(page.locator('[data-week]')).toHaveText(/^This week: once, [12] min in all\.$/);
    // 45 seconds and the moments axe ran on the clock, not the 8 minutes planned.
    await expect(page.locator('[data-latest] li').first()).toHaveText(/^Body scan, .+: (\d\d sec|1 min)\.$/);
    await goViaMore(page, 'Breathing and relaxation');
    await expectNoViolations(page, 'relax with a session (en)');
    await page.getByRole('link', { name: 'Start breathing' }).click();
    await expect(page.locator('[data-pace]')).toHaveText('4 seconds in, 6 seconds out.');
    await expectNoViolations(page, 'pacer settings (en)');
  });
});
