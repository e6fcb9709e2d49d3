import { expect, type Page } from '@playwright/test';
import {
  addDays,
  calendarDayAt,
  EMERGENCY_ITEMS as EMERGENCY_QUESTIONS,
  GP_SOON_ITEMS as GP_SOON_QUESTIONS,
  INFLAMMATORY_ITEMS as INFLAMMATORY_QUESTIONS,
} from '@veerkracht/core';
import { fillDateField } from './dateHelpers';

/** Today in the app's time zone, as the app computes it. */
export function today(): string {
  return calendarDayAt(new Date());
}

export function daysAgo(days: number): string {
  return addDays(today(), -days);
}

/** Opens a path and waits until the app has rendered its page heading. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Waits until the service worker controls the page: from then on the app works offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

export type CheckInValues = {
  pain: number;
  sleepHours?: string;
  sleepQuality?: number;
  stress?: number;
  note?: string;
};

/** Fills the open check-in form (by clicks and typing) and saves it, waiting for the confirmation. */
export async function fillCheckIn(
  page: Page,
  values: CheckInValues,
  savedText: RegExp = /Opgeslagen|Saved/,
): Promise<void> {
  await page.locator(`input[name="pain"][value="${values.pain}"]`).check();
  if (values.sleepHours !== undefined) await page.locator('#sleepHours').fill(values.sleepHours);
  if (values.sleepQuality !== undefined)
    await page.locator(`input[name="sleepQuality"][value="${values.sleepQuality}"]`).check();
  if (values.stress !== undefined) await page.locator(`input[name="stress"][value="${values.stress}"]`).check();
  if (values.note !== undefined) await page.locator('#note').fill(values.note);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole('status').filter({ hasText: savedText })).toBeVisible();
}

/** Clicks a link in the main menu, as a person would (client-side navigation, works offline). */
export async function goVia(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.locator('main h1')).toBeFocused();
}

/** The sync state line's words. */
export function syncStatus(page: Page) {
  return page.locator('[data-sync-status]');
}

// The question ids come from the core, so the tests ask exactly what the app asks.
export {
  EMERGENCY_ITEMS as EMERGENCY_QUESTIONS,
  GP_SOON_ITEMS as GP_SOON_QUESTIONS,
  INFLAMMATORY_ITEMS as INFLAMMATORY_QUESTIONS,
} from '@veerkracht/core';

/** Answers the yes/no questions on screen by tapping yes or no (the radio lies over its big label). */
export async function answer(page: Page, ids: readonly string[], yes: readonly string[] = []): Promise<void> {
  for (const id of ids) await page.locator(`#${id}-${yes.includes(id) ? 'yes' : 'no'}`).check();
}

/** Types the start of this episode of back pain (an ISO day) into the "about you" step, as a person would. */
export async function fillOnset(page: Page, isoDay: string): Promise<void> {
  await fillDateField(page, 'onsetDate', isoDay);
}

export type FirstRun = {
  lang?: 'nl' | 'en';
  ageYears?: number;
  /** How many days ago this episode of back pain started; default 200 (persistent). */
  onsetDaysAgo?: number;
  /** Questions to answer yes; every other question is answered no. */
  yes?: readonly string[];
};

/**
 * Goes through the first run of a new device as a person would: language,
 * the welcome, age and start of the pain, and the whole safety check, by
 * default with "no" to every question. Ends on the result page. Nothing is
 * skipped behind the app's back: this is the same path every new user takes.
 */
export async function completeFirstRun(page: Page, options: FirstRun = {}): Promise<void> {
  const en = options.lang === 'en';
  const yes = options.yes ?? [];
  await page.goto('/');
  await expect(page.locator('main h1')).toHaveText(/Kies je taal/);
  await page.getByRole('button', { name: en ? 'English' : 'Nederlands', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText(en ? 'Welcome to Veerkracht' : 'Welkom bij Veerkracht');
  await page.getByRole('button', { name: en ? 'Next' : 'Verder', exact: true }).click();
  await page.locator('#age').fill(String(options.ageYears ?? 45));
  await fillOnset(page, daysAgo(options.onsetDaysAgo ?? 200));
  await page.getByRole('button', { name: en ? 'Next' : 'Verder', exact: true }).click();
  await expect(page.locator('[data-step="emergency"]')).toBeVisible();
  await answer(page, EMERGENCY_QUESTIONS, yes);
  await page.getByRole('button', { name: en ? 'Next' : 'Verder', exact: true }).click();
  // An emergency answer ends the check at once; otherwise the next questions follow.
  const gpStep = page.locator('[data-step="gp_soon"]');
  await expect(gpStep.or(page.locator('.page--emergency'))).toBeVisible();
  if (await gpStep.isVisible()) {
    await answer(page, GP_SOON_QUESTIONS, yes);
    await page.getByRole('button', { name: en ? 'Next' : 'Verder', exact: true }).click();
    await answer(page, ['onset_before_45'], yes);
    if (yes.includes('onset_before_45')) await answer(page, INFLAMMATORY_QUESTIONS, yes);
    await page.getByRole('button', { name: en ? 'Done, show the result' : 'Klaar, laat de uitslag zien' }).click();
  }
  await expect(page).toHaveURL(/\/safety\/result\//);
  await expect(page.locator('main h1')).toBeFocused();
}

/** Opens a page from the More menu, as a person would. */
export async function goViaMore(page: Page, name: string | RegExp): Promise<void> {
  await goVia(page, /^(Meer|More)$/);
  await page.locator('main').getByRole('link', { name, exact: true }).click();
  await expect(page.locator('main h1')).toBeFocused();
}
