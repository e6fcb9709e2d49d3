import { expect, type Page, test } from '@playwright/test';
import {
  answer,
  completeFirstRun,
  daysAgo,
  EMERGENCY_QUESTIONS,
  fillCheckIn,
  fillOnset,
  GP_SOON_QUESTIONS,
  goVia,
  goViaMore,
  open,
  waitForServiceWorker,
} from './helpers';

type Lang = 'nl' | 'en';
const LANGS: readonly Lang[] = ['nl', 'en'];
const w = <T extends string | RegExp>(lang: Lang, nl: T, en: T): T => (lang === 'nl' ? nl : en);

/** The one "when to call a doctor" list every result shows: all emergency and GP-soon signs, from the core's tables. */
async function expectDoctorInfo(page: Page, lang: Lang): Promise<void> {
  const section = page.getByRole('region', { name: w(lang, 'Wanneer bel je een arts?', 'When to call a doctor') });
  await expect(section).toBeVisible();
  await expect(section).toContainText('112');
  await expect(section.locator('[data-call="now"] li')).toHaveCount(EMERGENCY_QUESTIONS.length);
  await expect(section.locator('[data-call="soon"] li')).toHaveCount(GP_SOON_QUESTIONS.length);
  // The two signs that were missing from the old lists.
  await expect(section.locator('[data-item="sudden_severe_pain"]')).toContainText(w(lang, 'Plotseling', 'suddenly'));
  await expect(section.locator('[data-item="sexual_function_change"]')).toContainText(w(lang, 'seks', 'sex'));
}

for (const lang of LANGS) {
  const language = lang === 'nl' ? 'Dutch' : 'English';

  test(`emergency (${language}): no result while a question is open, then a screen that stays until it is read`, async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: w(lang, 'Nederlands', 'English'), exact: true }).click();
    await page.getByRole('button', { name: w(lang, 'Verder', 'Next'), exact: true }).click();
    await page.locator('#age').fill('58');
    await fillOnset(page, daysAgo(20));
    await page.getByRole('button', { name: w(lang, 'Verder', 'Next'), exact: true }).click();

    // Only two answers: no result, no silent pass, a message at every open question.
    await answer(page, ['saddle_numbness', 'bladder_change'], ['bladder_change']);
    await page.getByRole('button', { name: w(lang, 'Verder', 'Next'), exact: true }).click();
    await expect(page.locator('.field-error')).toHaveCount(4);
    await expect(page.getByRole('alert')).toContainText(w(lang, 'Nog niet klaar', 'Not finished yet'));
    const open = page.getByRole('group', { name: w(lang, /ontlasting/, /stools/) });
    await expect(open).toHaveAttribute('aria-invalid', 'true');
    await expect(open).toHaveAttribute('aria-describedby', 'bowel_change-error');
    await expect(page.locator('#bowel_change-yes')).toBeFocused();
    // Skipping the rest is not possible before the emergency questions are answered either.
    await page.getByRole('button', { name: w(lang, 'De andere vragen later', 'The other questions later') }).click();
    await expect(page).toHaveURL(/\/start$/);

    await answer(page, EMERGENCY_QUESTIONS.slice(2), []);
    await page.getByRole('button', { name: w(lang, 'Verder', 'Next'), exact: true }).click();

    // The emergency screen comes at once, with what to do now: the GP first and most prominent, 112 below it.
    await expect(page.locator('main h1')).toHaveText(w(lang, 'Bel nu je huisarts', 'Call your GP now'));
    await expect(page.locator('main h1')).toBeFocused();
    const steps = page.locator('.emergency-steps');
    await expect(steps.locator('li').first()).toHaveText(w(lang, 'Bel nu je huisarts.', 'Call your GP now.'));
    await expect(steps).toContainText('huisartsenpost');
    if (lang === 'en') await expect(steps).toContainText('out-of-hours GP service');
    const call112 = page.getByRole('link', { name: w(lang, 'Bel 112', 'Call 112') });
    await expect(call112).toHaveAttribute('href', 'tel:112');
    await expect(page.locator('.emergency-112')).toContainText(w(lang, 'in gevaar', 'in danger'));
    const firstStep = await steps.locator('li').first().boundingBox();
    const button112 = await call112.boundingBox();
    expect(firstStep && button112 && firstStep.y < button112.y).toBe(true);
    await expect(page.locator('.page--emergency')).toContainText(
      w(lang, 'Ben je niet in Nederland?', 'Not in the Netherlands?'),
    );
    await expect(page.locator('[data-reason="bladder_change"]')).toHaveText(
      w(lang, 'Nieuwe problemen met plassen', 'New problems passing urine'),
    );

    // It cannot be dismissed: other pages lead back to it, and "continue" needs the tick.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: w(lang, 'Vandaag', 'Today'), exact: true })
      .click();
    await expect(page.locator('main h1')).toHaveText(w(lang, 'Bel nu je huisarts', 'Call your GP now'));
    await page.reload();
    await expect(page.locator('main h1')).toHaveText(w(lang, 'Bel nu je huisarts', 'Call your GP now'));
    await page.getByRole('button', { name: w(lang, 'Verder', 'Continue'), exact: true }).click();
    const box = page.getByRole('checkbox', { name: w(lang, 'Ik heb dit gelezen', 'I have read this') });
    await expect(page.locator('#emergency-read-error')).toBeVisible();
    await expect(box).toBeFocused();
    await expect(box).toHaveAttribute('aria-describedby', 'emergency-read-error');
    await box.check();
    await page.getByRole('button', { name: w(lang, 'Verder', 'Continue'), exact: true }).click();

    await expect(page.locator('main h1')).toHaveText(
      w(lang, 'Uitslag van je veiligheidscheck', 'Result of your safety check'),
    );
    await expect(page.locator('[data-tier="emergency"]')).toBeVisible();
    await expectDoctorInfo(page, lang);
    await expect(page.locator('[data-pain-type="specific_suspected"]')).toBeVisible();

    // Now the app is open again, and Today keeps the advice first.
    await goVia(page, w(lang, 'Vandaag', 'Today'));
    const advice = page.locator('[data-advice="paused"]');
    await expect(advice).toContainText(w(lang, 'Bel je huisarts', 'Call your GP'));
    await expect(
      advice.getByRole('button', { name: w(lang, 'Ik ben bij een arts geweest', 'I have seen a doctor') }),
    ).toBeVisible();
  });

  test(`gp_soon (${language}): a GP appointment within days, the plan paused until "I have seen a doctor"`, async ({
    page,
  }) => {
    await completeFirstRun(page, { lang, ageYears: 47, yes: ['cancer_history', 'constant_night_pain'] });
    await expect(page.locator('[data-tier="gp_soon"]')).toBeVisible();
    await expect(page.locator('#result-tier')).toHaveText(
      w(lang, 'Maak een afspraak met je huisarts', 'Make an appointment with your GP'),
    );
    await expect(page.locator('[data-reason-tier="gp_soon"] li')).toHaveText([
      w(lang, 'Ooit kanker gehad', 'Ever had cancer'),
      w(
        lang,
        '’s Nachts steeds pijn die niet minder wordt als je anders gaat liggen',
        'Pain all night that does not ease when you change position',
      ),
    ]);
    await expectDoctorInfo(page, lang);

    await goVia(page, w(lang, 'Vandaag', 'Today'));
    const advice = page.locator('[data-advice="paused"]');
    await expect(advice).toContainText(
      w(lang, 'Maak een afspraak met je huisarts', 'Make an appointment with your GP'),
    );
    // One tap only asks; "no, not yet" keeps the pause.
    await advice.getByRole('button', { name: w(lang, 'Ik ben bij een arts geweest', 'I have seen a doctor') }).click();
    await expect(advice.locator('[data-confirm]')).toContainText(
      w(lang, 'Ben je bij een arts geweest over deze klachten?', 'Have you seen a doctor about these symptoms?'),
    );
    await advice.getByRole('button', { name: w(lang, 'Nee, nog niet', 'No, not yet') }).click();
    await expect(advice.locator('[data-confirm]')).toHaveCount(0);
    await advice.getByRole('button', { name: w(lang, 'Ik ben bij een arts geweest', 'I have seen a doctor') }).click();
    await advice
      .getByRole('button', { name: w(lang, 'Ja, ik ben bij een arts geweest', 'Yes, I have seen a doctor') })
      .click();
    const done = page
      .getByRole('status')
      .filter({ hasText: w(lang, 'Je plan kan weer verder omhoog', 'Your plan can go up again') });
    await expect(done).toBeFocused();
    await expect(advice).toHaveCount(0);

    // The pause stays lifted after a reload, and the timeline shows both moments.
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('[data-advice="paused"]')).toHaveCount(0);
    await goViaMore(page, w(lang, 'Tijdlijn', 'Timeline'));
    await expect(page.locator('[data-kind="safety_clearance"]')).toHaveText(
      w(lang, 'Bij een arts geweest', 'Saw a doctor'),
    );
    await expect(page.locator('[data-kind="safety_check"]')).toContainText(
      w(lang, 'Maak een afspraak met je huisarts', 'Make an appointment with your GP'),
    );
  });

  test(`review (${language}): signs of inflammatory back pain become a note that stays on Today until discussed`, async ({
    page,
  }) => {
    await completeFirstRun(page, {
      lang,
      ageYears: 31,
      onsetDaysAgo: 120,
      yes: ['onset_before_45', 'axspa_night_waking', 'axspa_better_with_movement', 'axspa_psoriasis'],
    });
    await expect(page.locator('[data-tier="review"]')).toBeVisible();
    await expect(page.locator('#result-tier')).toHaveText(
      w(lang, 'Iets voor je volgende afspraak', 'Something for your next appointment'),
    );
    await expect(page.locator('[data-reason-tier="review"] li')).toHaveCount(3);
    await expectDoctorInfo(page, lang);
    await expect(page.locator('[data-pain-type="persistent"]')).toBeVisible();

    await goVia(page, w(lang, 'Vandaag', 'Today'));
    const note = page.locator('[data-advice="review"]');
    await expect(note).toContainText(w(lang, 'Voor je volgende afspraak', 'For your next appointment'));
    await page.reload();
    await expect(note).toBeVisible();
    await note.getByRole('button', { name: w(lang, 'Ik heb het besproken', 'I have talked about it') }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: w(lang, 'De notitie staat niet meer op Vandaag', 'The note is no longer on Today') }),
    ).toBeVisible();
    await expect(note).toHaveCount(0);
    // A review note never pauses the plan.
    await expect(page.locator('[data-advice="paused"]')).toHaveCount(0);
  });

  test(`none (${language}): safety information for everybody, then which kind of back pain this sounds like`, async ({
    page,
  }) => {
    await completeFirstRun(page, { lang, onsetDaysAgo: 10 });
    await expect(page.locator('[data-tier="none"]')).toBeVisible();
    await expect(page.locator('#result-tier')).toHaveText(
      w(lang, 'Je hebt geen ja gezegd op een van de signalen', 'You did not say yes to any of the signs'),
    );
    await expectDoctorInfo(page, lang);
    const explanation = page.locator('[data-pain-type="acute"]');
    await expect(explanation).toContainText(w(lang, 'Rugpijn die pas kort bestaat', 'Back pain that started recently'));
    await expect(explanation).toContainText(
      w(lang, 'de helft van de mensen is na 3 maanden hersteld', 'half of people have recovered after 3 months'),
    );
    await expect(explanation).toContainText(w(lang, 'geen diagnose', 'not a diagnosis'));

    await explanation
      .getByRole('link', {
        name: w(lang, 'Lees de les: Drie soorten rugpijn', 'Read the lesson: Three kinds of back pain'),
      })
      .click();
    await expect(page.locator('main h1')).toHaveText(w(lang, 'Drie soorten rugpijn', 'Three kinds of back pain'));
    await expect(page.locator('main h1')).toBeFocused();
    await expect(page.locator('.lesson-sources')).toContainText('KNGF');
    await page.getByRole('button', { name: w(lang, 'Ik heb deze les gelezen', 'I have read this lesson') }).click();
    await expect(
      page.getByRole('status').filter({ hasText: w(lang, 'je hebt deze les gelezen', 'you have read this lesson') }),
    ).toBeVisible();
    await page.getByRole('link', { name: w(lang, 'Alle lessen', 'All lessons') }).click();
    await expect(page.locator('[data-lesson="three-kinds-of-back-pain"]')).toContainText(w(lang, 'Gelezen', 'Read'));

    // Nothing is open on Today; the first questionnaire is due.
    await goVia(page, w(lang, 'Vandaag', 'Today'));
    await expect(page.locator('[data-advice]')).toHaveCount(0);
    await expect(page.locator('[data-due="psk"]')).toBeVisible();
  });
}

test('the rest of the questions may wait, but only after the emergency questions', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await page.locator('#age').fill('45');
  await page.getByRole('button', { name: '1 jaar geleden' }).click();
  await expect(page.getByRole('checkbox', { name: 'Dit is ongeveer, niet precies' })).toBeChecked();
  // A day a year ago is shown with its year.
  await expect(page.locator('.notice').filter({ hasText: 'Ingevuld:' })).toContainText(daysAgo(365).slice(0, 4));
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await answer(page, EMERGENCY_QUESTIONS);
  await page.getByRole('button', { name: 'De andere vragen later' }).click();
  await expect(page.locator('[data-tier="none"]')).toBeVisible();
  await expect(page.getByText('Je hebt alleen de belangrijkste vragen beantwoord.')).toBeVisible();

  // Today asks to finish them later; the check starts with the emergency questions again, then "about you" filled in.
  await goVia(page, 'Vandaag');
  await page.locator('[data-due="safety-rest"]').getByRole('link', { name: 'Vragen afmaken' }).click();
  await expect(page.locator('[data-step="emergency"]')).toBeVisible();
  await answer(page, EMERGENCY_QUESTIONS);
  // Someone who never answered the rest goes on to it by default.
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await expect(page.locator('#age')).toHaveValue('45');
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await answer(page, GP_SOON_QUESTIONS);
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await answer(page, ['onset_before_45']);
  await page.getByRole('button', { name: 'Klaar, laat de uitslag zien' }).click();
  await expect(page.locator('[data-tier="none"]')).toBeVisible();
  await expect(page.getByText('Je hebt alleen de belangrijkste vragen beantwoord.')).toHaveCount(0);
});

test('a flare-up in the check-in shows the emergency signs first, and the check starts with the emergency questions', async ({
  page,
}) => {
  await completeFirstRun(page);
  for (const [days, pain] of [
    [3, 3],
    [2, 4],
    [1, 3],
  ] as const) {
    await open(page, `/check-in?date=${daysAgo(days)}`);
    await fillCheckIn(page, { pain });
    await expect(page.locator('[data-flare-up]')).toHaveCount(0);
  }
  await open(page, '/check-in');
  await fillCheckIn(page, { pain: 7 });
  const offer = page.locator('[data-flare-up]');
  await expect(offer).toContainText('Eerst even voor de zekerheid');
  // The signs come before any reassurance.
  await expect(offer.locator('li')).toHaveCount(EMERGENCY_QUESTIONS.length);
  const text = (await offer.textContent()) ?? '';
  expect(text.indexOf('Plotseling')).toBeLessThan(text.indexOf('meestal niet gevaarlijk'));
  await offer.getByRole('link', { name: 'De spoedvragen beantwoorden' }).click();
  await expect(page.locator('main h1')).toHaveText('Veiligheidscheck bij meer pijn');
  // No age and start date first: the emergency questions are the first thing asked.
  await expect(page.locator('[data-step="emergency"]')).toBeVisible();
  await expect(page.locator('#age')).toHaveCount(0);
  await answer(page, EMERGENCY_QUESTIONS);
  // A re-check ends after the emergency questions unless the person chooses to go on.
  await page.getByRole('button', { name: 'Klaar, laat de uitslag zien' }).click();
  await expect(page.locator('[data-tier="none"]')).toBeVisible();
  await goViaMore(page, 'Tijdlijn');
  await expect(page.locator('[data-kind="safety_check"]').first()).toContainText('bij meer pijn');
});

test('"something is wrong" on Today, and "something does not feel right" in words, kept in the timeline', async ({
  page,
}) => {
  await completeFirstRun(page, { lang: 'en' });
  await goVia(page, 'Today');
  await page.getByRole('link', { name: 'Write down what I notice' }).click();
  await expect(page.locator('main h1')).toHaveText('Does something not feel right?');
  await page.getByRole('button', { name: 'Save' }).click();
  const field = page.getByLabel('What do you notice?');
  await expect(page.locator('#concern-error')).toHaveText('First write down what you notice.');
  await expect(field).toBeFocused();
  await field.fill('My left leg feels weak since this morning.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeFocused();

  await goVia(page, 'Today');
  await page.getByRole('link', { name: 'Something is wrong' }).click();
  await expect(page.locator('main h1')).toHaveText('Safety check');
  await answer(page, EMERGENCY_QUESTIONS, ['progressive_leg_weakness']);
  await page.getByRole('button', { name: 'Done, show the result' }).click();
  await expect(page.locator('main h1')).toHaveText('Call your GP now');
  await page.getByRole('checkbox', { name: 'I have read this' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await goViaMore(page, 'Timeline');
  await expect(page.locator('[data-kind="concern"]')).toHaveText('Note: My left leg feels weak since this morning.');
  await expect(page.locator('[data-kind="safety_check"]').first()).toContainText('your own choice');
});

test('STarT Back and PSK: filled in, shown as information with a trend, and Today names the next one due', async ({
  page,
}) => {
  await completeFirstRun(page);
  await page.getByRole('link', { name: 'Naar de vragenlijsten' }).click();
  await expect(page.locator('main h1')).toHaveText('Vragenlijsten');
  await page.locator('[data-measure="start_back"]').getByRole('link', { name: 'Invullen' }).click();
  await expect(page.locator('main h1')).toHaveText('Vragenlijst over je rugpijn en herstel');
  await expect(page.locator('main')).toContainText('Deze vragenlijst heet STarT Back.');
  await expect(page.locator('.copyright')).toContainText('© Keele University 01/08/07');
  await expect(page.locator('.questionnaire > li')).toHaveCount(9);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.questionnaire .field-error')).toHaveCount(9);
  await expect(page.locator('#q1-yes')).toBeFocused();
  for (const [item, agree] of [
    ['q1', true],
    ['q2', false],
    ['q3', true],
    ['q4', false],
    ['q5', true],
    ['q6', true],
    ['q7', false],
    ['q8', true],
  ] as const) {
    await page.locator(`#${item}-${agree ? 'yes' : 'no'}`).check();
  }
  await page.locator('#q9-very_much').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const result = page.locator('[data-risk]');
  await expect(result).toHaveAttribute('data-risk', 'high');
  await expect(result).toContainText('Je score is 6 van 9. Op de vragen 5 tot en met 9 is je score 4 van 5.');
  await expect(result).toContainText('geen oordeel');

  await result.getByRole('link', { name: 'Terug naar de vragenlijsten' }).click();
  await page.locator('[data-measure="psk"]').getByRole('link', { name: 'Invullen' }).click();
  await expect(page.locator('main h1')).toHaveText('Je moeilijke activiteiten');
  await page.getByRole('button', { name: 'Stofzuigen' }).click();
  await expect(page.locator('#psk-activity-0')).toHaveValue('Stofzuigen');
  await page.locator('input[name="psk-score-0"][value="4"]').check();
  await page.locator('#psk-activity-1').fill('Fietsen');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#psk-score-1-error')).toHaveText('Kies een cijfer van 0 tot 10.');
  await page.locator('input[name="psk-score-1"][value="7"]').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('[data-psk-score]')).toContainText('Je score is gemiddeld 5,5 van 10.');

  await page.getByRole('link', { name: 'Terug naar de vragenlijsten' }).click();
  await expect(page.locator('[data-measure="psk"] .measure-trend-list')).toContainText('5,5');
  await expect(page.locator('[data-measure="start_back"] .measure-trend-list')).toContainText(': 6');
  await expect(page.locator('[data-measure="psk"]')).toContainText('De volgende keer is op');

  await goVia(page, 'Vandaag');
  await expect(page.locator('[data-due]')).toHaveCount(0);
  await expect(page.locator('[data-next="psk"]')).toContainText('Volgende vragenlijst: je moeilijke activiteiten');

  // Four weeks later the PSK is due again (with last time's activities), and so are the emergency questions.
  await page.clock.install({ time: Date.now() + 29 * 86_400_000 });
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('[data-due="safety"]')).toContainText('Tijd voor de korte veiligheidscheck');
  await expect(page.locator('[data-due="psk"]')).toBeVisible();
  await page.locator('[data-due="psk"]').getByRole('link').click();
  await expect(page.locator('#psk-activity-0')).toHaveValue('Stofzuigen');
  await expect(page.locator('#psk-activity-1')).toHaveValue('Fietsen');
});

test('the safety check and its result work offline, and are still there after an offline reload', async ({
  page,
  context,
}) => {
  await completeFirstRun(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await goVia(page, 'Vandaag');
  await page.getByRole('link', { name: 'Er is iets mis' }).click();
  await expect(page.locator('main h1')).toHaveText('Veiligheidscheck');
  await answer(page, EMERGENCY_QUESTIONS, ['sudden_severe_pain']);
  await page.getByRole('button', { name: 'Klaar, laat de uitslag zien' }).click();
  // At 45, sudden very bad pain is an emergency (above 40).
  await expect(page.locator('main h1')).toHaveText('Bel nu je huisarts');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Bel nu je huisarts');
  await page.getByRole('checkbox', { name: 'Ik heb dit gelezen' }).check();
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  // Saved: the result itself replaces the emergency screen (until then every page leads back to it).
  await expect(page.locator('main h1')).toHaveText('Uitslag van je veiligheidscheck');
  await expect(page.locator('[data-tier="emergency"]')).toBeVisible();
  await goViaMore(page, 'Vragenlijsten');
  await goViaMore(page, 'Lessen');
  await goViaMore(page, 'Veiligheidscheck');
  await expect(page.locator('[data-advice="paused"]')).toBeVisible();
});

test('the safety check can be done with the keyboard only', async ({ page }) => {
  await completeFirstRun(page);
  await open(page, '/safety/check?trigger=manual');
  // A re-check starts with the emergency questions.
  for (let i = 0; i < 40 && !(await page.locator('#saddle_numbness-yes:focus').count()); i++) {
    await page.keyboard.press('Tab');
  }
  for (const [index, id] of EMERGENCY_QUESTIONS.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await expect(page.locator(`#${id}-yes`)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`#${id}-no`)).toBeChecked();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Klaar, laat de uitslag zien' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-tier="none"]')).toBeVisible();
  await expect(page.locator('main h1')).toBeFocused();
});

test('switching language in the middle of the safety check keeps the answers', async ({ page }) => {
  await completeFirstRun(page);
  await open(page, '/safety/check?trigger=manual');
  await answer(page, ['saddle_numbness', 'bladder_change']);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The most important questions' })).toBeVisible();
  await expect(page.locator('#saddle_numbness-no')).toBeChecked();
  await expect(page.locator('#bladder_change-no')).toBeChecked();
  await expect(page.locator('label[for="bowel_change-yes"]')).toHaveText('Yes');
});

test('a person over 50 with persistent pain is asked whether the pain clearly changed, and "no" leads into the programme', async ({
  page,
}) => {
  await completeFirstRun(page, { ageYears: 63, onsetDaysAgo: 400 });
  await expect(page.locator('[data-tier="none"]')).toBeVisible();
  await goVia(page, 'Vandaag');
  await expect(page.locator('[data-advice="paused"]')).toHaveCount(0);

  // The wording follows the episode's length: over 84 days, "clearly changed", not "not improved".
  await open(page, '/safety/check?trigger=manual');
  await answer(page, EMERGENCY_QUESTIONS);
  await page.getByRole('button', { name: 'Ook de andere vragen beantwoorden' }).click();
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  const question = page.getByRole('group', { name: /afgelopen 4 weken/ });
  await expect(question).toContainText('duidelijk veranderd');
  await expect(question).not.toContainText('niet beter geworden');
  // The leg question leaves no room for a leg that is slowly getting worse to answer no.
  await expect(page.getByRole('group', { name: /Voelt een been doof/ })).toContainText('langzaam erger');
});

test('after "I have seen a doctor", a lasting reason does not pause the next check, but a new reason does', async ({
  page,
}) => {
  await completeFirstRun(page, { ageYears: 47, yes: ['cancer_history'] });
  await expect(page.locator('[data-tier="gp_soon"]')).toBeVisible();
  await page.getByRole('button', { name: 'Ik ben bij een arts geweest' }).click();
  await page.getByRole('button', { name: 'Ja, ik ben bij een arts geweest' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je plan kan weer verder omhoog' })).toBeFocused();
  // The page says one thing: no "does not go up" next to "can go on".
  await expect(page.locator('[data-paused]')).toHaveCount(0);

  // Four weeks later the whole check again, with the same lasting answer.
  await page.clock.install({ time: Date.now() + 29 * 86_400_000 });
  const fullCheck = async (yes: string[]) => {
    await open(page, '/safety/check?trigger=manual');
    await answer(page, EMERGENCY_QUESTIONS);
    await page.getByRole('button', { name: 'Ook de andere vragen beantwoorden' }).click();
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await answer(page, GP_SOON_QUESTIONS, yes);
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
    await answer(page, ['onset_before_45']);
    await page.getByRole('button', { name: 'Klaar, laat de uitslag zien' }).click();
    await expect(page.locator('main h1')).toHaveText('Uitslag van je veiligheidscheck');
  };
  await fullCheck(['cancer_history']);
  await expect(page.locator('[data-cleared="true"]')).toBeVisible();
  await expect(page.locator('#result-tier')).toHaveText('Niets nieuws sinds je bij een arts was');
  await expect(page.locator('[data-reason="cancer_history"]')).toContainText('bekend bij je arts');
  await goVia(page, 'Vandaag');
  await expect(page.locator('[data-advice="paused"]')).toHaveCount(0);

  // A new reason pauses the plan again; the old one is still marked as known.
  await fullCheck(['cancer_history', 'fever_or_unwell']);
  await expect(page.locator('#result-tier')).toHaveText('Maak een afspraak met je huisarts');
  await expect(page.locator('[data-reason="cancer_history"]')).toContainText('bekend bij je arts');
  await expect(page.locator('[data-reason="fever_or_unwell"]')).not.toContainText('bekend bij je arts');
  await expect(page.locator('[data-paused]')).toBeVisible();
  await goVia(page, 'Vandaag');
  await expect(page.locator('[data-advice="paused"]')).toBeVisible();
});

test('pain 9 after a week without check-ins still shows the emergency signs', async ({ page }) => {
  await completeFirstRun(page);
  await open(page, '/check-in');
  await fillCheckIn(page, { pain: 9 });
  await expect(page.locator('[data-flare-up]')).toContainText('Eerst even voor de zekerheid');
});

test('sudden severe pain is one question with a time frame and the 112 cue beside it', async ({ page }) => {
  await completeFirstRun(page, { lang: 'en' });
  await open(page, '/safety/check?trigger=manual');
  const question = page.getByRole('group', { name: /start suddenly, in the last hours or days/ });
  await expect(question).toContainText('pale, sweaty or dizzy');
  await expect(question).toContainText('112');
});

test('the first run keeps its place after a reload, and hides the menu until it is done', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Welkom bij Veerkracht');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Welkom bij Veerkracht');
  await page.getByRole('button', { name: 'Verder', exact: true }).click();

  // A wrong age gets a message, which goes away as soon as the age is corrected.
  await page.locator('#age').fill('12');
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await expect(page.locator('#age-error')).toBeVisible();
  await page.locator('#age').fill('52');
  await expect(page.locator('#age-error')).toHaveCount(0);
  await fillOnset(page, daysAgo(300));
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await answer(page, ['saddle_numbness', 'bladder_change']);
  await page.reload();
  // Back on the emergency questions, with the answers given so far.
  await expect(page.locator('[data-step="emergency"]')).toBeVisible();
  await expect(page.locator('#saddle_numbness-no')).toBeChecked();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await answer(page, EMERGENCY_QUESTIONS);
  await page.getByRole('button', { name: 'De andere vragen later' }).click();
  await expect(page.locator('[data-tier="none"]')).toBeVisible();
  await expect(page.getByRole('navigation')).toBeVisible();
});
