import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { formatHlc, nodeIdFromBytes, type RecordData, type RecordType, uuidv7 } from '@veerkracht/core';
import { goViaMore } from './helpers';

export type SeedRecord = { [T in RecordType]: { type: T; data: RecordData<T> } }[RecordType];

/**
 * Puts records into a new backup through the server's public API, as another
 * phone of the same person would have, and answers its recovery code. A test
 * then restores that backup in the browser (`restoreBackup`): the app gets
 * weeks of data by the same path a person's data takes, with no hook into
 * the app's storage.
 */
export async function backupWith(request: APIRequestContext, records: readonly SeedRecord[]): Promise<string> {
  const created = await request.post('/api/v1/patients', { data: { deviceName: 'e2e seed' } });
  expect(created.status()).toBe(201);
  const { token, recoveryCode } = (await created.json()) as { token: string; recoveryCode: string };
  const node = nodeIdFromBytes(randomBytes(8));
  const now = Date.now();
  const changes = records.map((record, counter) => ({
    id: uuidv7(now, randomBytes(10)),
    type: record.type,
    data: record.data,
    hlc: formatHlc({ millis: now, counter, node }),
    deleted: false,
  }));
  const pushed = await request.post('/api/v1/sync', {
    data: { cursor: 0, changes },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(pushed.status(), await pushed.text()).toBe(200);
  return recoveryCode;
}

/** Restores a backup on this phone with its recovery code, through the Backup page, in Dutch or English. */
export async function restoreBackup(page: Page, code: string, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  await goViaMore(page, lang === 'nl' ? 'Back-up' : 'Backup');
  await page.getByLabel(lang === 'nl' ? 'Herstelcode' : 'Recovery code').fill(code);
  await page.getByRole('button', { name: lang === 'nl' ? 'Terugzetten' : 'Restore', exact: true }).click();
  await expect(
    page.getByText(
      lang === 'nl' ? 'Gelukt. Je back-up is teruggezet op deze telefoon.' : 'Done. Your backup is back on this phone.',
    ),
  ).toBeVisible();
}
