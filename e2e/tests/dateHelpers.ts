import type { Page } from '@playwright/test';

/**
 * Types an ISO day (`YYYY-MM-DD`) into a DateField as a person would: the day
 * and the year typed, the month chosen from its list. `id` is the field's base
 * id (its parts are `<id>-day`, `<id>-month` and `<id>-year`).
 */
export async function fillDateField(page: Page, id: string, isoDay: string): Promise<void> {
  const [year = '', month = '', day = ''] = isoDay.split('-');
  await page.locator(`#${id}-day`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).selectOption(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
}
