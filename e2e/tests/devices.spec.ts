import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { completeFirstRun, fillCheckIn, open, syncStatus } from './helpers';

/** A second phone: a browser context of its own (its own IndexedDB), like the first one's settings. */
async function secondPhone(browser: Browser): Promise<BrowserContext> {
  const use = test.info().project.use;
  return browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport ?? null,
    locale: use.locale,
    timezoneId: use.timezoneId,
  });
}

/** Turns backup on from the backup page and returns the recovery code it shows. */
async function turnOnBackup(page: Page, button: string, saved: string): Promise<string> {
  await open(page, '/backup');
  await page.getByRole('button', { name: button }).click();
  const code = (await page.locator('[data-recovery-code]').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await expect(syncStatus(page)).toHaveText(saved);
  return code;
}

async function restore(page: Page, code: string, options: { endOthers?: boolean } = {}): Promise<void> {
  await page.getByLabel('Herstelcode').fill(code);
  if (options.endOthers) await page.getByLabel('Meld ook alle andere apparaten af').check();
  await page.getByRole('button', { name: 'Terugzetten' }).click();
}

test('a phone signs out another phone, and a renewed recovery code replaces the old one at once', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await completeFirstRun(page);
  const code = await turnOnBackup(page, 'Back-up aanzetten', 'Alles is opgeslagen.');

  const second = await secondPhone(browser);
  try {
    const other = await second.newPage();
    await completeFirstRun(other);
    await open(other, '/backup');
    await restore(other, code);
    await expect(other.getByText('Gelukt. Je back-up is teruggezet op deze telefoon.')).toBeVisible();
    await expect(syncStatus(other)).toHaveText('Alles is opgeslagen.');
    // The second phone sees both phones too, itself first.
    const otherList = other.locator('.device');
    await expect(otherList).toHaveCount(2);
    await expect(otherList.first()).toContainText('Deze telefoon');

    // The first phone lists both, by the name each gave itself, with the day it was last used.
    await open(page, '/backup');
    const devices = page.locator('.device');
    await expect(devices).toHaveCount(2);
    await expect(page.locator('[data-device="current"]')).toContainText('Deze telefoon');
    const otherItem = page.locator('[data-device="other"]');
    await expect(otherItem).toContainText(/Linux · Chrome/);
    await expect(otherItem).toContainText(/Laatst gebruikt: \w+dag \d+ \w+/);

    // By keyboard: the question opens with focus on "yes"; Escape closes it and focus goes back.
    const end = otherItem.getByRole('button', { name: /^Afmelden: / });
    await end.focus();
    await page.keyboard.press('Enter');
    const yes = otherItem.getByRole('button', { name: 'Ja, meld af' });
    await expect(yes).toBeFocused();
    await expect(otherItem).toContainText(
      'Dit apparaat afmelden? Het houdt zijn eigen gegevens, maar maakt geen back-up meer.',
    );
    await page.keyboard.press('Escape');
    await expect(end).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(yes).toBeFocused();
    await page.keyboard.press('Enter');
    const result = page.locator('[data-devices-status="done"]');
    await expect(result).toHaveText(/^Linux · Chrome is afgemeld\. Dat apparaat maakt geen back-up meer\.$/);
    await expect(result).toBeFocused();
    await expect(devices).toHaveCount(1);
    await expect(page.getByText('Alleen deze telefoon maakt een back-up.')).toBeVisible();

    // The second phone's next sync says it was signed out; what it holds stays, its copy of the code is gone.
    await open(other, '/check-in');
    await fillCheckIn(other, { pain: 3 });
    await open(other, '/backup');
    await expect(syncStatus(other)).toHaveText(
      'Deze telefoon is afgemeld voor je back-up. Je gegevens staan nog op deze telefoon. Wil je weer een back-up? Zet hem terug met je herstelcode.',
    );
    await expect(other.getByRole('button', { name: 'Herstelcode tonen' })).toHaveCount(0);
    await expect(other.locator('.device')).toHaveCount(0);

    // The first phone renews the recovery code; the new one is shown like the first one was.
    await page.getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
    await page.getByRole('button', { name: 'Ja, maak een nieuwe code' }).click();
    await expect(page.getByText('Je nieuwe herstelcode staat hieronder. De oude code werkt niet meer.')).toBeFocused();
    const renewed = (await page.locator('[data-recovery-code]').textContent()) ?? '';
    expect(renewed).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(renewed).not.toBe(code);

    // The old code no longer restores; the new one does, and the second phone backs up again.
    await restore(other, code);
    await expect(other.getByRole('alert').filter({ hasText: /Deze code kennen we niet/ })).toBeVisible();
    await restore(other, renewed);
    await expect(other.getByText('Gelukt. Je back-up is teruggezet op deze telefoon.')).toBeVisible();
    await expect(syncStatus(other)).toHaveText('Alles is opgeslagen.');
    await expect(other.locator('.device')).toHaveCount(2);
  } finally {
    await second.close();
  }
});

test('in English, restoring can sign out every other device, and the first phone is told calmly', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await completeFirstRun(page, { lang: 'en' });
  const code = await turnOnBackup(page, 'Turn on backup', 'Everything saved.');
  await expect(page.getByRole('heading', { name: 'Your devices' })).toBeVisible();
  await expect(page.locator('[data-device="current"]')).toContainText('This phone');
  await expect(page.getByText('Only this phone backs up.')).toBeVisible();

  const second = await secondPhone(browser);
  try {
    const other = await second.newPage();
    await completeFirstRun(other, { lang: 'en' });
    await open(other, '/backup');
    await other.getByLabel('Recovery code').fill(code);
    await other.getByLabel('Also sign out all other devices').check();
    await other.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(
      other.getByText('Done. Your backup is back on this phone. The other devices are signed out.'),
    ).toBeVisible();
    await expect(other.locator('.device')).toHaveCount(1);
  } finally {
    await second.close();
  }

  await page.reload();
  await expect(syncStatus(page)).toHaveText(
    'This phone was signed out of your backup. Your data is still on this phone. Want a backup again? Restore it with your recovery code.',
  );
});
