import { expect, type Page } from '@playwright/test';
import { addDays, calendarDayAt } from '@veerkracht/core';

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
