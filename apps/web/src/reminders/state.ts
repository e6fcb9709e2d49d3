import type { ReminderStatusResponse } from '@veerkracht/contract';
import { DEFAULT_REMINDER_SETTINGS, latestWrite, RECORD, type ReminderSettings, type Stored } from '@veerkracht/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { App } from '../data/app';
import { useRecordsOf } from '../data/records';

/** The person's reminder settings (the latest write), or every reminder off. */
export function useReminderSettings(): { settings: ReminderSettings; record: Stored<ReminderSettings> | undefined } {
  const records = useRecordsOf(RECORD.reminderSettings);
  return useMemo(() => {
    const record = latestWrite(records);
    return { settings: record?.data ?? DEFAULT_REMINDER_SETTINGS, record };
  }, [records]);
}

/** Saves the settings over the existing record: synced, the server plans the reminders from them. */
export async function saveReminderSettings(
  app: App,
  settings: ReminderSettings,
  existing: Stored<ReminderSettings> | undefined,
): Promise<void> {
  await app.saveRecord(RECORD.reminderSettings, settings, existing?.id);
}

/** What the server says about the reminders, or why it cannot: no backup (no token), offline, or an error. */
export type ReminderStatusView =
  | { state: 'loading' }
  | { state: 'no_backup' }
  | { state: 'offline' }
  | { state: 'failed' }
  | { state: 'ready'; status: ReminderStatusResponse };

/** The reminder status from the server, read when the page opens and after each change (`reload`). */
export function useReminderStatus(app: App): { view: ReminderStatusView; reload: (afterMs?: number) => void } {
  const [view, setView] = useState<ReminderStatusView>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Later when asked (after saving: the server plans once the change has synced); never after the page is gone.
  const reload = useCallback((afterMs = 0) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setRound((value) => value + 1), afterMs);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    let live = true;
    void app.sync
      .asThisDevice((api, token) => api.reminderStatus(token))
      .then((result) => {
        if (!live) return;
        if (result.ok) setView({ state: 'ready', status: result.value });
        else if (result.kind === 'signed_out') setView({ state: 'no_backup' });
        else if (result.kind === 'network') setView({ state: 'offline' });
        else setView({ state: result.status === 401 ? 'no_backup' : 'failed' });
      });
    return () => {
      live = false;
    };
  }, [app, round]);
  return { view, reload };
}

// The id the server gave this browser's subscription, to tell "this phone" from the others in the status.
const SUBSCRIPTION_ID = 'veerkracht.pushSubscriptionId';

/** Whether this browser can receive Web Push at all (a service worker, the Push API and notifications). */
export function pushSupported(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    typeof window !== 'undefined' &&
    'PushManager' in window &&
    'Notification' in window
  );
}

export function thisSubscriptionId(): string | null {
  try {
    return localStorage.getItem(SUBSCRIPTION_ID);
  } catch {
    return null;
  }
}

function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Turns on notifications on this device: asks the person's permission,
 * subscribes at the browser's push service with the server's key, and gives
 * the server the subscription (with the language the reminders speak).
 */
export async function turnOnPush(app: App, lang: 'nl' | 'en'): Promise<'on' | 'denied' | 'failed' | 'no_backup'> {
  try {
    // Inside the try: older browsers throw here instead of answering, and the page must never stay "turning on".
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') return 'denied';
    const key = await app.sync.asThisDevice((api, token) => api.pushKey(token));
    if (!key.ok) return key.kind === 'signed_out' ? 'no_backup' : 'failed';
    const registration = await navigator.serviceWorker.ready;
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: base64UrlBytes(key.value.publicKey),
    });
    const json = subscription.toJSON();
    const saved = await app.sync.asThisDevice((api, token) =>
      api.subscribePush(token, {
        endpoint: subscription.endpoint,
        keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
        lang,
      }),
    );
    if (!saved.ok) return saved.kind === 'signed_out' ? 'no_backup' : 'failed';
    rememberSubscriptionId(saved.value.id);
    return 'on';
  } catch {
    // No push service reachable, or the browser refused: the server has no subscription of this phone.
    return 'failed';
  }
}

/** Remembers which subscription is this phone's; storage may be blocked, and then the status just cannot tell. */
function rememberSubscriptionId(id: string | null): void {
  try {
    if (id === null) localStorage.removeItem(SUBSCRIPTION_ID);
    else localStorage.setItem(SUBSCRIPTION_ID, id);
  } catch {
    // Blocked storage: notifications still work; only "this phone" is not marked in the list.
  }
}

/** Turns off notifications on this device: at the browser and at the server. */
export async function turnOffPush(app: App): Promise<void> {
  const id = thisSubscriptionId();
  try {
    const registration = await navigator.serviceWorker.ready;
    await (await registration.pushManager.getSubscription())?.unsubscribe();
  } catch {
    // Nothing to unsubscribe at the browser; the server's copy goes below.
  }
  if (id) await app.sync.asThisDevice((api, token) => api.unsubscribePush(token, id));
  rememberSubscriptionId(null);
}

/** A new private calendar address: its full URL, shown once. */
export async function makeCalendarLink(app: App, lang: 'nl' | 'en'): Promise<string | null> {
  const result = await app.sync.asThisDevice((api, token) => api.makeCalendarFeed(token, lang));
  return result.ok ? `${location.origin}${result.value.path}` : null;
}

export async function endCalendarLink(app: App): Promise<boolean> {
  return (await app.sync.asThisDevice((api, token) => api.endCalendarFeed(token))).ok;
}
