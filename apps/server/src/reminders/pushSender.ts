import webpush from 'web-push';

/** The VAPID key pair (base64url) and the contact the push services may use (RFC 8292). */
export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

/** What became of one push: delivered to the push service, gone for good (404/410), or worth another try. */
export type PushResult = { ok: true } | { ok: false; gone: boolean; retry: boolean; reason: string };

/** Sends one encrypted push message; the only part of reminders that talks to the outside world. */
export type PushSender = (target: PushTarget, payload: string, vapid: VapidKeys) => Promise<PushResult>;

/** The push services of the browsers people use; anything else is refused when a device subscribes (decision 0031). */
export const DEFAULT_PUSH_SERVICE_ORIGINS: readonly string[] = [
  'https://fcm.googleapis.com',
  'https://updates.push.services.mozilla.com',
  'https://*.push.apple.com',
  'https://*.notify.windows.com',
];

/**
 * Whether a subscription's endpoint belongs to an allowed push service. The
 * server posts to this URL, so any other address (the server's own network,
 * for one) is refused. `*.` allows subdomains.
 *
 * @example
 * isAllowedEndpoint('https://web.push.apple.com/abc', DEFAULT_PUSH_SERVICE_ORIGINS) // true
 * isAllowedEndpoint('http://127.0.0.1:5432/', DEFAULT_PUSH_SERVICE_ORIGINS) // false
 */
export function isAllowedEndpoint(endpoint: string, origins: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return origins.some((allowed) => {
    const pattern = new URL(allowed.replace('*.', 'wildcard.'));
    if (pattern.protocol !== url.protocol || pattern.port !== url.port) return false;
    if (!allowed.includes('*.')) return pattern.hostname === url.hostname;
    const base = pattern.hostname.slice('wildcard.'.length);
    return url.hostname.endsWith(`.${base}`);
  });
}

/** A push message that waits at most a day at the push service: a reminder from yesterday helps no one. */
const TTL_SECONDS = 24 * 60 * 60;

/**
 * The real sender: the payload encrypted for the subscription (RFC 8291,
 * aes128gcm) and signed with the server's VAPID key by `web-push`, posted
 * with a 10-second timeout.
 */
export const webPushSender: PushSender = async (target, payload, vapid) => {
  const request = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    payload,
    {
      vapidDetails: vapid,
      TTL: TTL_SECONDS,
      contentEncoding: 'aes128gcm',
      urgency: 'normal',
    },
  );
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: new Uint8Array(request.body as Buffer),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    if (response.ok) return { ok: true };
    const gone = response.status === 404 || response.status === 410;
    const retry = response.status === 429 || response.status >= 500;
    return { ok: false, gone, retry, reason: `push service answered ${response.status}` };
  } catch (error) {
    return { ok: false, gone: false, retry: true, reason: error instanceof Error ? error.message : String(error) };
  }
};

/** A new VAPID key pair. */
export function newVapidKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys();
}
