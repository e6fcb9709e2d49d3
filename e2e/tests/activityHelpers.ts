import { expect, type Page } from '@playwright/test';

/*
 * Helpers for the graded-activity and graded-exposure tests: each acts as a
 * person would (clicks and typing), in whichever language the page shows.
 */

const AMSTERDAM_OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });
const offsetAt = (ms: number) => AMSTERDAM_OFFSET.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value;

/**
 * Where tests that control the clock start: 09:00 in Amsterdam on a day after
 * today (so answers dated "today" by the test runner are never in the app's
 * future), on a day with no DST change in the 14 days after it, so "a day
 * later" is 24 hours on the wall clock as well.
 */
export function clockStart(now = Date.now()): Date {
  for (let days = 1; days < 60; days++) {
    const day = new Date(now + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
    const utcGuess = Date.parse(`${day}T08:00:00Z`);
    const offset = offsetAt(utcGuess) ?? 'GMT+01:00';
    const start = Date.parse(`${day}T09:00:00${offset.replace('GMT', '')}`);
    if (offsetAt(start) === offsetAt(start + 14 * 86_400_000)) return new Date(start);
  }
  throw new Error('no start day without a DST change');
}

/** The clock start of this run. */
export const START = clockStart();

/** Opens a path and waits until the page heading is there. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
}

export type NewPlan = {
  activity?: RegExp;
  baselineSessions: number;
  goal: number;
  weeks: number;
  perWeek: number;
  mode?: RegExp;
};

/** Fills in and saves the new-plan form (already open); resolves with the plan page's path. */
export async function makePlan(page: Page, plan: NewPlan): Promise<string> {
  if (plan.activity) await page.getByRole('radio', { name: plan.activity }).check();
  await page.locator('#baselineSessions').fill(String(plan.baselineSessions));
  await page.locator('#goal').fill(String(plan.goal));
  await page.locator('#weeks').fill(String(plan.weeks));
  await page.locator('#perWeek').fill(String(plan.perWeek));
  if (plan.mode) await page.getByRole('radio', { name: plan.mode }).check();
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/plan\/[0-9a-f-]{36}$/);
  await expect(page.locator('main h1')).toBeFocused();
  return new URL(page.url()).pathname;
}

/** Fills in the open session form (amount, pain before and after, a note) and saves it. */
export async function logSession(
  page: Page,
  values: { amount: string; painBefore: number; painAfter: number; note?: string },
): Promise<void> {
  await page.locator('#amount').fill(values.amount);
  await page.locator(`input[name="painBefore"][value="${values.painBefore}"]`).check();
  await page.locator(`input[name="painAfter"][value="${values.painAfter}"]`).check();
  if (values.note) await page.locator('#session-note').fill(values.note);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('.confirmation')).toBeVisible();
  await expect(page.locator('.confirmation')).toBeFocused();
}

/** The follow-up question card on the page. */
export function followUp(page: Page) {
  return page.locator('.follow-up');
}

/**
 * True when the emergency signs offered after an unsettled session come
 * before the follow-up's kind words in the page (and so for a screen reader).
 */
export async function offerComesBeforeThanks(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const offer = document.querySelector('[data-safety-offer="not_settled"]');
    const thanks = document.querySelector('.follow-up [role="status"]');
    return Boolean(offer && thanks && offer.compareDocumentPosition(thanks) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
}

/** The open proposal on the page. */
export function proposal(page: Page) {
  return page.locator('.proposal');
}
