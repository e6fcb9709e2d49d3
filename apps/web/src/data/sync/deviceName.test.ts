import { describe, expect, it } from 'vitest';
import { deviceNameFrom } from './deviceName';

describe('the name a device gives itself', () => {
  it('names the system and the browser from the user agent', () => {
    const cases: [string, string | undefined][] = [
      [
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
        'Android · Chrome',
      ],
      [
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
        'iPhone · Safari',
      ],
      [
        'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
        'Android · Samsung Internet',
      ],
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
        'Windows · Edge',
      ],
      ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0', 'Mac · Firefox'],
      [
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
        'Linux · Chrome',
      ],
      ['curl/8.0', undefined],
      ['', undefined],
    ];
    for (const [userAgent, name] of cases) expect(deviceNameFrom(userAgent), userAgent).toBe(name);
  });

  it('stays within the 60 characters the server allows', () => {
    const longest = 'Mozilla/5.0 (X11; CrOS x86_64) SamsungBrowser/1.0 Chrome/1.0 Safari/1.0';
    expect(deviceNameFrom(longest)?.length ?? 0).toBeLessThanOrEqual(60);
  });
});
