import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
  calendarDayAt,
  DEFAULT_REMINDER_SETTINGS,
  formatHlc,
  nodeIdFromBytes,
  RECORD,
  uuidv7,
  wallClockTimeAt,
} from '@veerkracht/core';
import { startPushReceiver } from '../../apps/server/src/testing/pushReceiver';
import { PUSH_PORT } from '../playwright.config';
import { expectNoViolations } from './axe';
import { completeFirstRun, goViaMore, open } from './helpers';
import { restoreBackup } from './seed';

test('reminders chosen by keyboard: a time in the quiet hours is refused at its field, and without a backup the app says why notifications and the calendar need one', async ({
  page,
}) => {
  await completeFirstRun(page);
  await goViaMore(page, 'Herinneringen');
  await expect(page.getByText('Meldingen en de agenda hebben een back-up nodig')).toBeVisible();
  await expect(page.getByLabel('Je dagelijkse check-in')).not.toBeChecked();

  await page.getByLabel('Je dagelijkse check-in').focus();
  await page.keyboard.press('Space');
  const time = page.locator('#checkIn-time');
  await expect(time).toHaveValue('20:00');
  await time.fill('23:15');
  await page.getByLabel('Je weekoverzicht, op je dag voor het overzicht').check();
  await page.getByRole('button', { name: 'Herinneringen opslaan' }).press('Enter');
  await expect(page.locator('#checkIn-time-error')).toHaveText(
    'Deze tijd valt in je rustige uren. Kies een andere tijd, of verander je rustige uren.',
  );
  await expect(time).toBeFocused();
  await time.fill('21:30');
  await page.getByRole('button', { name: 'Herinneringen opslaan' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Je herinneringen zijn opgeslagen.' })).toBeFocused();
  await expectNoViolations(page, 'reminders without backup (nl)');

  await page.reload();
  await expect(page.getByLabel('Je dagelijkse check-in')).toBeChecked();
  await expect(page.locator('#checkIn-time')).toHaveValue('21:30');
  await expect(page.getByLabel('Je weekoverzicht, op je dag voor het overzicht')).toBeChecked();
});

test('a reminder reaches a phone by Web Push, encrypted, and the same reminders are in a private calendar feed; the app shows when each last worked', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const receiver = await startPushReceiver('127.0.0.1', PUSH_PORT);
  try {
    // Another phone of this person, with a backup, reminders for its check-in the coming minute, and notifications on.
    const created = await request.post('/api/v1/patients', { data: { deviceName: 'other phone' } });
    const { token, recoveryCode } = (await created.json()) as { token: string; recoveryCode: string };
    const auth = { authorization: `Bearer ${token}` };
    const now = Date.now();
    // At least 30 s ahead, so the job is planned before it is due.
    const at = wallClockTimeAt(now + 90_000);
    const settings = {
      ...DEFAULT_REMINDER_SETTINGS,
      checkIn: { on: true, time: at },
      // No quiet hours: the test may run at night.
      quietFrom: '00:00',
      quietUntil: '00:00',
    };
    const pushed = await request.post('/api/v1/sync', {
      headers: auth,
      data: {
        cursor: 0,
        changes: [
          {
            id: uuidv7(now, randomBytes(10)),
            type: RECORD.reminderSettings,
            data: settings,
            hlc: formatHlc({ millis: now, counter: 0, node: nodeIdFromBytes(randomBytes(8)) }),
            deleted: false,
          },
        ],
      },
    });
    expect(pushed.status()).toBe(200);
    const phone = receiver.subscribe();
    const subscribed = await request.post('/api/v1/reminders/push-subscriptions', {
      headers: auth,
      data: { endpoint: phone.endpoint, keys: phone.keys, lang: 'en' },
    });
    expect(subscribed.status()).toBe(201);

    // This browser: the same backup, in English.
    await completeFirstRun(page, { lang: 'en' });
    await restoreBackup(page, recoveryCode, 'en');
    await goViaMore(page, 'Reminders');
    await expect(page.getByLabel('Your daily check-in')).toBeChecked();
    await expect(page.locator('#checkIn-time')).toHaveValue(at);
    const push = page.locator('[data-channel="push"]');
    await expect(push).toContainText('Notifications are off on this phone.');
    await expect(push).toContainText('Notifications are also on for 1 other device.');
    await expect(page.locator('#next-reminders ~ ul li').first()).toContainText('Time for your check-in');

    // The calendar: a private link, fetched as a calendar app would.
    const calendar = page.locator('[data-channel="calendar"]');
    await calendar.getByRole('button', { name: 'Make a calendar link' }).click();
    const link = page.getByLabel('Your private calendar link');
    await expect(link).toHaveValue(/^http:\/\/localhost:\d+\/api\/v1\/calendar\/[\w-]{43}\.ics$/);
    await expect(calendar).toContainText('No calendar has picked up the reminders yet.');
    const address = await link.inputValue();
    const feed = await request.get(address);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const lines = (await feed.text()).replace(/\r\n /g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('SUMMARY:Time for your check-in');
    expect(lines).toContain('RRULE:FREQ=DAILY');
    expect(lines).toContain(
      `DTSTART;TZID=Europe/Amsterdam:${calendarDayAt(new Date(now)).replaceAll('-', '')}T${at.replace(':', '')}00`,
    );
    expect(lines).toContain('BEGIN:VALARM');
    expect(lines.join('\n')).not.toMatch(/pain|sleep|stress/i);
    await expectNoViolations(page, 'reminders with backup (en)');

    // The push: the stand-in push service decrypts exactly what the phone would show.
    await expect.poll(() => receiver.received.length, { timeout: 150_000, intervals: [1_000] }).toBe(1);
    const [message] = receiver.received;
    expect(JSON.parse(message?.payload ?? '{}')).toEqual({
      title: 'Time for your check-in',
      body: 'It takes a minute. Open Veerkracht to fill it in.',
      path: '/check-in',
      tag: 'check_in',
    });
    expect(message?.headers['content-encoding']).toBe('aes128gcm');

    // The app now says when a reminder last went out, and when the calendar last picked up the reminders.
    await open(page, '/reminders');
    await expect(push.locator('[data-last-sent]')).toContainText('The last reminder went out on');
    await expect(calendar).toContainText('Your calendar last picked up the reminders:');
    await calendar.getByRole('button', { name: 'Stop the calendar link' }).click();
    await expect(calendar.getByRole('button', { name: 'Make a calendar link' })).toBeVisible();
    expect((await request.get(address)).status()).toBe(404);
  } finally {
    await receiver.close();
  }
});
