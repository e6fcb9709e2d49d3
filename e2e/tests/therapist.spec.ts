import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { programmeFromStarter, RECORD, uuidv7 } from '@veerkracht/core';
import { generate } from 'otplib';
import { DATA_DIR } from '../playwright.config';
import { expectNoViolations } from './axe';
import { completeFirstRun, daysAgo } from './helpers';
import { backupWith, restoreBackup, type SeedRecord } from './seed';

const MAIN = fileURLToPath(new URL('../../apps/server/dist/main.js', import.meta.url));

/** The server's command line on the e2e server's database, as a practice would run it. */
function cli(...args: string[]): string {
  return execFileSync(process.execPath, [MAIN, ...args], {
    env: { ...process.env, DATA_DIR, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
}

/** The code the authenticator app would show now. */
function totp(secret: string): Promise<string> {
  return generate({ secret });
}

async function therapistPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  return context.newPage();
}

/** Types into the focused field and moves on with Tab, as a keyboard user does. */
async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

test("a therapist sets up with TOTP, adds a passkey, invites a patient, sees the flags with their facts and changes a plan that the patient's phone then shows; the patient reads the access log, unlinks, and the therapist is refused at once", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const email = `els.${stamp}@fysio-noord.test`;
  const practice = cli(
    'create-practice',
    '--name',
    'Fysio Noord',
    '--admin-email',
    `beheer.${stamp}@fysio-noord.test`,
    '--admin-name',
    'Beheer',
  );
  const practiceId = practice.match(/created: (\S+)/)?.[1] ?? '';
  const added = cli('add-therapist', '--practice', practiceId, '--email', email, '--name', 'Els de Boer');
  const setupCode = added.match(/setup code (\S+)/)?.[1] ?? '';
  expect(setupCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

  // The therapist, keyboard only: setup code and password, then the authenticator app.
  const therapist = await therapistPage(browser);
  await therapist.goto('/therapist/setup');
  await expect(therapist.locator('main h1')).toHaveText('Account instellen');
  await therapist.getByLabel('E-mailadres').focus();
  await typeAndTab(therapist, email);
  await typeAndTab(therapist, setupCode.toLowerCase());
  await therapist.keyboard.type('een lange zin als wachtwoord');
  await therapist.keyboard.press('Enter');
  await expect(therapist.getByRole('heading', { name: 'Authenticator-app koppelen' })).toBeFocused();
  await expect(therapist.getByRole('img', { name: 'QR-code voor de authenticator-app' })).toBeVisible();
  const secret = (await therapist.locator('.staff-secret').textContent()) ?? '';
  await expectNoViolations(therapist, 'therapist setup, QR code (nl)');
  await therapist.getByLabel('Code van 6 cijfers').focus();
  await therapist.keyboard.type(await totp(secret));
  await therapist.keyboard.press('Enter');
  await expect(therapist.getByRole('heading', { name: 'Uw herstelcodes' })).toBeFocused();
  await expect(therapist.locator('.staff-recovery-codes li')).toHaveCount(10);
  const recoveryCode = (await therapist.locator('.staff-recovery-codes li').first().textContent()) ?? '';
  await therapist.getByRole('button', { name: 'Ik heb ze bewaard' }).press('Enter');
  await expect(therapist.getByText('Ingelogd als Els de Boer, Fysio Noord.')).toBeVisible();

  // A passkey on this computer (Chromium's virtual authenticator stands in for the platform's).
  const cdp = await therapist.context().newCDPSession(therapist);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await therapist.getByRole('button', { name: 'Passkey toevoegen' }).press('Enter');
  await expect(therapist.getByRole('status').filter({ hasText: 'Passkey toegevoegd.' })).toBeVisible();

  // An invite for one patient.
  await therapist.getByLabel('Naam of dossiernummer').focus();
  await therapist.keyboard.type('Mw. J. de Vries');
  await therapist.keyboard.press('Enter');
  const code = (await therapist.locator('.staff-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(therapist.getByRole('img', { name: `QR-code met koppelcode ${code}` })).toBeVisible();
  await expectNoViolations(therapist, 'therapist workspace with an invite (nl)');

  // The patient: a week of more pain after a calmer week, and a concern in their own words, backed up.
  const planId = uuidv7(stamp, randomBytes(10));
  const seeded: SeedRecord[] = [
    {
      type: RECORD.activityPlan,
      data: {
        planId,
        version: 2,
        effectiveFrom: new Date(stamp - 5 * 86_400_000).toISOString(),
        activity: 'walking',
        unit: 'minutes',
        baselineSessions: 3,
        baseline: [10, 12, 14],
        goal: 16,
        sessions: 4,
        mode: 'symptom',
        windowHours: 48,
        levels: [8, 11, 13, 16],
        status: 'active',
      },
    },
    ...[0, 1, 2].map(
      (back) => ({ type: RECORD.checkIn, data: { date: daysAgo(back), pain: 7, stress: 5 } }) as SeedRecord,
    ),
    ...[7, 8, 9].map((back) => ({ type: RECORD.checkIn, data: { date: daysAgo(back), pain: 3 } }) as SeedRecord),
    { type: RECORD.concern, data: { at: new Date(stamp - 60_000).toISOString(), text: 'Mijn been tintelt soms' } },
    {
      type: RECORD.exerciseProgramme,
      data: programmeFromStarter(
        {
          days: [1, 4],
          items: [
            { exerciseId: 'glute_bridge', feared: false },
            { exerciseId: 'cat_cow', feared: false },
          ],
        },
        {
          programmeId: uuidv7(stamp, randomBytes(10)),
          at: new Date(stamp - 3 * 86_400_000).toISOString(),
          by: 'patient',
        },
      ),
    },
  ];
  const patientCode = await backupWith(request, seeded);
  await completeFirstRun(page);
  await restoreBackup(page, patientCode);
  await page.goto(`/link#${code}`);
  await expect(page.locator('main h1')).toHaveText('Koppelen aan je fysiotherapeut');
  await expect(page.getByLabel('Koppelcode')).toHaveValue(code);
  await page.getByRole('button', { name: 'Bekijk wie het is' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Koppelen aan Els de Boer van Fysio Noord?' })).toBeFocused();
  await expect(page.getByText('je check-ins: pijn, slaap, stress en wat je deed')).toBeVisible();
  // Without consent, nothing is linked.
  await page.getByRole('button', { name: 'Koppelen', exact: true }).press('Enter');
  await expect(page.getByText('Vink aan dat je dit wilt.')).toBeVisible();
  await page.getByLabel('Ik wil dat Els de Boer deze gegevens kan zien.').press('Space');
  await expectNoViolations(page, 'link preview (nl)');
  await page.getByRole('button', { name: 'Koppelen', exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Je bent gekoppeld aan Els de Boer.' })).toBeVisible();
  await expect(page.locator('.link-item[data-state="active"]')).toContainText('Els de Boer, Fysio Noord');

  // The therapist's list: the patient with their flags and the facts behind them.
  await therapist.reload();
  const row = therapist.locator('tr[data-patient="Mw. J. de Vries"]');
  await expect(row.locator('[data-flag="rising_pain"]')).toHaveText('Meer pijn Pijn 7 deze week, 3 de week ervoor.');
  await expect(row.locator('[data-flag="concern"]')).toContainText('1 nieuwe melding van de patiënt.');
  await therapist.getByLabel('Toon alleen').selectOption('high_stress');
  await expect(therapist.getByText('0 van 1 patiënten')).toBeVisible();
  await therapist.getByLabel('Toon alleen').selectOption('');
  await expectNoViolations(therapist, 'patient list with flags (nl)');
  await row.getByRole('link', { name: 'Mw. J. de Vries' }).press('Enter');
  await expect(therapist.locator('main h1')).toHaveText('Mw. J. de Vries');
  await expect(therapist.getByText('Mijn been tintelt soms')).toBeVisible();
  // The first run's safety check, as the therapist reads it.
  await expect(therapist.locator('[data-section="safety"] li')).toHaveCount(1);
  await expect(therapist.locator('[data-section="safety"]')).toContainText('geen tekenen die om een arts vragen');
  await therapist.getByRole('button', { name: 'Markeer als gelezen' }).press('Enter');
  await expect(therapist.getByRole('button', { name: 'Markeer als gelezen' })).toHaveCount(0);
  // The course over 30, 90 or 365 days, in words and as a table.
  await expect(therapist.locator('[data-section="trends"] li').first()).toHaveText(
    'Pijn 6 dagen ingevuld; gemiddeld 5, laagste 3, hoogste 7.',
  );
  await therapist.getByRole('radio', { name: '365 dagen' }).check();
  await expect(therapist.getByText('Alle weken als tabel')).toBeVisible();

  // A plan setting, with the reason the patient reads.
  const planForm = therapist.getByRole('form', { name: 'Instellingen van Wandelen' });
  await planForm.getByLabel('Doel', { exact: true }).fill('20');
  await planForm.getByLabel('Reden (de patiënt leest dit)').fill('Het gaat goed; we bouwen verder op.');
  await planForm.getByRole('button', { name: 'Plan aanpassen' }).press('Enter');
  await expect(
    therapist.getByText('Laatst aangepast door Els de Boer: “Het gaat goed; we bouwen verder op.”'),
  ).toBeVisible();

  // An exercise prescription: a refused dose is named beside its field, then three sets of the bridge.
  const programmeForm = therapist.getByRole('form', { name: 'Oefenprogramma aanpassen' });
  const bridge = programmeForm.getByRole('group', { name: 'Brug' });
  await bridge.getByLabel('Herhalingen per set (8 tot 15)').fill('40');
  await programmeForm.getByLabel('Reden (de patiënt leest dit)').fill('Drie sets past nu goed.');
  await programmeForm.getByRole('button', { name: 'Oefenprogramma aanpassen' }).press('Enter');
  await expect(bridge.getByLabel('Herhalingen per set (8 tot 15)')).toHaveAttribute('aria-invalid', 'true');
  await bridge.getByLabel('Herhalingen per set (8 tot 15)').fill('8');
  await bridge.getByLabel('Sets (1 tot 5)').fill('3');
  await programmeForm.getByRole('button', { name: 'Oefenprogramma aanpassen' }).press('Enter');
  await expect(programmeForm.getByRole('status')).toHaveText(
    'Het oefenprogramma is aangepast. De patiënt ziet het bij de volgende synchronisatie.',
  );
  await expect(therapist.getByText('Laatst aangepast door de fysiotherapeut: “Drie sets past nu goed.”')).toBeVisible();

  await therapist.getByLabel('Nieuwe notitie').fill('Bespreken: werk en tillen');
  await therapist.getByRole('button', { name: 'Notitie bewaren' }).press('Enter');
  await expect(therapist.locator('.staff-note-text')).toHaveText('Bespreken: werk en tillen');

  // The two exports download with the session cookie, from the keyboard.
  const [report] = await Promise.all([
    therapist.waitForEvent('download'),
    therapist.getByRole('link', { name: 'Rapport voor de huisarts (PDF)' }).press('Enter'),
  ]);
  expect(report.suggestedFilename()).toMatch(/^veerkracht-huisarts-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect((await readFile(await report.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const [fhir] = await Promise.all([
    therapist.waitForEvent('download'),
    therapist.getByRole('link', { name: 'FHIR-export (JSON)' }).press('Enter'),
  ]);
  expect(fhir.suggestedFilename()).toMatch(/\.fhir\.json$/);
  expect(JSON.parse(await readFile(await fhir.path(), 'utf8'))).toMatchObject({
    resourceType: 'Bundle',
    type: 'collection',
  });
  await expectNoViolations(therapist, 'patient detail (nl)');

  // The workspace in English.
  await therapist.getByRole('button', { name: /English/ }).click();
  await expect(therapist.getByRole('heading', { name: 'Notes' })).toBeVisible();
  await expectNoViolations(therapist, 'patient detail (en)');

  // The patient's phone shows the change and its reason after its next sync.
  await page.goto(`/plan/${planId}`);
  await expect(page.locator('[data-changed-by="therapist"]')).toHaveText(
    'Je fysiotherapeut Els de Boer heeft dit plan aangepast: “Het gaat goed; we bouwen verder op.”',
  );
  await page.goto('/exercise');
  await expect(
    page.getByText('Je fysiotherapeut heeft je oefenprogramma aangepast: “Drie sets past nu goed.”'),
  ).toBeVisible();

  // The patient reads who looked, in plain words.
  await page.goto('/access-log');
  await expect(page.locator('main h1')).toHaveText('Wie heeft mijn gegevens bekeken?');
  const log = page.locator('.access-log li');
  await expect(
    log
      .filter({
        hasText:
          'Els de Boer (Fysio Noord) bekeek je activiteitenplannen, je check-ins, wat je zelf meldde, je oefeningen, je leeftijd en het begin van je klachten en je veiligheidscheck.',
      })
      .first(),
  ).toBeVisible();
  await expect(log.filter({ hasText: 'bekeek je in de lijst met patiënten' }).first()).toBeVisible();
  await expect(log.filter({ hasText: 'veranderde een eigen notitie over jou' })).toHaveCount(1);
  await expect(log.filter({ hasText: 'Els de Boer (Fysio Noord) veranderde je activiteitenplannen.' })).toHaveCount(1);
  await expect(log.filter({ hasText: 'Els de Boer (Fysio Noord) veranderde je oefeningen.' })).toHaveCount(1);
  await expect(log.filter({ hasText: 'Els de Boer (Fysio Noord) las je meldingen.' })).toHaveCount(1);
  await expect(
    log.filter({ hasText: 'Els de Boer (Fysio Noord) maakte een rapport over je voor je huisarts.' }),
  ).toHaveCount(1);
  await expect(
    log.filter({ hasText: 'Els de Boer (Fysio Noord) maakte een FHIR-export van je gegevens.' }),
  ).toHaveCount(1);
  await expect(page.locator('.access-log')).not.toContainText('werk en tillen');
  await expectNoViolations(page, 'access log (nl)');

  // Unlinking ends the therapist's access at once.
  await page.goto('/link');
  // One tap, said beside the button beforehand.
  await expect(page.getByRole('button', { name: 'Stoppen met Els de Boer' })).toHaveAccessibleDescription(
    'Stop je, dan kan Els de Boer je gegevens meteen niet meer zien. Later weer koppelen kan met een nieuwe code van de praktijk.',
  );
  await page.getByRole('button', { name: 'Stoppen met Els de Boer' }).press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Els de Boer kan je gegevens niet meer zien.' }),
  ).toBeVisible();
  await therapist.reload();
  await expect(therapist.getByRole('alert')).toHaveText('This patient is not (or no longer) linked to you.');

  // Signing in again with the passkey instead of the app's code.
  await therapist.goto('/therapist');
  await therapist.getByRole('button', { name: 'Sign out' }).click();
  await therapist.getByLabel('E-mail address').fill(email);
  await therapist.getByLabel('Password').fill('een lange zin als wachtwoord');
  await therapist.getByRole('button', { name: 'Next' }).press('Enter');
  await therapist.getByRole('button', { name: 'Sign in with a passkey' }).press('Enter');
  await expect(therapist.getByText('0 of 0 patients')).toBeVisible();

  // And with a recovery code, for a lost phone (each works once).
  await therapist.getByRole('button', { name: 'Sign out' }).click();
  await therapist.getByLabel('E-mail address').fill(email);
  await therapist.getByLabel('Password').fill('een lange zin als wachtwoord');
  await therapist.getByRole('button', { name: 'Next' }).press('Enter');
  await therapist.getByRole('button', { name: 'Lost your phone? Use a recovery code' }).press('Enter');
  await therapist.getByLabel('Recovery code').fill(recoveryCode);
  await therapist.getByRole('button', { name: 'Sign in', exact: true }).press('Enter');
  await expect(therapist.getByText('0 of 0 patients')).toBeVisible();
  await expectNoViolations(therapist, 'patient list, empty (en)');
  await therapist.context().close();
});

test('the practice administrator sets up, adds a physiotherapist with a setup code and removes them, and sees no patient data', async ({
  browser,
}) => {
  const stamp = Date.now();
  const adminEmail = `beheer.${stamp}@fysio-zuid.test`;
  const created = cli(
    'create-practice',
    '--name',
    'Fysio Zuid',
    '--admin-email',
    adminEmail,
    '--admin-name',
    'Anna Beheer',
  );
  const setupCode = created.match(/setup code (\S+)/)?.[1] ?? '';
  const admin = await therapistPage(browser);
  await admin.goto('/therapist/setup');
  await admin.getByLabel('E-mailadres').fill(adminEmail);
  await admin.getByLabel('Code om in te stellen').fill(setupCode);
  await admin.getByLabel('Nieuw wachtwoord').fill('beheer met een lang wachtwoord');
  await admin.getByRole('button', { name: 'Verder' }).press('Enter');
  const secret = (await admin.locator('.staff-secret').textContent()) ?? '';
  await admin.getByLabel('Code van 6 cijfers').fill(await totp(secret));
  await admin.getByRole('button', { name: 'Koppelen' }).press('Enter');
  await admin.getByRole('button', { name: 'Ik heb ze bewaard' }).press('Enter');
  await expect(
    admin.getByText('U bent beheerder van de praktijk. Beheerders zien geen gegevens van patiënten.'),
  ).toBeVisible();
  await expect(admin.getByRole('heading', { name: 'Uw patiënten' })).toHaveCount(0);

  await admin.getByLabel('Naam', { exact: true }).fill('Piet Jansen');
  await admin.getByLabel('E-mailadres').fill(`piet.${stamp}@fysio-zuid.test`);
  await admin.getByRole('button', { name: 'Toevoegen' }).press('Enter');
  await expect(admin.getByRole('status')).toContainText(`Toegevoegd: piet.${stamp}@fysio-zuid.test.`);
  await expect(admin.locator('[role="status"] .staff-code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  const row = admin.locator(`tr[data-staff="piet.${stamp}@fysio-zuid.test"]`);
  await expect(row).toContainText('Nog niet ingesteld');
  await expectNoViolations(admin, 'the administrator’s accounts page (nl)');
  await row.getByRole('button', { name: 'Piet Jansen verwijderen' }).press('Enter');
  await row.getByRole('button', { name: /Ja, Piet Jansen verwijderen/ }).press('Enter');
  await expect(row).toContainText('Verwijderd');
  await admin.getByRole('button', { name: /English/ }).click();
  await expect(row).toContainText('Removed');
  await expectNoViolations(admin, 'the administrator’s accounts page (en)');
  await admin.context().close();
});

test('linking turns the backup on first when it is off, and says so when a code is not right', async ({ page }) => {
  await completeFirstRun(page);
  await page.goto('/link#ZZZZ-ZZZZ');
  await expect(page.getByRole('heading', { name: 'Eerst een back-up' })).toBeVisible();
  await page.getByRole('button', { name: 'Back-up aanzetten' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Je back-up staat aan.' })).toBeVisible();
  await expect(page.getByLabel('Koppelcode')).toHaveValue('ZZZZ-ZZZZ');
  await page.getByRole('button', { name: 'Bekijk wie het is' }).press('Enter');
  await expect(page.locator('#link-code-error')).toHaveText(
    'Deze code klopt niet, is al gebruikt of is verlopen. Vraag de praktijk om een nieuwe code.',
  );
  await expectNoViolations(page, 'link with a code that is not right (nl)');
});
