import type { SafetyCheck, Stored } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { gateRedirect } from './gate';

const emergency: Stored<SafetyCheck> = {
  id: '019a0000-0000-7000-8000-000000000001',
  hlc: '1',
  data: {
    date: '2026-11-25',
    completedAt: '2026-11-25T10:00:00Z',
    trigger: 'first_run',
    scope: 'emergency',
    answers: {},
    result: { tier: 'emergency', reasons: ['bladder_change'], painType: 'specific_suspected' },
  },
};

describe('the route gate', () => {
  it('sends a new device to the first run from the app’s own pages', () => {
    for (const path of ['/', '/check-in', '/history', '/plan', '/no-such-page']) {
      expect(gateRedirect(path, { firstRunDone: false })).toBe('/start');
    }
  });

  it('leaves information pages, restoring a backup and the safety pages open before the first run', () => {
    for (const path of ['/start', '/about', '/backup', '/more', '/safety', '/safety/check', '/lessons/x', '/erase']) {
      expect(gateRedirect(path, { firstRunDone: false })).toBeUndefined();
    }
    expect(gateRedirect('/safetyfirst', { firstRunDone: false })).toBe('/start');
  });

  it('lets everything through after the first run', () => {
    expect(gateRedirect('/check-in', { firstRunDone: true })).toBeUndefined();
  });

  it('brings an unread emergency screen back on every page until it is confirmed', () => {
    const status = { firstRunDone: true, unreadEmergency: emergency };
    expect(gateRedirect('/', status)).toBe(`/safety/result/${emergency.id}`);
    expect(gateRedirect('/about', status)).toBe(`/safety/result/${emergency.id}`);
    expect(gateRedirect(`/safety/result/${emergency.id}`, status)).toBeUndefined();
  });

  it('leaves the therapist’s workspace alone, even with an unread emergency screen on this browser', () => {
    expect(gateRedirect('/therapist', { firstRunDone: false })).toBeUndefined();
    expect(gateRedirect('/therapist/patients/x', { firstRunDone: true, unreadEmergency: emergency })).toBeUndefined();
    expect(gateRedirect('/therapists', { firstRunDone: false })).toBe('/start');
  });
});
