import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { completeFirstRun, fillCheckIn, open, syncStatus } from './helpers';

// "Delete everything" (issue 14, docs/privacy.md), by keyboard only once the app is set up: the two steps, the
// server's copy erased first, then the phone emptied, and the old recovery code refused afterwards.

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

/** What the app keeps in IndexedDB and local storage, counted in the page. */
function deviceContents(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('veerkracht');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const ask = <T>(store: string, read: (s: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const request = read(db.transaction(store).objectStore(store));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const contents = {
      records: await ask('records', (s) => s.count()),
      outbox: await ask('outbox', (s) => s.count()),
      auth: (await ask('meta', (s) => s.get('auth'))) ?? null,
      keys: Object.keys(localStorage).filter((key) => key.startsWith('veerkracht.')),
    };
    db.close();
    return contents;
  });
}

const WORDS = {
  nl: {
    backupPage: 'Back-up',
    turnOn: 'Back-up aanzetten',
    saved: 'Alles is opgeslagen.',
    settingsLink: 'Alles wissen',
    title: 'Alles wissen',
    serverOn: /Je back-up staat aan\. Daarom wissen we eerst de kopie op onze server/,
    therapists: /Dat geldt voor elke fysiotherapeut/,
    next: 'Verder',
    confirmTitle: 'Weet je het zeker?',
    field: 'Typ WISSEN om te bevestigen',
    wrong: /Typ precies het woord WISSEN/,
    word: 'wissen',
    button: 'Alles wissen',
    doneTitle: 'Alles is gewist',
    doneServer: /Ook de kopie op onze server is gewist/,
    start: 'Opnieuw beginnen',
    codeLabel: 'Herstelcode',
    restore: 'Terugzetten',
    unknown: /Deze code kennen we niet/,
  },
  en: {
    backupPage: 'Backup',
    turnOn: 'Turn on backup',
    saved: 'Everything saved.',
    settingsLink: 'Delete everything',
    title: 'Delete everything',
    serverOn: /Your backup is on\. So first we delete the copy on our server/,
    therapists: /This goes for every physiotherapist/,
    next: 'Continue',
    confirmTitle: 'Are you sure?',
    field: 'Type DELETE to confirm',
    wrong: /Type exactly the word DELETE/,
    word: 'delete',
    button: 'Delete everything',
    doneTitle: 'Everything is deleted',
    doneServer: /The copy on our server is deleted too/,
    start: 'Start again',
    codeLabel: 'Recovery code',
    restore: 'Restore',
    unknown: /We do not know this code/,
  },
} as const;

for (const lang of ['nl', 'en'] as const) {
  const w = WORDS[lang];
  test(`[${lang}] deletes everything in two steps by keyboard: the server copy first, then this phone`, async ({
    page,
    request,
  }) => {
    await completeFirstRun(page, { lang });
    await open(page, '/check-in');
    await fillCheckIn(page, { pain: 6, note: 'Iets om te wissen' });
    await open(page, '/backup');
    await page.getByRole('button', { name: w.turnOn }).click();
    const code = (await page.locator('[data-recovery-code]').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    await expect(syncStatus(page)).toHaveText(w.saved);

    // From here on the keyboard only.
    await open(page, '/settings');
    await tabTo(page, page.locator('main').getByRole('link', { name: w.settingsLink, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText(w.title);
    await expect(page.locator('main h1')).toBeFocused();
    await expect(page.getByText(w.serverOn)).toBeVisible();
    await expect(page.getByText(w.therapists)).toBeVisible();
    await expectNoViolations(page, `${lang} erase, step 1`);

    await tabTo(page, page.getByRole('button', { name: w.next, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: w.confirmTitle })).toBeFocused();
    const field = page.getByLabel(w.field);
    await tabTo(page, field);
    await page.keyboard.type('wis');
    await page.keyboard.press('Enter');
    await expect(page.getByText(w.wrong)).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // Nothing was deleted yet.
    expect((await deviceContents(page)).records).toBeGreaterThan(0);
    await expectNoViolations(page, `${lang} erase, step 2 with a wrong word`);

    await page.keyboard.press('Control+A');
    await page.keyboard.type(w.word);
    await tabTo(page, page.getByRole('button', { name: w.button, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText(w.doneTitle);
    await expect(page.locator('main h1')).toBeFocused();
    await expect(page.getByText(w.doneServer)).toBeVisible();
    await expectNoViolations(page, `${lang} erase, done`);

    const contents = await deviceContents(page);
    expect(contents).toMatchObject({ records: 0, outbox: 0, auth: null });
    expect(contents.keys.every((key) => key === 'veerkracht.lang')).toBe(true);

    // The server refuses the old code at once.
    const refused = await request.post('/api/v1/restore', { data: { recoveryCode: code } });
    expect(refused.status()).toBe(401);

    // Starting again: the app is empty, as on a new phone, and restoring with the old code is refused.
    await tabTo(page, page.getByRole('button', { name: w.start, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/start/);
    await open(page, '/backup');
    await expect(page.locator('main h1')).toHaveText(w.backupPage);
    const codeField = page.getByLabel(w.codeLabel, { exact: true });
    await tabTo(page, codeField);
    await page.keyboard.type(code);
    await tabTo(page, page.getByRole('button', { name: w.restore, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: w.unknown })).toBeVisible();
    expect((await deviceContents(page)).records).toBe(0);
  });
}

test('turning backup off can erase the copy on the server too; this phone keeps its data', async ({
  page,
  request,
}) => {
  await completeFirstRun(page);
  await open(page, '/check-in');
  await fillCheckIn(page, { pain: 4 });
  await open(page, '/backup');
  await page.getByRole('button', { name: 'Back-up aanzetten' }).click();
  const code = (await page.locator('[data-recovery-code]').textContent()) ?? '';
  await expect(syncStatus(page)).toHaveText('Alles is opgeslagen.');

  await tabTo(page, page.getByRole('button', { name: 'Back-up uitzetten' }));
  await page.keyboard.press('Enter');
  const keep = page.getByRole('radio', { name: /Laat de kopie staan/ });
  await expect(keep).toBeFocused();
  await expect(keep).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Wis ook de kopie op de server/ })).toBeChecked();
  await expectNoViolations(page, 'turning backup off, erasing the server copy');
  await tabTo(page, page.getByRole('button', { name: 'Ja, zet uit en wis de kopie' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Je back-up staat uit en de kopie op de server is gewist.')).toBeVisible();
  await expect(syncStatus(page)).toHaveText('Opgeslagen op deze telefoon.');

  expect((await request.post('/api/v1/restore', { data: { recoveryCode: code } })).status()).toBe(401);
  const contents = await deviceContents(page);
  expect(contents.records).toBeGreaterThan(0);
  expect(contents.auth).toBeNull();
});
