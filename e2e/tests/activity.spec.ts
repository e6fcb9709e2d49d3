import { expect, type Page, test } from '@playwright/test';
import { followUp, logSession, makePlan, offerComesBeforeThanks, openPage, proposal, START } from './activityHelpers';
import { completeFirstRun, goVia, waitForServiceWorker } from './helpers';

test.describe('graded activity with the 48-hour rule', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: START });
  });

  test('a walking plan goes from baseline through follow-ups, a step back and steps up to the goal, offline', async ({
    page,
    context,
  }) => {
    // A long walk through a whole plan on a shared, busy machine.
    test.setTimeout(180_000);
    await completeFirstRun(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await goVia(page, 'Plan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je beweegplannen');
    await page.getByRole('link', { name: 'Nieuw plan maken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuw beweegplan' })).toBeFocused();

    // Bad input first: no goal, and a horizon of one session.
    await page.locator('#weeks').fill('1');
    await page.locator('#perWeek').fill('1');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#goal-error')).toHaveText('Vul dit in.');
    await expect(page.locator('#goal')).toBeFocused();
    await expect(page.locator('#goal')).toHaveAttribute('aria-describedby', /goal-error/);
    await expect(page.locator('#sessions-error')).toContainText('2 tot en met 200');

    const planPath = await makePlan(page, { baselineSessions: 3, goal: 20, weeks: 1, perWeek: 3 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wandelen');
    await expect(page.getByText('Je hebt het 0 van de 3 keer gedaan.')).toBeVisible();
    await expect(
      page.getByText('tot het moment waarop je normaal zou stoppen. Ga niet door de pijn heen.'),
    ).toBeVisible();

    // Measuring what the person can do now: three times "until you would normally stop", one a day.
    for (const [n, amount] of [
      [1, '15'],
      [2, '14'],
      [3, '16'],
    ] as const) {
      await page.getByRole('link', { name: 'Invullen wat je deed' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Meten: keer ${n} van 3`);
      // Nobody knows the amount of a measurement beforehand: the field starts empty.
      if (n === 1) await expect(page.locator('#amount')).toHaveValue('');
      await page.locator('#amount').fill('-4');
      if (n === 1) {
        await page.locator('form button[type="submit"]').click();
        await expect(page.locator('#amount-error')).toContainText('groter is dan 0');
        await expect(page.locator('#painBefore-error')).toHaveText('Kies een getal van 0 tot en met 10.');
      }
      await logSession(page, { amount, painBefore: 3, painAfter: 4 });
      await expect(page.locator('.confirmation')).toContainText(
        n < 3 ? `Keer ${n} van 3 is klaar.` : 'Je weet nu wat je kunt.',
      );
      await page.clock.fastForward('24:00:00');
      await page.getByRole('link', { name: 'Naar je plan' }).click();
    }

    // The plan from the baseline: mean 15, start 70% = 10.5 → 11, then 15, then the goal 20.
    await expect(page.getByRole('heading', { name: 'Je weet nu wat je kunt' })).toBeVisible();
    await expect(page.getByText('Gemiddeld deed je 15 minuten.')).toBeVisible();
    await expect(page.getByText('De stappen: 11, 15, 20.')).toBeVisible();
    await page.getByRole('button', { name: 'Start mijn plan' }).click();
    await expect(page.locator('.quota-line')).toHaveText('11 minuten wandelen');

    /** One session at the quota shown, then the clock moves on a day. */
    const session = async (quota: string, amount: string, saved: RegExp) => {
      await openPage(page, '/');
      await expect(page.locator('.card--plan .quota-line')).toHaveText(`Vandaag: ${quota} wandelen`);
      await page.locator('.card--plan').getByRole('link', { name: 'Invullen wat je deed' }).click();
      await expect(page.getByRole('heading', { level: 2, name: `Je hoeveelheid: ${quota} wandelen` })).toBeVisible();
      // The form starts at the quota: doing the quota is the plan.
      await expect(page.locator('#amount')).toHaveValue(quota.split(' ')[0] ?? '');
      await logSession(page, { amount, painBefore: 3, painAfter: 5 });
      await expect(page.locator('.confirmation')).toContainText(saved);
      await expect(page.locator('.confirmation')).toContainText('Wat meer pijn na bewegen is normaal.');
      await expect(page.locator('.confirmation')).toContainText('staat op Vandaag een vraag over hoe je rug is');
    };
    const answerOnToday = async (answer: 'Ja' | 'Nog niet', thanks: RegExp) => {
      await openPage(page, '/');
      await expect(followUp(page).getByText('Zijn je rugklachten weer zoals ze waren vóór deze keer?')).toBeVisible();
      await followUp(page).getByRole('button', { name: answer, exact: true }).click();
      await expect(followUp(page).getByRole('status')).toHaveText(thanks);
    };

    // Session 1 at 11 minutes; about 24 hours later the back has settled: a step up, accepted with one tap.
    await session('11 minuten', '11', /precies je hoeveelheid\. Heel goed!/);
    await page.clock.fastForward('23:00:00');
    await openPage(page, '/');
    await expect(followUp(page)).toHaveCount(0);
    await page.clock.fastForward('01:00:00');
    await answerOnToday('Ja', /Je klachten zijn weer gezakt/);
    await expect(proposal(page)).toContainText(
      'Je klachten waren binnen 48 uur weer gezakt. Daarom de volgende keer iets meer: 15 minuten in plaats van 11 minuten.',
    );
    await proposal(page).getByRole('button', { name: 'Ja, doe ik' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Volgende keer: 15 minuten wandelen' })).toBeVisible();

    // Session 2 at 15: not settled at 24 hours, nor at the end of the 48-hour window: a step back.
    await session('15 minuten', '15', /precies je hoeveelheid/);
    await page.clock.fastForward('24:00:00');
    await answerOnToday('Nog niet', /staat de vraag nog een keer op Vandaag/);
    // Still open: no emergency list yet, but a short way to the urgent questions.
    await expect(page.locator('[data-safety-offer]')).toHaveCount(0);
    await expect(followUp(page).getByRole('link', { name: 'Beantwoord dan de spoedvragen' })).toHaveAttribute(
      'href',
      '/safety/check?trigger=flare_up',
    );
    await page.clock.fastForward('23:00:00');
    await openPage(page, '/');
    await expect(followUp(page)).toHaveCount(0);
    await page.clock.fastForward('01:00:00');
    await answerOnToday('Nog niet', /had wat meer tijd nodig/);
    // Not settled within the window: the emergency signs come first, before any reassurance.
    await expect(followUp(page).locator('[data-safety-offer="not_settled"]')).toBeVisible();
    expect(await offerComesBeforeThanks(page)).toBe(true);
    await expect(proposal(page)).toContainText(
      'Je klachten waren niet binnen 48 uur gezakt. Daarom de volgende keer iets minder: 11 minuten in plaats van 15 minuten.',
    );
    await proposal(page).getByRole('button', { name: 'Ja, doe ik' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Volgende keer: 11 minuten wandelen' })).toBeVisible();

    // An offline reload keeps everything.
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();

    // Session 3 at 11 (a bit more done: said kindly), settled: up to 15 again.
    await session('11 minuten', '13', /meer dan je hoeveelheid\. Fijn dat het ging!/);
    await page.clock.fastForward('24:00:00');
    await answerOnToday('Ja', /gezakt/);
    await proposal(page).getByRole('button', { name: 'Ja, doe ik' }).click();
    // Wait for the saved answer before leaving the page: a navigation must not race the write.
    await expect(page.getByRole('status').filter({ hasText: 'Volgende keer: 15 minuten wandelen' })).toBeVisible();

    // Session 4 at 15, settled: up to the goal.
    await session('15 minuten', '15', /precies/);
    await page.clock.fastForward('24:00:00');
    await answerOnToday('Ja', /gezakt/);
    await expect(proposal(page)).toContainText('iets meer: 20 minuten in plaats van 15 minuten');
    await proposal(page).getByRole('button', { name: 'Ja, doe ik' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Volgende keer: 20 minuten wandelen' })).toBeVisible();

    // Session 5 at the goal, settled: the plan is complete once the person agrees.
    await session('20 minuten', '20', /precies/);
    await page.clock.fastForward('24:00:00');
    await answerOnToday('Ja', /gezakt/);
    await expect(proposal(page)).toContainText('Je deed je doel van 20 minuten');
    await proposal(page).getByRole('button', { name: 'Ja, plan afronden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Je hebt je doel gehaald!' })).toBeVisible();

    // The plan view: chart with a table of every session and what followed.
    await page.goto(planPath);
    await expect(page.getByRole('heading', { level: 2, name: 'Je hebt je doel gehaald!' })).toBeVisible();
    const rows = page.locator('.data-table tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.locator('td:last-child')).toHaveText([
      'stapje meer',
      'stapje minder',
      'stapje meer',
      'stapje meer',
      'doel gehaald',
    ]);
    await expect(rows.locator('td:nth-child(3)')).toHaveText(['ja', 'nee', 'ja', 'ja', 'ja']);
    await expect(page.getByText('Je hebt 5 keer van je plan gedaan.')).toBeVisible();
    await goVia(page, 'Plan');
    await expect(page.getByRole('heading', { name: 'Afgeronde en gestopte plannen' })).toBeVisible();
  });

  test('in English: a short plan from baseline to a first step up', async ({ page }) => {
    await completeFirstRun(page, { lang: 'en' });
    await goVia(page, 'Plan');
    await page.getByRole('link', { name: 'Make a new plan' }).click();
    await makePlan(page, { baselineSessions: 1, goal: 20, weeks: 1, perWeek: 2 });
    await page.getByRole('link', { name: 'Fill in what you did' }).click();
    await logSession(page, { amount: '15', painBefore: 2, painAfter: 3 });
    await expect(page.locator('.confirmation')).toContainText('Now you know what you can do.');
    await page.getByRole('link', { name: 'To your plan' }).click();
    await expect(page.getByText('The steps: 11, 20.')).toBeVisible();
    await page.getByRole('button', { name: 'Start my plan' }).click();
    await page.getByRole('link', { name: 'Fill in what you did' }).click();
    await expect(page.locator('#amount')).toHaveValue('11');
    await logSession(page, { amount: '9', painBefore: 2, painAfter: 4 });
    await expect(page.locator('.confirmation')).toContainText('You did less than your amount. That is all right.');
    await page.clock.fastForward('24:00:00');
    await goVia(page, 'Today');
    await expect(
      followUp(page).getByText('Are your back symptoms back to how they were before you did this?'),
    ).toBeVisible();
    await followUp(page).getByRole('button', { name: 'Yes', exact: true }).click();
    await expect(proposal(page)).toContainText(
      'Your symptoms had settled within 48 hours. So next time a bit more: 20 minutes instead of 11 minutes.',
    );
    await proposal(page).getByRole('button', { name: 'No, I keep 11 minutes' }).click();
    await goVia(page, 'Plan');
    await goVia(page, 'Today');
    await expect(page.locator('.card--plan .quota-line')).toHaveText('Today: walk 11 minutes');
    await expect(page.getByText('You keep the same amount, as you chose.')).toBeVisible();
  });

  test('a follow-up answer for a session that does not exist is refused with a clear message', async ({ page }) => {
    await completeFirstRun(page);
    await openPage(page, '/follow-up/019a0000-0000-7000-8000-000000000000');
    await expect(page.getByRole('alert')).toHaveText(
      'We kunnen niet vinden waar deze vraag over gaat. Misschien is het verwijderd van deze telefoon. Je antwoord is niet opgeslagen.',
    );
  });

  /** A plan with one measurement of 15 minutes (levels 11, 15, 20), on the plan page, ready to start. */
  const startedPlan = async (page: Page) => {
    await completeFirstRun(page);
    await openPage(page, '/plan/new');
    const path = await makePlan(page, { baselineSessions: 1, goal: 20, weeks: 1, perWeek: 3 });
    await page.getByRole('link', { name: 'Invullen wat je deed' }).click();
    await logSession(page, { amount: '15', painBefore: 2, painAfter: 3 });
    await page.getByRole('link', { name: 'Naar je plan' }).click();
    return path;
  };

  test('right after starting, the plan page says what is true: measured today, no time of the plan done yet', async ({
    page,
  }) => {
    await startedPlan(page);
    // A goal that is not above where the plan starts (70% of 15 → 11) is refused, next to the field.
    await page.locator('#confirm-goal').fill('8');
    await expect(page.locator('#confirm-goal-error')).toHaveText(
      'Je doel is niet hoger dan waar je plan begint. Kies een hoger doel.',
    );
    await expect(page.getByRole('button', { name: 'Start mijn plan' })).toBeDisabled();
    await page.locator('#confirm-goal').fill('20');
    await expect(page.getByText('Je plan begint met 11 minuten en gaat in 3 keer naar 20 minuten.')).toBeVisible();
    await page.getByRole('button', { name: 'Start mijn plan' }).click();
    await expect(page.locator('.quota-line')).toHaveText('11 minuten wandelen');
    await expect(page.getByText('Je hebt het vandaag gedaan. Goed bezig!')).toHaveCount(0);
    await expect(page.getByText('Je hebt vandaag al gemeten wat je kunt.')).toBeVisible();
    await expect(page.locator('.chart-summary-text')).toHaveText(
      'Je hebt nog geen keer van je plan gedaan. Je begint met 11 minuten. Je doel is 20 minuten.',
    );
    // Every mark the chart draws is explained in its legend.
    await expect(page.locator('[data-legend-mark]')).toHaveText([
      'stapje meer',
      'stapje minder',
      'hetzelfde',
      'doel gehaald',
    ]);

    // After the first time of the plan, the same page praises it and counts it.
    await page.getByRole('link', { name: 'Invullen wat je deed' }).click();
    await logSession(page, { amount: '11', painBefore: 2, painAfter: 3 });
    await page.getByRole('link', { name: 'Naar je plan' }).click();
    await expect(page.getByText('Je hebt het vandaag gedaan. Goed bezig!')).toBeVisible();
    await expect(page.locator('.chart-summary-text')).toHaveText(
      'Je hebt 1 keer van je plan gedaan. Je hoeveelheid is nu 11 minuten. Je doel is 20 minuten.',
    );
  });

  test('with no answer by the end of the window plus a day, the plan proposes to hold, and the person can accept', async ({
    page,
  }) => {
    await startedPlan(page);
    await page.getByRole('button', { name: 'Start mijn plan' }).click();
    await page.getByRole('link', { name: 'Invullen wat je deed' }).click();
    await logSession(page, { amount: '11', painBefore: 2, painAfter: 4 });
    await page.clock.fastForward(72 * 60 * 60 * 1000);
    await goVia(page, 'Vandaag');
    await expect(followUp(page)).toHaveCount(0);
    await expect(proposal(page)).toContainText(
      'We weten niet of je klachten binnen 48 uur gezakt waren, want er kwam geen antwoord. Daarom de volgende keer hetzelfde: 11 minuten.',
    );
    await expect(proposal(page)).toContainText('Jij beslist.');
    await proposal(page).getByRole('button', { name: 'Ja, ik houd 11 minuten' }).click();
    // Shown once stored; only then is the page loaded again (a reload during the save would stop it).
    await expect(page.getByText('Hetzelfde als de vorige keer, zoals je koos.')).toBeVisible();
    await openPage(page, '/');
    await expect(page.locator('.card--plan .quota-line')).toHaveText('Vandaag: 11 minuten wandelen');
    await expect(page.getByText('Hetzelfde als de vorige keer, zoals je koos.')).toBeVisible();
    await expect(page.getByText('Een stapje minder, zoals je koos.')).toHaveCount(0);
  });

  test('a proposal to keep the same amount can be declined: one step up anyway', async ({ page }) => {
    const path = await startedPlan(page);
    await page.getByRole('button', { name: 'Start mijn plan' }).click();
    await page.getByRole('link', { name: 'Invullen wat je deed' }).click();
    await logSession(page, { amount: '11', painBefore: 2, painAfter: 4 });
    await page.clock.fastForward(72 * 60 * 60 * 1000);
    await openPage(page, path);
    await proposal(page).getByRole('button', { name: 'Nee, toch een stapje meer: 15 minuten' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Volgende keer: 15 minuten wandelen' })).toBeVisible();
    await openPage(page, '/');
    await expect(page.locator('.card--plan .quota-line')).toHaveText('Vandaag: 15 minuten wandelen');
    await expect(page.getByText('Een stapje meer, zoals je koos.')).toBeVisible();
  });

  test('a session that did not settle offers the emergency signs at once, before any reassurance', async ({ page }) => {
    const path = await startedPlan(page);
    await page.getByRole('button', { name: 'Start mijn plan' }).click();
    await page.getByRole('link', { name: 'Invullen wat je deed' }).click();
    await logSession(page, { amount: '11', painBefore: 2, painAfter: 6 });
    // The first "not yet" comes late, after the 48-hour window: the session did not settle.
    await page.clock.fastForward(49 * 60 * 60 * 1000);
    await openPage(page, path);
    await followUp(page).getByRole('button', { name: 'Nog niet', exact: true }).click();
    const offer = followUp(page).locator('[data-safety-offer="not_settled"]');
    await expect(offer).toBeVisible();
    await expect(offer.locator('li[data-item]').first()).toBeVisible();
    await expect(offer.getByRole('link', { name: 'De spoedvragen beantwoorden' })).toHaveAttribute(
      'href',
      '/safety/check?trigger=flare_up',
    );
    await expect(followUp(page).getByRole('status')).toHaveText(/had wat meer tijd nodig/);
    expect(await offerComesBeforeThanks(page)).toBe(true);
    // Then the proposal: the 48-hour rule proposes the same amount at the first step, and the person decides.
    await expect(proposal(page)).toContainText('Je zit al bij de eerste stap.');
    await expect(proposal(page).getByRole('button')).toHaveText([
      'Ja, ik houd 11 minuten',
      'Nee, toch een stapje meer: 15 minuten',
    ]);
  });
});

test('a plan can be made and measured with the keyboard only', async ({ page }) => {
  await page.clock.install({ time: START });
  await completeFirstRun(page);
  await openPage(page, '/plan/new');
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.locator(`${selector}:focus`).count()) return;
    }
    throw new Error(`${selector} never got focus`);
  };
  // The activity: arrow keys move through the options, as in any radio group.
  await tabTo('input[name="activity"]');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#activity-cycling')).toBeChecked();
  await tabTo('#goal');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2');
  await tabTo('button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/plan\/[0-9a-f-]{36}$/);
  await expect(page.locator('main h1')).toHaveText('Fietsen');

  await tabTo('a[href$="/log"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toBeFocused();
  await tabTo('#amount');
  await page.keyboard.type('15');
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="painBefore"][value="0"]')).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[name="painBefore"][value="3"]')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[name="painAfter"][value="4"]')).toBeChecked();
  await tabTo('button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toBeFocused();
  await expect(page.locator('.confirmation')).toContainText('Keer 1 van 3 is klaar.');
});
