import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { addDays, calendarDayAt, DEFAULT_REVIEW_SETTINGS, RECORD, reviewWeekEnd } from '@veerkracht/core';
import { START } from './activityHelpers';
import { expectNoViolations } from './axe';
import { completeFirstRun, fillCheckIn, goVia, open } from './helpers';
import { backupWith, restoreBackup } from './seed';

const TODAY = calendarDayAt(START);

/**
 * A first run on the fixed day, then another phone's backup restored: four days of high stress this week, and this
 * week's review done already (it would otherwise take the place of the lesson on a Monday or Tuesday).
 */
async function aStressedWeekRestored(page: Page, request: APIRequestContext): Promise<void> {
  await page.clock.install({ time: START });
  await completeFirstRun(page);
  const days = [1, 2, 3, 4].map((back) => addDays(TODAY, -back));
  const reviewed = reviewWeekEnd(DEFAULT_REVIEW_SETTINGS.reviewDay, TODAY);
  const code = await backupWith(request, [
    ...days.map((date) => ({ type: RECORD.checkIn, data: { date, pain: 3, stress: 8 } }) as const),
    {
      type: RECORD.weeklyReview,
      data: { lastDay: reviewed, intentions: [], doneAt: `${reviewed}T19:00:00+01:00` },
    },
  ]);
  await restoreBackup(page, code);
}

test('Today shows one or two next steps: the check-in and a calm moment when stress stays high, then a lesson that fits; the suggestion to talk comes at most once a week', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await aStressedWeekRestored(page, request);

  await goVia(page, 'Vandaag');
  const stress = page.locator('[data-stress-high]');
  await expect(page.getByRole('link', { name: 'Check-in invullen' })).toBeVisible();
  await expect(stress).toContainText('Even rust nemen');
  await expect(stress).toContainText('Praat er dan eens over met je fysiotherapeut of huisarts.');
  // Two steps already: no lesson on top of them.
  await expect(page.locator('[data-lesson]')).toHaveCount(0);
  await expectNoViolations(page, 'Today with two next steps (nl)');

  // The check-in done: its values stay, the calm moment moves up and a lesson that fits joins it.
  await open(page, '/check-in');
  await fillCheckIn(page, { pain: 3, stress: 7 });
  await goVia(page, 'Vandaag');
  await expect(page.getByText('Pijn: 3 van 10')).toBeVisible();
  await expect(stress).toBeVisible();
  await expect(page.locator('[data-lesson="stress-and-emotions"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Check-in invullen' })).toHaveCount(0);

  // Reading the lesson counts in the lessons' progress, and Today suggests no lesson already read.
  await page.locator('[data-lesson="stress-and-emotions"]').getByRole('link', { name: 'Lees de les' }).click();
  await expect(page.locator('main h1')).toHaveText('Stress en gevoelens');
  await expectNoViolations(page, 'the lesson on stress and feelings (nl)');
  await page.getByRole('button', { name: 'Ik heb deze les gelezen' }).click();
  await expect(page.getByText('Opgeslagen: je hebt deze les gelezen.')).toBeVisible();
  await open(page, '/lessons');
  await expect(page.getByText('Je hebt 1 van de 14 lessen gelezen.')).toBeVisible();
  await expect(page.locator('[data-lesson="stress-and-emotions"]')).toContainText('Gelezen');
  await expectNoViolations(page, 'lessons with progress (nl)');
  await open(page, '/lessons/the-worn-out-back-myth');
  await expectNoViolations(page, 'the lesson on the worn-out back myth (nl)');
  await goVia(page, 'Vandaag');
  await expect(stress).toBeVisible();
  await expect(page.locator('[data-lesson]')).toHaveCount(0);

  // Shown today, so still there after a reload; the next day the calm moment stays, the suggestion does not.
  await page.reload();
  await expect(stress).toContainText('Praat er dan eens over');
  await page.clock.fastForward('24:00:00');
  await page.reload();
  await expect(stress).toContainText('Even rust nemen');
  await expect(stress).not.toContainText('Praat er dan eens over');
});

test('Today is laid out once: nothing moves after its first paint, with every card and a backup on, even on a screen tall enough to show the footer', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await aStressedWeekRestored(page, request);
  await open(page, '/check-in');
  await fillCheckIn(page, { pain: 3, stress: 7 });

  // On a phone a late card only pushes what is below the fold; a tall screen shows everything down to the footer,
  // so any card, line or state that arrives after the first paint moves something in view.
  await page.setViewportSize({ width: 412, height: 2400 });
  await page.addInitScript(() => {
    const shifts: { value: number; moved: string[] }[] = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node: Node | null }[] }[]) {
        shifts.push({
          value: entry.value,
          moved: entry.sources.map((source) =>
            source.node instanceof Element ? `${source.node.tagName} ${source.node.className}` : 'text',
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await expect(page.locator('[data-lesson="stress-and-emotions"]')).toContainText('Stress');
  await expect(page.locator('[data-stress-high]')).toBeVisible();
  await expect(page.getByText('Pijn: 3 van 10')).toBeVisible();
  await expect(page.locator('[data-sync-status]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: unknown[] }).layoutShifts);
  expect(shifts).toEqual([]);
});
