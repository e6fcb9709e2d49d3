import { expect, test } from '@playwright/test';
import { logSession, makePlan, START } from './activityHelpers';
import { expectNoViolations } from './axe';
import {
  answer,
  completeFirstRun,
  daysAgo,
  EMERGENCY_QUESTIONS,
  fillCheckIn,
  fillOnset,
  GP_SOON_QUESTIONS,
  INFLAMMATORY_QUESTIONS,
  open,
} from './helpers';

test('the axe check itself fails on a page with violations, in light and in dark colours', async ({ page }) => {
  await page.setContent(
    '<html lang="nl"><head><title>x</title><style>@media (prefers-color-scheme: dark) { p { color: #222; background: #000; } }</style></head>' +
      '<body><main><h1>Kop</h1><img src="x.png"><p>Tekst</p></main></body></html>',
  );
  await expect(expectNoViolations(page, 'a broken page')).rejects.toThrow(/image-alt/);
  await page.evaluate(() => document.querySelector('img')?.setAttribute('alt', 'een plaatje'));
  await expect(expectNoViolations(page, 'a page that is only broken in dark colours')).rejects.toThrow(
    /color-contrast/,
  );
});

for (const lang of ['nl', 'en'] as const) {
  test(`axe finds no violations on any page in ${lang === 'nl' ? 'Dutch' : 'English'}, light and dark colours`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    // No colour transitions, so the dark scheme's colours are there the moment it is switched on.
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await completeFirstRun(page);
    // Some data first, so the history has its list and chart.
    for (const [days, pain] of [
      [2, 4],
      [1, 6],
    ] as const) {
      await open(page, `/check-in?date=${daysAgo(days)}`);
      await fillCheckIn(page, { pain, sleepHours: '7', stress: pain - 1, sleepQuality: 3 });
    }
    await open(page, '/');
    if (lang === 'en') {
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    for (const path of [
      '/',
      '/check-in',
      '/history',
      '/backup',
      '/about',
      '/settings',
      '/export',
      '/export/summary',
      '/link',
      '/access-log',
      '/therapist',
      '/therapist/setup',
      '/no-such-page',
    ]) {
      await open(page, path);
      await expectNoViolations(page, `${path} (${lang})`);
    }
    // States that only appear after acting: field errors, the confirmation, the recovery code.
    await open(page, '/check-in');
    await page.locator('#sleepHours').fill('30');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#sleepHours-error')).toBeVisible();
    await expectNoViolations(page, `check-in with errors (${lang})`);
    await page.locator('input[name="pain"][value="3"]').check();
    await page.locator('#sleepHours').fill('7');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.confirmation')).toBeVisible();
    await expectNoViolations(page, `check-in saved (${lang})`);
    await open(page, '/backup');
    await page.locator('.page--backup .card').nth(1).getByRole('button').click();
    await expect(page.locator('[data-recovery-code]')).toBeVisible();
    await expect(page.locator('svg.qr')).toBeVisible();
    // The list of devices loads after the page: wait for it, so axe sees it too.
    await expect(page.locator('[data-device="current"]')).toBeVisible();
    await expectNoViolations(page, `backup with recovery code (${lang})`);
    await page.locator('[data-copy-code]').click();
    await expect(page.locator('[data-copy-status]')).toBeVisible();
    await expectNoViolations(page, `backup with the code copied (${lang})`);
    // Renewing the recovery code: the question, then the new code in its place.
    const renew = page.locator('section[aria-labelledby="backup-renew"]');
    await renew.getByRole('button').click();
    await expectNoViolations(page, `backup asking to renew the code (${lang})`);
    await renew.getByRole('button').first().click();
    await expect(renew.locator('[data-recovery-code]')).toBeVisible();
    await expectNoViolations(page, `backup with a renewed code (${lang})`);
    await open(page, '/settings');
    await page.locator('#age').fill('');
    await page.locator('#onsetDate-day').fill('31');
    await page.locator('#onsetDate-month').selectOption('2');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#onsetDate-day-error')).toBeVisible();
    await expectNoViolations(page, `settings with errors (${lang})`);
  });
}

// The first run, the safety check in every state, its results, the measures, the timeline, lessons and More.
for (const lang of ['nl', 'en'] as const) {
  test(`axe finds no violations in the first run, safety check, measures and lessons in ${lang === 'nl' ? 'Dutch' : 'English'}, light and dark colours`, async ({
    page,
  }) => {
    // Many pages, each scanned by axe: on a busy 2-core machine this takes well over the default minute.
    test.setTimeout(360_000);
    const en = lang === 'en';
    const next = () => page.getByRole('button', { name: en ? 'Next' : 'Verder', exact: true }).click();
    const save = () => page.getByRole('button', { name: en ? 'Save' : 'Opslaan', exact: true }).click();
    const check = async (what: string) => expectNoViolations(page, `${what} (${lang})`);
    // No colour transitions, so the dark scheme's colours are there the moment it is switched on.
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });

    await page.goto('/');
    await expect(page.locator('main h1')).toHaveText(/Kies je taal/);
    await check('first run: language');
    await page.getByRole('button', { name: en ? 'English' : 'Nederlands', exact: true }).click();
    await expect(page.locator('[data-start-step="welcome"]')).toBeVisible();
    await check('first run: welcome');
    await next();
    await next();
    await expect(page.locator('#age-error')).toBeVisible();
    await check('first run: about you with errors');
    await page.locator('#age').fill('33');
    await fillOnset(page, daysAgo(150));
    await next();
    await next();
    await expect(page.locator('#saddle_numbness-error')).toBeVisible();
    await check('emergency questions with errors');
    await answer(page, EMERGENCY_QUESTIONS);
    await next();
    await answer(page, GP_SOON_QUESTIONS, ['cancer_history']);
    await next();
    await answer(page, ['onset_before_45'], ['onset_before_45']);
    await check('questions about inflammation');
    await answer(page, INFLAMMATORY_QUESTIONS, ['axspa_buttock_pain', 'axspa_arthritis', 'axspa_psoriasis']);
    await page.getByRole('button', { name: en ? 'Done, show the result' : 'Klaar, laat de uitslag zien' }).click();
    await expect(page.locator('[data-tier="gp_soon"]')).toBeVisible();
    await check('result with GP and review advice');
    await page.getByRole('button', { name: en ? 'I have seen a doctor' : 'Ik ben bij een arts geweest' }).click();
    await expect(page.locator('[data-confirm]')).toBeVisible();
    await check('"have you seen a doctor?" confirmation');
    await page.getByRole('button', { name: en ? 'No, not yet' : 'Nee, nog niet' }).click();

    for (const path of [
      '/',
      '/safety',
      '/timeline',
      '/measures',
      '/lessons',
      '/lessons/three-kinds-of-back-pain',
      '/more',
    ]) {
      await open(page, path);
      await check(path);
    }
    await open(page, '/safety/concern');
    await page.getByRole('button', { name: en ? 'Save' : 'Bewaren', exact: true }).click();
    await expect(page.locator('#concern-error')).toBeVisible();
    await check('concern with error');

    await open(page, '/measures/start-back');
    await save();
    await expect(page.locator('#q9-error')).toBeVisible();
    await check('STarT Back with errors');
    for (const item of ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']) await page.locator(`#${item}-no`).check();
    await page.locator('#q9-slightly').check();
    await save();
    await expect(page.locator('[data-risk]')).toBeVisible();
    await check('STarT Back result');
    await open(page, '/measures/psk');
    await page.locator('#psk-activity-0').fill(en ? 'Cycling' : 'Fietsen');
    await save();
    await expect(page.locator('#psk-score-0-error')).toBeVisible();
    await check('PSK with errors');
    await page.locator('input[name="psk-score-0"][value="6"]').check();
    await save();
    await expect(page.locator('[data-psk-score]')).toBeVisible();
    await check('PSK result');
    await open(page, '/measures');
    await check('measures with trends');

    // A flare-up after a check-in, and the emergency screen with its unticked box.
    await open(page, `/check-in?date=${daysAgo(1)}`);
    await fillCheckIn(page, { pain: 2 });
    await open(page, '/check-in');
    await fillCheckIn(page, { pain: 8 });
    await expect(page.locator('[data-flare-up]')).toBeVisible();
    await check('check-in with flare-up offer');
    await page.locator('[data-flare-up] a').click();
    // The flare-up check starts with the emergency questions.
    await answer(page, EMERGENCY_QUESTIONS, ['bowel_change']);
    await page.getByRole('button', { name: en ? 'Done, show the result' : 'Klaar, laat de uitslag zien' }).click();
    await expect(page.locator('.page--emergency')).toBeVisible();
    await page.getByRole('button', { name: en ? 'Continue' : 'Verder', exact: true }).click();
    await expect(page.locator('#emergency-read-error')).toBeVisible();
    await check('emergency screen with error');
  });
}

// Graded activity (plans, sessions, follow-ups, proposals, the plan chart) and graded exposure (movements).
for (const lang of ['nl', 'en'] as const) {
  test(`axe finds no violations in plans and movements in ${lang === 'nl' ? 'Dutch' : 'English'}, light and dark colours`, async ({
    page,
  }) => {
    test.setTimeout(360_000);
    const en = lang === 'en';
    const check = async (what: string) => expectNoViolations(page, `${what} (${lang})`);
    // No colour transitions, so the dark scheme's colours are there the moment it is switched on.
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.clock.install({ time: START });
    await completeFirstRun(page, { lang });

    await open(page, '/plan');
    await check('/plan without plans');
    await open(page, '/plan/new');
    await page.locator('#perWeek').fill('0');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#goal-error')).toBeVisible();
    await check('new plan with errors');
    await page.getByRole('radio', { name: en ? 'Something else' : 'Iets anders' }).check();
    await check('new plan, own activity');
    await open(page, '/plan/new');
    const plan = await makePlan(page, { baselineSessions: 1, goal: 20, weeks: 1, perWeek: 3 });
    await check('plan measuring its baseline');
    await open(page, `${plan}/log`);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#amount-error')).toBeVisible();
    await check('baseline measurement with errors');
    await logSession(page, { amount: '15', painBefore: 2, painAfter: 3 });
    await check('baseline measurement saved');
    await open(page, plan);
    await check('plan ready to start');
    await page.locator('form button[type="submit"]').first().click();
    // The plan has started once its quota shows: only then leave the page (a navigation must not race the write).
    await expect(page.locator('.quota-line')).toBeVisible();
    await open(page, `${plan}/log`);
    await check('session at the quota');
    await logSession(page, { amount: '12', painBefore: 2, painAfter: 4 });
    await check('session saved');
    await page.clock.fastForward('24:00:00');
    await open(page, '/');
    await expect(page.locator('.follow-up')).toBeVisible();
    await check('Today with a follow-up question');
    await page.locator('.follow-up button').first().click();
    await expect(page.locator('.proposal')).toBeVisible();
    await check('Today with a proposal');
    await open(page, plan);
    await check('plan with a proposal, chart and table');
    await page.locator('.proposal button').first().click();
    await page.getByRole('button', { name: en ? 'Stop this plan' : 'Stop dit plan' }).click();
    await check('plan settings, stop question');
    await open(page, '/plan');
    await check('/plan with a plan');
    await open(page, '/follow-up/019a0000-0000-7000-8000-000000000000');
    await check('follow-up for an unknown session');

    await open(page, '/movements');
    await check('/movements before rating');
    await open(page, '/movements/rate');
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await check('rating with nothing rated');
    await page.locator('input[name="fear-tie_shoes"][value="20"]').check();
    await page.locator('input[name="fear-lift_crate"][value="70"]').check();
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.confirmation')).toBeVisible();
    await open(page, '/movements/tie_shoes');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#expected-error')).toBeVisible();
    await check('practice with an error');
    await page.locator('input[name="expected"][value="6"]').check();
    await page.locator('form button[type="submit"]').click();
    await check('practice: do the movement');
    await page.locator('input[name="actual"][value="2"]').check();
    await page.locator('input[name="fearedHappened"][value="no"]').check();
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.confirmation')).toBeVisible();
    await check('practice done');
    await open(page, '/movements');
    await check('/movements with a list and results');
    // Today shows two next steps: with the check-in done, the plan's quota and the movements offer.
    await open(page, '/check-in');
    await fillCheckIn(page, { pain: 3 });
    await open(page, '/');
    await expect(page.locator('a[href="/movements"]')).toBeVisible();
    await check('Today with the movements offer');
    for (const lesson of ['build-up-step-by-step', 'your-back-is-strong']) {
      await open(page, `/lessons/${lesson}`);
      await expect(page.locator(`[data-lesson="${lesson}"]`)).toBeVisible();
      await check(`lesson ${lesson}`);
    }
  });
}
