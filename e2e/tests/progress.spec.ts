import { expect, test } from '@playwright/test';
import { addDays, calendarDayAt, RECORD } from '@veerkracht/core';
import { START } from './activityHelpers';
import { expectNoViolations } from './axe';
import { completeFirstRun, goViaMore } from './helpers';
import { backupWith, restoreBackup, type SeedRecord } from './seed';

const TODAY = calendarDayAt(START);
/** A day is filled in unless it is a multiple of 7 days back. */
const filled = (back: number) => back % 7 !== 0;

/**
 * A year of check-ins from another phone: pain 3 in the last 30 days and 6
 * before, 30 active minutes every other day, and no check-in every seventh day.
 */
function aYear(): SeedRecord[] {
  const records: SeedRecord[] = [];
  for (let back = 1; back <= 364; back++) {
    if (!filled(back)) continue;
    const date = addDays(TODAY, -back);
    records.push({
      type: RECORD.checkIn,
      data: { date, pain: back < 30 ? 3 : 6, ...(back % 2 === 0 ? { activeMinutes: 30 } : {}) },
    });
  }
  return records;
}

test('the long view: 30 days and a year of pain, sleep, stress and activity in words and as a table, and a year at a glance moved through by keyboard', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await page.clock.install({ time: START });
  await completeFirstRun(page);
  await restoreBackup(page, await backupWith(request, aYear()));
  await goViaMore(page, 'Je verloop');

  const summary = page.locator('.chart-summary');
  await expect(summary).toContainText('Pijn (0 tot 10): op 25 dagen ingevuld. Gemiddeld 3, laagste 3, hoogste 3.');
  await expect(summary).toContainText('Actief (minuten): op 12 dagen ingevuld. Gemiddeld 30, laagste 30, hoogste 30.');
  await expect(summary).toContainText('Slaap (uren): in deze periode nog niets ingevuld.');
  await expect(page.getByText('Elk punt is één dag.')).toBeVisible();

  // A year: a point per week, the mean over every filled day.
  await page.getByRole('radio', { name: 'Een jaar' }).check();
  await expect(summary).toContainText('Pijn (0 tot 10): op 312 dagen ingevuld. Gemiddeld 5,8, laagste 3, hoogste 6.');
  await expect(page.getByText('Elk punt is het gemiddelde van één week.')).toBeVisible();
  await page.getByText('Bekijk als tabel').click();
  const rows = page.locator('.long-view-table tbody tr');
  await expect(rows).toHaveCount(53);
  await expect(rows.first().locator('td').first()).toHaveText('3');
  await expectNoViolations(page, 'the long view, a year (nl)');

  // The year at a glance: today is in the tab order; the arrow keys move by day and by week.
  const today = page.locator(`[data-day="${TODAY}"]`);
  await today.focus();
  await expect(page.locator('.year-selected')).toContainText('niets ingevuld');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(`[data-day="${addDays(TODAY, -1)}"]`)).toBeFocused();
  await expect(page.locator('.year-selected')).toContainText('actief, pijn 3');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(`[data-day="${addDays(TODAY, -8)}"]`)).toBeFocused();
  await page.keyboard.press('Home');
  const first = page.locator('.year-calendar button').first();
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('data-day', /-01$/);
  // One day in the tab order at a time.
  await expect(page.locator('.year-calendar button[tabindex="0"]')).toHaveCount(1);

  // Month by month in words: this month's active days.
  const monthStart = `${TODAY.slice(0, 7)}-01`;
  let active = 0;
  for (let day = monthStart; day < TODAY; day = addDays(day, 1)) {
    const back = Math.round((Date.parse(TODAY) - Date.parse(day)) / 86_400_000);
    if (filled(back)) active += 1;
  }
  await expect(page.locator('.year-months li').first()).toContainText(
    active === 1 ? '1 actieve dag' : `${active} actieve dagen`,
  );

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toHaveText('Your progress');
  // The period chosen stays when the language changes.
  await expect(summary).toContainText('Pain (0 to 10): filled in on 312 days. On average 5.8, lowest 3, highest 6.');
  await expectNoViolations(page, 'the long view, a year (en)');
});
