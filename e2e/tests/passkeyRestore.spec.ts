import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { completeFirstRun, fillCheckIn, goVia, goViaMore, open, syncStatus } from './helpers';

/** Chromium's virtual authenticator stands in for the phone's platform authenticator (fingerprint, face, PIN). */
async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

test.beforeEach(async ({ page }) => {
  await completeFirstRun(page);
});

test('a second browser restores the backup with a passkey instead of the recovery code, by keyboard', async ({
  page,
  browser,
}) => {
  await open(page, '/check-in');
  await fillCheckIn(page, { pain: 6, sleepHours: '5.5', note: 'Van de eerste telefoon' });
  await goViaMore(page, 'Back-up');
  await page.getByRole('button', { name: 'Back-up aanzetten' }).press('Enter');
  await expect(syncStatus(page)).toHaveText('Alles is opgeslagen.');

  const first = await virtualAuthenticator(page.context(), page);
  await page.getByRole('button', { name: 'Passkey toevoegen' }).press('Enter');
  await expect(page.getByText('Klaar. Je kunt je back-up nu terugzetten met deze passkey.')).toBeVisible();
  await expectNoViolations(page, 'the backup page with a passkey added');
  const { credentials } = await first.cdp.send('WebAuthn.getCredentials', {
    authenticatorId: first.authenticatorId,
  });
  expect(credentials).toHaveLength(1);

  const use = test.info().project.use;
  const second = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport ?? null,
    locale: use.locale,
    timezoneId: use.timezoneId,
  });
  try {
    const other = await second.newPage();
    await completeFirstRun(other);
    await goViaMore(other, 'Back-up');
    // The same passkey on the new phone (a synced passkey manager does this for real).
    const next = await virtualAuthenticator(second, other);
    for (const credential of credentials) {
      await next.cdp.send('WebAuthn.addCredential', { authenticatorId: next.authenticatorId, credential });
    }
    await other.getByRole('button', { name: 'Herstellen met een passkey' }).press('Enter');
    await expect(other.getByText('Gelukt. Je back-up is teruggezet op deze telefoon.')).toBeVisible();
    await expect(syncStatus(other)).toHaveText('Alles is opgeslagen.');
    await expectNoViolations(other, 'the backup page after a restore with a passkey');
    await goVia(other, 'Vandaag');
    await expect(other.getByText('Pijn: 6 van 10')).toBeVisible();
    await expect(other.getByText('Slaap: 5,5 uur')).toBeVisible();
  } finally {
    await second.close();
  }
});

test('a restore with no passkey on the device says so calmly and changes nothing', async ({ page }) => {
  await goViaMore(page, 'Back-up');
  await virtualAuthenticator(page.context(), page);
  await page.getByRole('button', { name: 'Herstellen met een passkey' }).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Er is niets veranderd.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back-up aanzetten' })).toBeVisible();
  await expectNoViolations(page, 'the backup page after a failed passkey restore');
});
