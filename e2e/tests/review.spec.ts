import { expect, test } from '@playwright/test';
import {
  activeDaysOf,
  activeWeeks,
  addDays,
  calendarDayAt,
  practiceDays,
  RECORD,
  readerOf,
  weekdayOf,
} from '@veerkracht/core';
import { START } from './activityHelpers';
import { expectNoViolations } from './axe';
import { completeFirstRun, goVia, goViaMore, open } from './helpers';
import { backupWith, restoreBackup, type SeedRecord } from './seed';

/** The app's "today" while the clock stands at START; the test makes it the review day. */
const TODAY = calendarDayAt(START);
const NL_WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const REVIEW_DAY = NL_WEEKDAYS[weekdayOf(TODAY) - 1] ?? '';

/**
 * Two weeks from another phone: the week before the reviewed one with pain 6
 * and 6 hours of sleep on six days, the reviewed week (ending today) with
 * pain 4 and 7 hours on four days and two breathing sessions, three weeks of
 * two active days before that, and last week's review with its intentions.
 */
function twoWeeks(): SeedRecord[] {
  const records: SeedRecord[] = [];
  for (const back of [8, 9, 10, 11, 12, 13])
    records.push({ type: RECORD.checkIn, data: { date: addDays(TODAY, -back), pain: 6, sleepHours: 6 } });
  for (const back of [1, 3, 5, 6])
    records.push({ type: RECORD.checkIn, data: { date: addDays(TODAY, -back), pain: 4, sleepHours: 7 } });
  for (const back of [2, 6])
    records.push({
      type: RECORD.relaxationSession,
      data: {
        kind: 'breathing_pacer',
        startedAt: `${addDays(TODAY, -back)}T20:00:00+01:00`,
        plannedSeconds: 300,
        doneSeconds: 300,
        inhaleSeconds: 4,
        exhaleSeconds: 6,
      },
    });
  for (const back of [15, 17, 22, 24, 29, 31])
    records.push({ type: RECORD.checkIn, data: { date: addDays(TODAY, -back), pain: 5 } });
  records.push({
    type: RECORD.weeklyReview,
    data: {
      lastDay: addDays(TODAY, -7),
      intentions: [{ kind: 'relax' }, { kind: 'own', text: 'Elke dag een stukje wandelen' }],
      doneAt: `${addDays(TODAY, -7)}T19:00:00+01:00`,
    },
  });
  return records;
}

test('a weekly review on the chosen day: the week in numbers against the week before, what went well and next week’s intentions, by keyboard; weeks in a row never say a run was lost', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await page.clock.install({ time: START });
  await completeFirstRun(page);
  const seed = twoWeeks();
  await restoreBackup(page, await backupWith(request, seed));

  // The review day is today, and two active days make a week count.
  await goViaMore(page, 'Jouw weken');
  await page.getByRole('link', { name: 'Kies je dag voor het overzicht' }).click();
  await expect(page.locator('main h1')).toHaveText('Je dag voor het overzicht');
  await page.getByLabel('Op welke dag wil je terugkijken op je week?').selectOption({ label: REVIEW_DAY });
  await page.getByRole('radio', { name: '2 dagen' }).check();
  await expectNoViolations(page, 'review settings (nl)');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.confirmation')).toBeFocused();
  await expect(page.locator('.confirmation')).toContainText(`Je dag voor het overzicht is ${REVIEW_DAY}.`);

  // Today offers the review beside the check-in.
  await goVia(page, 'Vandaag');
  await expect(page.getByRole('link', { name: 'Check-in invullen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tijd voor je weekoverzicht' })).toBeVisible();
  await page.getByRole('link', { name: 'Begin je weekoverzicht' }).click();
  await expect(page.locator('main h1')).toHaveText(/^Je week: .+ tot en met .+$/);

  // Last week's intentions, and the week in numbers in words.
  await expect(page.getByText('Vorige week wilde je:')).toBeVisible();
  await expect(page.getByText('Elke dag een stukje wandelen')).toBeVisible();
  const numbers = page.locator('section', { has: page.getByRole('heading', { name: 'Je week in cijfers' }) });
  await expect(numbers).toContainText('Check-ins: 4 van de 7 dagen');
  await expect(numbers).toContainText('Actieve dagen: 5');
  await expect(numbers).toContainText('Momenten om te ademen of te ontspannen: 2');
  await expect(numbers).toContainText(
    'Pijn gemiddeld: 4 van de 10. De week ervoor: 6. Dat is lager dan de week ervoor.',
  );
  await expect(numbers).toContainText(
    'Slaap gemiddeld: 7 uur per nacht. De week ervoor: 6. Dat is meer dan de week ervoor.',
  );
  await expectNoViolations(page, 'the weekly review (nl)');

  // By keyboard: what went well, four intentions (one too many), then three.
  await page.locator('#wentWell').focus();
  await page.keyboard.type('Twee keer rustig geademd.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Elke dag kort inchecken')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Of in je eigen woorden')).toBeFocused();
  await page.keyboard.type('Op woensdag naar de markt lopen');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kies hoogstens 3 dingen. Je eigen woorden tellen als één.')).toBeVisible();
  await expect(page.getByLabel('Elke dag kort inchecken')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Elke dag kort inchecken')).not.toBeChecked();
  await page.getByLabel('Of in je eigen woorden').press('Enter');
  await expect(page.locator('.confirmation')).toBeFocused();
  await expect(page.locator('.confirmation')).toContainText('Je overzicht is bewaard.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Terug naar jouw weken' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The review page: this week's intentions, the review done, and weeks in a row as the core counts them.
  await expect(page.locator('main h1')).toHaveText('Jouw weken');
  const intentions = page.locator('section', {
    has: page.getByRole('heading', { name: 'Wat je deze week wilt doen' }),
  });
  await expect(intentions.locator('li')).toHaveText([
    'Een paar keer rustig ademen of ontspannen',
    'Op vaste tijden naar bed en opstaan',
    'Op woensdag naar de markt lopen',
  ]);
  await expect(page.getByRole('heading', { name: 'Je overzicht van deze week' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tijd voor je weekoverzicht' })).toHaveCount(0);
  const syncedRecords = seed.map((record, index) => ({
    id: String(index),
    hlc: String(index),
    deleted: false,
    type: record.type,
    data: record.data,
  }));
  const weeks = activeWeeks(activeDaysOf(practiceDays(readerOf(syncedRecords))), TODAY, 2);
  expect(weeks).toBeGreaterThan(1);
  await expect(page.locator('.weeks-count')).toHaveText(
    `Je bent nu ${weeks} weken op rij op minstens 2 dagen per week actief geweest.`,
  );
  await expectNoViolations(page, 'your weeks, review done (nl)');

  // Done again, the review changes rather than doubles; Today no longer offers it.
  await goVia(page, 'Vandaag');
  await expect(page.getByRole('link', { name: 'Check-in invullen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tijd voor je weekoverzicht' })).toHaveCount(0);

  // In English.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await open(page, '/review');
  await expect(page.locator('main h1')).toHaveText('Your weeks');
  await expect(page.locator('.weeks-count')).toHaveText(
    `You have been active on at least 2 days a week for ${weeks} weeks in a row.`,
  );
  const now = page.locator('section', { has: page.getByRole('heading', { name: 'What you want to do this week' }) });
  await expect(now.locator('li')).toHaveText([
    'Take a few moments to breathe or relax',
    'Go to bed and get up at regular times',
    'Op woensdag naar de markt lopen',
  ]);
  await expectNoViolations(page, 'your weeks (en)');
  await page.getByRole('link', { name: 'Change your review' }).click();
  await expect(page.locator('#wentWell')).toHaveValue('Twee keer rustig geademd.');
  await expect(page.getByLabel('Take a few moments to breathe or relax')).toBeChecked();
  await expect(
    page.getByText('Pain on average: 4 out of 10. The week before: 6. That is lower than the week before.'),
  ).toBeVisible();
  await expectNoViolations(page, 'the weekly review (en)');
});
