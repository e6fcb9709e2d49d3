/**
 * A short name for this device from its browser's user agent, e.g.
 * "Android · Chrome" or "iPhone · Safari", so a person can tell their devices
 * apart in the list of devices. Made of product names only, so it reads the
 * same in Dutch and English (it is stored once and shown on every device).
 * `undefined` when nothing is recognised: the server then shows no name.
 *
 * @example
 * deviceNameFrom('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36')
 * // 'Android · Chrome'
 */
export function deviceNameFrom(userAgent: string): string | undefined {
  const system = systemOf(userAgent);
  const browser = browserOf(userAgent);
  const parts = [system, browser].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function systemOf(ua: string): string | undefined {
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua)) return 'iPad';
  if (/Android/.test(ua)) return 'Android';
  if (/CrOS/.test(ua)) return 'ChromeOS';
  if (/Windows/.test(ua)) return 'Windows';
  if (/Macintosh|Mac OS X/.test(ua)) return 'Mac';
  if (/Linux/.test(ua)) return 'Linux';
  return undefined;
}

/** The order matters: Edge and Samsung Internet also say Chrome, and Chrome also says Safari. */
function browserOf(ua: string): string | undefined {
  if (/Edg(A|iOS)?\//.test(ua)) return 'Edge';
  if (/SamsungBrowser\//.test(ua)) return 'Samsung Internet';
  if (/Firefox\/|FxiOS\//.test(ua)) return 'Firefox';
  if (/Chrome\/|CriOS\//.test(ua)) return 'Chrome';
  if (/Safari\//.test(ua)) return 'Safari';
  return undefined;
}
