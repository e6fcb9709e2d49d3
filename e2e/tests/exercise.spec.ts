import { expect, type Page, test } from '@playwright/test';
import { calendarDayAt, weekdayOf } from '@veerkracht/core';
import { START } from './activityHelpers';
import { expectNoViolations } from './axe';
import { completeFirstRun, goViaMore, waitForServiceWorker } from './helpers';

/** The weekday (1 Monday … 7 Sunday) in Amsterdam `days` after the clock start. */
const weekdayAfter = (days: number) => weekdayOf(calendarDayAt(new Date(START.getTime() + days * 86_400_000)));

/** In the programme editor: exactly these weekdays checked. */
async function chooseDays(page: Page, days: readonly number[]): Promise<void> {
  for (let day = 1; day <= 7; day++) {
    const box = page.locator(`#day-${day}`);
    if (days.includes(day)) await box.check();
    else await box.uncheck();
  }
}

test.describe('strength and mobility programmes', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: START });
  });

  test('from "I want to get stronger" to a programme, a whole session offline with a reload, the follow-up and a proposal taken', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await goViaMore(page, 'Oefeningen voor kracht en soepelheid');
    await expect(page.locator('main h1')).toHaveText('Sterker en soepeler');
    await expectNoViolations(page, '/exercise without a programme (nl)');
    await page.getByRole('link', { name: 'Maak je programma' }).click();
    await expect(page.locator('main h1')).toHaveText('Je oefenprogramma maken');
    await page.getByLabel('Een stevige stoel').check();
    await page.getByRole('radio', { name: 'Ongeveer 10 minuten' }).check();
    await page.getByRole('radio', { name: '2 dagen per week' }).check();
    await page.getByRole('button', { name: 'Laat mijn voorstel zien' }).click();
    await expect(page.locator('main h1')).toHaveText('Je voorstel');
    // 10 minutes: 2 mobility and 3 strength exercises, mobility first.
    await expect(page.locator('.exercise-list--edit > li')).toHaveCount(5);

    // Edit: no days is refused by name; then today and three days later.
    await chooseDays(page, []);
    await page.getByRole('button', { name: 'Begin met dit programma' }).click();
    await expect(page.locator('#days-error')).toHaveText('Kies minstens één dag.');
    await expect(page.locator('#day-1')).toBeFocused();
    await expectNoViolations(page, 'programme proposal with an error (nl)');
    await chooseDays(page, [weekdayAfter(0), weekdayAfter(3)]);
    // Remove the second mobility exercise, keep the rest.
    await page
      .locator('.exercise-list--edit > li')
      .nth(1)
      .getByRole('button', { name: /weghalen$/ })
      .click();
    await expect(page.locator('.exercise-list--edit > li')).toHaveCount(4);
    await page.getByRole('button', { name: 'Begin met dit programma' }).click();
    await expect(page.locator('main h1')).toHaveText('Sterker en soepeler');
    await expect(page.getByText('Vandaag is een oefendag.')).toBeVisible();
    await expectNoViolations(page, '/exercise with a programme (nl)');

    // The session: pain first, then one exercise at a time.
    await page.getByRole('link', { name: 'Begin met je oefeningen' }).click();
    await expect(page.locator('main h1')).toHaveText('Je oefeningen');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.locator('#painBefore-error')).toHaveText('Kies een getal van 0 tot en met 10.');
    await page.locator('input[name="painBefore"][value="3"]').check();
    await page.getByRole('button', { name: 'Verder' }).click();

    await expect(page.getByText('Oefening 1 van 4')).toBeVisible();
    await expect(page.locator('#player-exercise-name')).toHaveText('Bolle en holle rug');
    await expect(page.locator('#player-exercise-name')).toBeFocused();
    await expect(page.getByRole('img', { name: /maakt de rug bol/ })).toBeVisible();
    await expectNoViolations(page, 'session player, first exercise (nl)');
    // The count starts at the target (6 times): one tap saves the set.
    await expect(page.locator('#set-done')).toHaveValue('6');
    await page.getByRole('button', { name: 'Set opslaan' }).click();
    await page.getByRole('button', { name: 'Volgende oefening' }).click();

    await expect(page.locator('#player-exercise-name')).toHaveText('Heupscharnier');
    await expect(page.locator('.player-dose')).toHaveText('2 × 8 herhalingen');
    await page.getByLabel('Zwaar').check();
    await page.getByRole('button', { name: 'Set opslaan' }).click();
    // A minute's rest, counted on the clock.
    await expect(page.locator('.countdown-time')).toHaveText('1:00');
    await page.clock.runFor(30_000);
    await expect(page.locator('.countdown-time')).toHaveText('0:30');
    await page.clock.runFor(31_000);
    await expect(page.getByRole('heading', { name: 'Set 2 van 2' })).toBeVisible();
    await page.getByRole('button', { name: 'Eén meer' }).click();
    await expect(page.locator('#set-done')).toHaveValue('9');
    await page.getByRole('button', { name: 'Set opslaan' }).click();
    await expect(page.getByText('Alle sets van deze oefening zijn klaar.').first()).toBeVisible();

    // A reload mid-session (offline) resumes exactly there.
    await page.reload();
    await expect(page.getByText('Je gaat verder waar je was.')).toBeVisible();
    await expect(page.locator('#player-exercise-name')).toHaveText('Heupscharnier');
    await page.getByRole('button', { name: 'Volgende oefening' }).click();

    // Skipping asks why, kindly.
    await expect(page.locator('#player-exercise-name')).toHaveText('Kniebuiging');
    await page.getByRole('button', { name: 'Deze oefening overslaan' }).click();
    await page.getByRole('radio', { name: 'Geen tijd' }).check();
    await page.getByRole('button', { name: 'Overslaan', exact: true }).click();

    await expect(page.locator('#player-exercise-name')).toHaveText('Brug');
    await page.getByRole('button', { name: 'Set opslaan' }).click();
    await page.getByRole('button', { name: 'Rust overslaan' }).click();
    await page.getByRole('button', { name: 'Set opslaan' }).click();
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.locator('input[name="painAfter"][value="3"]').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Je hebt 3 van de 4 oefeningen gedaan.' })).toBeVisible();

    // A day later Today asks once about the whole session; a settled back brings a proposal, taken with one tap.
    await page.clock.fastForward('24:00:00');
    await page.goto('/');
    const card = page.locator('.card--exercise');
    await expect(card.getByText('Zijn je rugklachten weer zoals ze waren vóór het oefenen?')).toBeVisible();
    await card.getByRole('button', { name: 'Ja', exact: true }).click();
    await expect(card.getByText('Fijn! Je klachten zijn weer gezakt.')).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Voorstel voor de volgende keer' })).toBeVisible();
    await expect(card.locator('.proposal-changes li')).toHaveText([
      'Heupscharnier: van 8 naar 9 herhalingen per set',
      'Brug: van 8 naar 9 herhalingen per set',
    ]);
    await expectNoViolations(page, 'Today with the follow-up and a proposal (nl)');
    await card.getByRole('button', { name: 'Ja, zo doen' }).click();
    await expect(card.getByText('Opgeslagen. De volgende keer doe je de nieuwe hoeveelheid.')).toBeVisible();

    await page.goto('/exercise');
    await expect(page.locator('.exercise-list li').filter({ hasText: 'Heupscharnier' })).toContainText(
      '2 × 9 herhalingen',
    );
    await page.getByRole('link', { name: 'Je vooruitgang' }).click();
    await expect(page.locator('main h1')).toHaveText('Je vooruitgang');
    await expect(page.getByText('Je hebt 1 keer geoefend.')).toBeVisible();
    await expect(page.getByText('Heupscharnier: eerst 8 herhalingen, nu 9 herhalingen')).toBeVisible();
    await expectNoViolations(page, '/exercise/progress (nl)');
  });

  test('in English, by keyboard only: a programme with a hold, the hold timer on the clock, skipping, and every page checked by axe', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await completeFirstRun(page, { lang: 'en' });
    const key = async (name: string, press = 'Enter') => {
      await page.keyboard.press(press);
      return name;
    };

    await page.goto('/exercise/library');
    await expect(page.locator('main h1')).toHaveText('All exercises');
    await expectNoViolations(page, '/exercise/library (en)');
    await page.getByRole('link', { name: 'Hip flexor stretch' }).focus();
    await key('open the exercise');
    await expect(page.locator('main h1')).toHaveText('Hip flexor stretch');
    await expect(page.getByRole('img')).toHaveAccessibleName(/kneel/i);
    await expect(page.getByText(/sharp pain that stays/)).toBeVisible();
    await expectNoViolations(page, 'one exercise (en)');

    await page.goto('/exercise/new');
    await expect(page.locator('main h1')).toHaveText('Make your exercise programme');
    // Radios move with the arrow keys; buttons take Enter.
    await page.getByRole('radio', { name: 'About 10 minutes' }).focus();
    await key('20 minutes', 'ArrowDown');
    await expect(page.getByRole('radio', { name: 'About 20 minutes' })).toBeChecked();
    await page.getByRole('button', { name: 'Show my proposal' }).focus();
    await key('propose');
    await expect(page.locator('main h1')).toHaveText('Your proposal');
    // 20 minutes, nothing at home: 3 mobility and 5 strength exercises.
    await expect(page.locator('.exercise-list--edit > li')).toHaveCount(8);
    await page.locator('#add-exercise').selectOption({ label: 'Hamstring stretch' });
    await page.getByRole('button', { name: 'Add', exact: true }).focus();
    await key('add');
    await expect(page.locator('.exercise-list--edit > li')).toHaveCount(9);
    for (let day = 1; day <= 7; day++) {
      const box = page.locator(`#day-${day}`);
      if ((day === weekdayAfter(0)) !== (await box.isChecked())) {
        await box.focus();
        await key('toggle the day', 'Space');
      }
    }
    await expectNoViolations(page, 'programme proposal (en)');
    await page.getByRole('button', { name: 'Start this programme' }).focus();
    await key('save');
    await expect(page.locator('main h1')).toHaveText('Stronger and more supple');
    await page.getByRole('link', { name: 'Start your exercises' }).focus();
    await key('start');
    // The new page's heading takes the focus first; answering before that would lose the answer's focus.
    await expect(page.locator('main h1')).toBeFocused();
    await page.locator('input[name="painBefore"][value="2"]').focus();
    await key('choose 2', 'Space');
    await page.getByRole('button', { name: 'Continue' }).focus();
    await key('continue');
    // Skip the first two by keyboard, each with a reason; the third is a hold.
    for (let n = 1; n <= 2; n++) {
      await expect(page.getByText(`Exercise ${n} of 9`)).toBeVisible();
      await page.getByRole('button', { name: 'Skip this exercise' }).focus();
      await key('skip');
      await page.getByRole('radio', { name: 'No time' }).focus();
      await key('choose a reason', 'Space');
      await page.getByRole('button', { name: 'Skip', exact: true }).focus();
      await key('confirm');
    }
    await expect(page.locator('#player-exercise-name')).toHaveText('Hip flexor stretch');
    await expect(page.locator('#player-exercise-name')).toBeFocused();
    await expectNoViolations(page, 'session player, a hold (en)');
    // Two sets of 20 seconds per side, each side on its own countdown, run on the clock.
    for (let set = 1; set <= 2; set++) {
      for (let side = 1; side <= 2; side++) {
        await page.getByRole('button', { name: 'Start the timer' }).focus();
        await key('start the timer');
        await page.clock.runFor(21_000);
      }
      if (set === 1) {
        await page.getByRole('button', { name: 'Skip the rest' }).focus();
        await key('skip the rest');
      }
    }
    await page.getByRole('button', { name: 'Next exercise' }).focus();
    await key('next exercise');
    // Stopping early is fine, and asks why.
    await page.getByRole('button', { name: 'Stop for today' }).focus();
    await key('stop');
    await page.getByRole('radio', { name: 'Too tired' }).focus();
    await key('choose a reason', 'Space');
    await page.getByRole('button', { name: 'Stop', exact: true }).focus();
    await key('confirm');
    // The step's heading takes the focus once it is shown; only then is the pain question answered.
    await expect(page.getByRole('heading', { name: 'After exercising' })).toBeFocused();
    await page.locator('input[name="painAfter"][value="2"]').focus();
    await key('choose 2', 'Space');
    await page.getByRole('button', { name: 'Save', exact: true }).focus();
    await key('save');
    await expect(page.getByRole('status').filter({ hasText: 'Stopping is fine.' })).toBeVisible();

    await page.goto('/exercise/progress');
    await expect(page.getByText('You have exercised once.')).toBeVisible();
    await expect(
      page.locator('section').filter({ hasText: 'Hip flexor stretch' }).locator('tbody tr').first(),
    ).toContainText('20 seconds per side');
    await expectNoViolations(page, '/exercise/progress (en)');
  });
});
