import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { type Download, expect, type Locator, type Page, test } from '@playwright/test';
import { RECORD, scorePsk, scoreStartBack, uuidv7 } from '@veerkracht/core';
import { expectNoViolations } from './axe';
import { completeFirstRun, daysAgo, fillCheckIn, goViaMore, open, today, waitForServiceWorker } from './helpers';
import { backupWith, restoreBackup, type SeedRecord } from './seed';

/** A note that tries every CSV rule: a comma, double quotes, a line break, Dutch letters and a formula. */
const NOTE = 'Rustig gewandeld, "goed" gedaan.\nMorgen weer: één rondje.';
const FORMULA = '=HYPERLINK("http://example.invalid","klik")';
const CHECK_INS = 20;

/** Twenty days of check-ins, a questionnaire of each kind, an activity plan and an exercise programme. */
function aPerson(): SeedRecord[] {
  const records: SeedRecord[] = [];
  for (let back = 1; back <= CHECK_INS; back++) {
    records.push({
      type: RECORD.checkIn,
      data: {
        date: daysAgo(back),
        pain: back < 10 ? 3 : 5,
        sleepHours: 7,
        stress: 4,
        ...(back === 1 ? { note: NOTE, activity: FORMULA } : {}),
      },
    });
  }
  const answers = { q1: true, q2: false, q3: false, q4: true, q5: false, q6: false, q7: false, q8: false } as const;
  const startBack = { ...answers, q9: 'slightly' as const };
  const activities = [{ activity: 'Fietsen naar het werk', score: 6 }];
  const id = () => uuidv7(Date.now(), randomBytes(10));
  records.push(
    { type: RECORD.startBack, data: { date: daysAgo(10), answers: startBack, score: scoreStartBack(startBack) } },
    { type: RECORD.psk, data: { date: daysAgo(10), activities, score: scorePsk(activities) } },
    {
      type: RECORD.activityPlan,
      data: {
        planId: id(),
        version: 1,
        effectiveFrom: `${daysAgo(12)}T10:00:00+01:00`,
        activity: 'walking',
        unit: 'minutes',
        baselineSessions: 3,
        baseline: [],
        goal: 30,
        sessions: 6,
        mode: 'symptom',
        windowHours: 48,
        levels: [],
        status: 'baseline',
      },
    },
    {
      type: RECORD.exerciseProgramme,
      data: {
        programmeId: id(),
        version: 1,
        effectiveFrom: `${daysAgo(8)}T10:00:00+01:00`,
        by: 'patient',
        days: [1, 4],
        windowHours: 48,
        status: 'active',
        items: [{ exerciseId: 'cat_cow', kind: 'mobility', sets: 1, amount: 6, min: 5, max: 15, step: 2 }],
      },
    },
    { type: RECORD.flareUpPlan, data: { writtenOn: daysAgo(5), helps: 'Warmte en rustig wandelen.' } },
  );
  return records;
}

/** Moves the focus forward with Tab until `target` has it, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Presses Enter on a control reached by Tab and answers the file the browser downloads. */
async function download(page: Page, control: Locator): Promise<{ file: Download; bytes: Buffer }> {
  await tabTo(page, control);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** The files in a zip archive, read with Node's own inflate and the archive's central directory. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, 'end of the central directory').toBeGreaterThan(0);
  const count = archive.readUInt16LE(end + 10);
  let entry = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    expect(archive.readUInt32LE(entry)).toBe(0x02014b50);
    const method = archive.readUInt16LE(entry + 10);
    const size = archive.readUInt32LE(entry + 20);
    const nameLength = archive.readUInt16LE(entry + 28);
    const extraLength = archive.readUInt16LE(entry + 30);
    const commentLength = archive.readUInt16LE(entry + 32);
    const local = archive.readUInt32LE(entry + 42);
    const name = archive.toString('utf8', entry + 46, entry + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

type ExportFile = {
  format: string;
  version: number;
  exportedAt: string;
  language: string;
  recordCount: number;
  records: Record<string, { id: string; type: string; changedAt: string | null; hlc: string; data: unknown }[]>;
};

/** The summary as a PDF from Chromium's print: a real PDF with at least one A4 page. */
async function expectPdf(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  return pdf.length;
}

test('a person takes everything with them in Dutch: one JSON file, the tables as a zip, and a summary printed to PDF, by keyboard', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await completeFirstRun(page);
  await restoreBackup(page, await backupWith(request, aPerson()));
  await goViaMore(page, 'Je gegevens meenemen');
  await expect(page.locator('main h1')).toHaveText('Je gegevens meenemen');
  await expectNoViolations(page, '/export with data (nl)');

  // JSON: one versioned file with every record, by type.
  const json = await download(page, page.getByRole('button', { name: 'JSON-bestand opslaan' }));
  expect(json.file.suggestedFilename()).toBe(`veerkracht-${today()}.json`);
  const exported = JSON.parse(json.bytes.toString('utf8')) as ExportFile;
  expect(exported).toMatchObject({ format: 'veerkracht-export', version: 1, language: 'nl' });
  expect(Date.parse(exported.exportedAt)).not.toBeNaN();
  expect(exported.records[RECORD.checkIn]).toHaveLength(CHECK_INS);
  expect(exported.records[RECORD.psk]).toHaveLength(1);
  expect(exported.records[RECORD.startBack]).toHaveLength(1);
  expect(exported.records[RECORD.activityPlan]).toHaveLength(1);
  expect(exported.records[RECORD.exerciseProgramme]).toHaveLength(1);
  expect(exported.records[RECORD.safetyCheck]?.length).toBeGreaterThanOrEqual(1);
  expect(exported.records[RECORD.relaxationSession]).toEqual([]);
  const total = Object.values(exported.records).reduce((sum, list) => sum + list.length, 0);
  expect(exported.recordCount).toBe(total);
  const withNote = exported.records[RECORD.checkIn]?.find(
    (record) => record.data && (record.data as { note?: string }).note,
  );
  expect(withNote).toMatchObject({ type: RECORD.checkIn, data: { note: NOTE, activity: FORMULA } });
  expect(withNote?.changedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  await expect(page.getByRole('status')).toHaveText(`Klaar. veerkracht-${today()}.json staat bij je downloads.`);

  // CSV: one table per record type in a zip, in UTF-8 with a byte order mark, lines ending in CR LF.
  const zip = await download(page, page.getByRole('button', { name: 'Tabellen opslaan (zip)' }));
  expect(zip.file.suggestedFilename()).toBe(`veerkracht-${today()}.zip`);
  const files = unzip(zip.bytes);
  expect([...files.keys()]).toEqual(expect.arrayContaining([`${RECORD.checkIn}.csv`, `${RECORD.psk}.csv`]));
  const checkIns = files.get(`${RECORD.checkIn}.csv`)?.toString('utf8') ?? '';
  expect(checkIns.startsWith('\uFEFFid,changedAt,date,pain,sleepHours,stress')).toBe(true);
  expect(checkIns.split('\r\n')).toHaveLength(CHECK_INS + 2);
  // The note keeps its comma, quotes, line break and letters in one quoted cell; the formula is only text.
  expect(checkIns).toContain('"Rustig gewandeld, ""goed"" gedaan.\nMorgen weer: één rondje."');
  expect(checkIns).toContain(`"'=HYPERLINK(""http://example.invalid"",""klik"")"`);

  // The summary, in Dutch: print by keyboard, and a PDF from the browser's print.
  await tabTo(page, page.getByRole('link', { name: 'Overzicht openen' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('Mijn verloop met Veerkracht');
  const summary = page.locator('.page--export-summary');
  await expect(summary).toContainText(`${CHECK_INS} dagen met een check-in`);
  await expect(summary.getByRole('heading', { name: 'Rugpijn en herstel (STarT Back)' })).toBeVisible();
  await expect(summary).toContainText('Fietsen naar het werk');
  await expect(summary).toContainText('Wandelen');
  await expect(summary).toContainText('Bolle en holle rug');
  await expect(summary).toContainText('Warmte en rustig wandelen.');
  await expect(summary.getByRole('heading', { name: 'Veiligheidschecks' })).toBeVisible();
  // On a phone the summary reflows to the screen's width: nothing to scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoViolations(page, '/export/summary with data (nl)');

  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await tabTo(page, page.getByRole('button', { name: 'Afdrukken' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  // Printed: no menu, no buttons, black on white.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await expectPdf(page);
});

test('in English and offline, the export and the summary still work from the phone’s own data', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await completeFirstRun(page, { lang: 'en' });
  for (const [back, pain] of [
    [2, 4],
    [1, 6],
  ] as const) {
    await open(page, `/check-in?date=${daysAgo(back)}`);
    await fillCheckIn(page, { pain, sleepHours: '7', stress: 3, note: back === 1 ? '+31 6 call, "later"' : undefined });
  }
  await open(page, '/');
  await waitForServiceWorker(page);
  await context.setOffline(true);

  await goViaMore(page, 'Take your data with you');
  await expect(page.getByText('There are', { exact: false })).toBeVisible();
  await expectNoViolations(page, '/export offline (en)');
  const json = await download(page, page.getByRole('button', { name: 'Save JSON file' }));
  const exported = JSON.parse(json.bytes.toString('utf8')) as ExportFile;
  expect(exported).toMatchObject({ format: 'veerkracht-export', version: 1, language: 'en' });
  expect(exported.records[RECORD.checkIn]).toHaveLength(2);
  const zip = await download(page, page.getByRole('button', { name: 'Save tables (zip)' }));
  const checkIns = unzip(zip.bytes).get(`${RECORD.checkIn}.csv`)?.toString('utf8') ?? '';
  expect(checkIns).toContain(`"'+31 6 call, ""later"""`);

  await tabTo(page, page.getByRole('link', { name: 'Open the summary' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('My course with Veerkracht');
  await expect(page.locator('.page--export-summary')).toContainText('2 days with a check-in');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoViolations(page, '/export/summary offline (en)');
  await expectPdf(page);
});
