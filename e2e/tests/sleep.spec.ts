import { expect, test } from '@playwright/test';
import { addDays, calendarDayAt, RECORD } from '@veerkracht/core';
import { START } from './activityHelpers';
import { expectNoViolations } from './axe';
import { completeFirstRun, goViaMore, open } from './helpers';
import { backupWith, restoreBackup, type SeedRecord } from './seed';

/** The app's "today" while the clock stands at START. */
const TODAY = calendarDayAt(START);

/**
 * Eighteen nights before today: 8 short ones (5.5 hours) each followed by
 * pain 6, and 10 of 8 hours followed by pain 3. Four of the short nights are
 * in the morning check-in, the rest in the sleep diary: the insight reads both.
 */
function eighteenNights(): SeedRecord[] {
  const records: SeedRecord[] = [];
  for (let back = 1; back <= 18; back++) {
    const day = addDays(TODAY, -back);
    const short = back <= 8;
    const pain = short ? 6 : 3;
    if (back <= 4) {
      records.push({ type: RECORD.checkIn, data: { date: day, pain, sleepHours: 5.5, sleepQuality: 2 } });
    } else {
      records.push({ type: RECORD.checkIn, data: { date: day, pain } });
      records.push({ type: RECORD.sleepNight, data: { day, hoursSlept: short ? 5.5 : 8, quality: short ? 2 : 4 } });
    }
  }
  return records;
}

test.describe('sleep', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: START });
  });

  test('a night in the diary from bed and wake time, and sleep and pain read together once there are enough nights', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await completeFirstRun(page);
    await goViaMore(page, 'Slaap');
    await expect(page.getByText('Je hebt vannacht nog niet ingevuld.')).toBeVisible();
    // The advice for a person of 45, in words.
    await expect(
      page.getByText('7 tot 9 uur per nacht. Dat is het advies voor volwassenen van jouw leeftijd.'),
    ).toBeVisible();
    await expect(page.locator('[data-insight="too_little_data"]')).toContainText('Nog te weinig gegevens');
    await expect(page.locator('[data-insight="too_little_data"]')).toContainText(
      'Nu zijn het er 0: 0 korte en 0 met genoeg slaap.',
    );
    await expectNoViolations(page, 'sleep, too little data (nl)');

    // Last night: the hours follow from the two times, and may still be changed.
    await page.getByRole('link', { name: 'Vannacht invullen' }).click();
    await expect(page.locator('main h1')).toHaveText('Hoe heb je vannacht geslapen?');
    await page.getByLabel('Naar bed').fill('23:30');
    await page.getByLabel('Wakker').fill('07:00');
    await expect(page.locator('#hoursSlept')).toHaveValue('7,5');
    await page.locator('input[name="quality"][value="4"]').check();
    await expectNoViolations(page, 'a night in the sleep diary (nl)');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.locator('.confirmation')).toBeFocused();
    await expect(page.locator('.confirmation')).toContainText('Opgeslagen');
    await page.getByRole('link', { name: 'Terug naar slaap' }).click();
    await expect(page.getByText('Je sliep vannacht 7,5 uur.')).toBeVisible();

    // Weeks of nights and pain from the person's backup.
    const code = await backupWith(request, eighteenNights());
    await restoreBackup(page, code);
    await goViaMore(page, 'Slaap');
    const insight = page.locator('[data-insight="ok"]');
    await expect(insight).toContainText(
      'We vergeleken 18 nachten uit de laatste 4 weken met je pijn op de dag daarna.',
    );
    await expect(insight).toContainText('Na een korte nacht (minder dan 7 uur, 8 keer): gemiddeld pijn 6');
    await expect(insight).toContainText('Na genoeg slaap (7 uur of meer, 10 keer): gemiddeld pijn 3');
    await expect(insight).toContainText('Na een korte nacht was je pijn gemiddeld 3 punt hoger.');
    await expect(insight).toContainText('Dit is een patroon in je eigen gegevens. Het is geen bewijs');
    await expect(
      page.getByText('19 nachten ingevuld. Gemiddeld 6,9 uur per nacht. 11 van die nachten lagen binnen je doel.'),
    ).toBeVisible();
    await page.getByText('Alle nachten als tabel').click();
    await expect(page.locator('.chart-table tbody tr')).toHaveCount(19);
    await expectNoViolations(page, 'sleep with the insight and the table (nl)');

    // An own target of 6 to 8 hours: a night of 5.5 hours is still short, so the comparison stays.
    await page.getByRole('link', { name: 'Doel aanpassen' }).click();
    await page.getByLabel('Minstens').selectOption('6');
    await page.getByLabel('Hoogstens').selectOption('8');
    await expectNoViolations(page, 'the sleep target (nl)');
    await page.getByRole('button', { name: 'Doel opslaan' }).click();
    await expect(page.locator('.confirmation')).toContainText('Je doel is opgeslagen.');
    await page.getByRole('link', { name: 'Terug naar slaap' }).click();
    await expect(page.getByText('6 tot 8 uur per nacht. Dit doel heb je zelf gekozen.')).toBeVisible();
    await expect(insight).toContainText('minder dan 6 uur, 8 keer');

    // In the morning check-in the same two times fill the hours.
    await open(page, '/check-in');
    await page.getByLabel('Naar bed').fill('23:15');
    await page.getByLabel('Wakker').fill('06:45');
    await expect(page.locator('#sleepHours')).toHaveValue('7,5');

    // The flare-up pages in Dutch.
    await open(page, '/flare-up-plan');
    await expectNoViolations(page, 'flare-up plan, none yet (nl)');
    await open(page, '/flare-up-plan/edit');
    await page.locator('#contacts').fill('Mijn fysiotherapeut, als het na een week niet minder is');
    await expectNoViolations(page, 'writing the flare-up plan (nl)');
    await open(page, '/flare-up');
    await expect(page.locator('main h1')).toHaveText('Meer pijn dan anders');
    await expectNoViolations(page, 'during a flare-up (nl)');
  });

  test('in English: a flare-up plan in my own words, opened with one tap after a flare-up check-in, emergency signs first', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await completeFirstRun(page, { lang: 'en' });
    await goViaMore(page, 'My flare-up plan');
    await expect(page.getByText('You have not written a plan yet.')).toBeVisible();
    await expectNoViolations(page, 'flare-up plan, none yet (en)');

    // By keyboard: to the link, then through the form's fields.
    await page.getByRole('link', { name: 'Write your plan' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText('Your flare-up plan');
    // Nothing written: refused, saying so.
    await page.getByRole('button', { name: 'Save plan' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.form-summary')).toHaveText('Write at least one part of your plan.');
    await expect(page.locator('#helps')).toBeFocused();
    await page.keyboard.type('A warm shower and a short walk');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Half my walking plan for two days');
    await page.locator('#selfTalk').focus();
    await page.keyboard.type('This will pass. Hurt is not harm.');
    await expectNoViolations(page, 'writing the flare-up plan (en)');
    await page.getByRole('button', { name: 'Save plan' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.confirmation')).toBeFocused();
    await expect(page.locator('.confirmation')).toContainText('Your plan is saved.');
    await page.getByRole('link', { name: 'To your plan' }).click();
    await expect(page.getByText('A warm shower and a short walk')).toBeVisible();
    await expect(page.getByText('Nothing filled in yet.')).toHaveCount(1);

    // A check-in with pain 8 and nothing to compare with counts as a flare-up.
    await open(page, '/check-in');
    await page.locator('input[name="pain"][value="8"]').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('.confirmation')).toContainText('Saved');
    await expect(page.locator('[data-safety-offer="flare_up"]')).toBeVisible();
    await page.getByRole('link', { name: 'Open my flare-up plan' }).click();
    await expect(page.locator('main h1')).toHaveText('More pain than usual');
    // The emergency signs come before the calm words and the plan.
    const offer = page.locator('[data-safety-offer="flare_up"]');
    const calm = page.getByText('A flare-up usually settles');
    await expect(offer).toBeVisible();
    const [offerBox, calmBox] = await Promise.all([offer.boundingBox(), calm.boundingBox()]);
    expect(offerBox?.y ?? 0).toBeLessThan(calmBox?.y ?? 0);
    await expect(page.getByText('This will pass. Hurt is not harm.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The way back up' })).toBeVisible();
    await expectNoViolations(page, 'during a flare-up (en)');

    // The sleep pages in English.
    await goViaMore(page, 'Sleep');
    await expect(page.getByText('You have not filled in last night yet.')).toBeVisible();
    await expectNoViolations(page, 'sleep (en)');
    await page.getByRole('link', { name: 'Fill in last night' }).click();
    await page.getByLabel('Woke up').fill('06:00');
    await page.getByLabel('To bed').fill('22:45');
    await expect(page.locator('#hoursSlept')).toHaveValue('7.25');
    await expectNoViolations(page, 'a night in the sleep diary (en)');
    await open(page, '/sleep/target');
    await expectNoViolations(page, 'the sleep target (en)');
    await open(page, '/lessons/sleep-and-pain');
    await expect(page.locator('main h1')).toHaveText('Sleep and pain');
    await expectNoViolations(page, 'the lesson on sleep and pain (en)');
  });
});
