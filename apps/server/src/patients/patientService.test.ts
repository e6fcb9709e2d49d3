import { normalizeRecoveryCode } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { TestClock } from '../testing/fixtures.js';
import { DEVICE_TOKEN_CACHE_TTL_MS, DeviceTokenCache } from './deviceTokenCache.js';
import { MemoryPatientRepository } from './memoryPatientRepository.js';
import { createPatientService, TOKEN_IDLE_EXPIRY_MS } from './patientService.js';
import { hashSecret } from './secrets.js';

function setupWith(cached: boolean) {
  const repository = new MemoryPatientRepository();
  const clock = new TestClock();
  const tokenCache = cached ? new DeviceTokenCache() : undefined;
  const service = createPatientService({ patients: repository, clock, ...(tokenCache ? { tokenCache } : {}) });
  return { repository, clock, service, tokenCache };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

// Every rule holds the same with device tokens kept in memory (SQLite, decision 0039): each revocation tells the cache.
describe.each([false, true])('the patient service (tokens kept in memory: %s)', (cached) => {
  const setup = () => setupWith(cached);

  it('creates an anonymous patient with a 43-character token and a grouped recovery code', async () => {
    const { service } = setup();
    const created = await service.createPatient();
    expect(created.patientId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('stores only SHA-256 hashes of the token and the recovery code', async () => {
    const { service, repository } = setup();
    const created = await service.createPatient();
    const stored = JSON.stringify([...repository.patients.values(), ...repository.tokens.values()]);
    expect(stored).not.toContain(created.token);
    expect(stored).not.toContain(created.recoveryCode);
    expect(stored).not.toContain(created.recoveryCode.replace(/-/g, ''));
    expect(repository.tokens.has(hashSecret(created.token))).toBe(true);
    expect(repository.patients.get(created.patientId)?.recoveryCodeHash).toBe(
      hashSecret(normalizeRecoveryCode(created.recoveryCode) ?? ''),
    );
  });

  it('authenticates a bearer token, with any case of "Bearer"', async () => {
    const { service } = setup();
    const created = await service.createPatient();
    expect(await service.authenticate(`Bearer ${created.token}`)).toMatchObject({ patientId: created.patientId });
    expect(await service.authenticate(`bearer ${created.token}`)).toMatchObject({ patientId: created.patientId });
  });

  it('refuses a missing, malformed or unknown token with 401 unauthorized', async () => {
    const { service } = setup();
    await service.createPatient();
    for (const header of [
      undefined,
      '',
      'Bearer',
      'Basic abc',
      `Bearer ${'a'.repeat(42)}`,
      `Bearer ${'a'.repeat(43)}`,
    ]) {
      const error = await rejection(service.authenticate(header));
      expect([error.status, error.code]).toEqual([401, 'unauthorized']);
    }
  });

  it('restores with the recovery code typed carelessly, giving a new token while the old one keeps working', async () => {
    const { service } = setup();
    const created = await service.createPatient();
    const typed = ` ${created.recoveryCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    const restored = await service.restore(typed);
    expect(restored.patientId).toBe(created.patientId);
    expect(restored.token).not.toBe(created.token);
    expect((await service.authenticate(`Bearer ${restored.token}`)).patientId).toBe(created.patientId);
    expect((await service.authenticate(`Bearer ${created.token}`)).patientId).toBe(created.patientId);
  });

  it('answers an unknown recovery code with 401 recovery_code_unknown and a malformed one with 400', async () => {
    const { service } = setup();
    await service.createPatient();
    const unknown = await rejection(service.restore('AAAA-AAAA-AAAA-AAAA-AAAA'));
    expect([unknown.status, unknown.code]).toEqual([401, 'recovery_code_unknown']);
    const malformed = await rejection(service.restore('not a code'));
    expect([malformed.status, malformed.code]).toEqual([400, 'invalid_request']);
    expect(malformed.issues?.[0]).toMatchObject({ field: 'recoveryCode', code: 'invalid_format' });
  });

  it('revokes only the token that asks, at once', async () => {
    const { service } = setup();
    const created = await service.createPatient();
    const second = await service.restore(created.recoveryCode);
    await service.revokeDevice(await service.authenticate(`Bearer ${created.token}`));
    const error = await rejection(service.authenticate(`Bearer ${created.token}`));
    expect([error.status, error.code]).toEqual([401, 'token_revoked']);
    expect((await service.authenticate(`Bearer ${second.token}`)).patientId).toBe(created.patientId);
  });

  it('records when a token was last used, at most once an hour', async () => {
    const { service, repository, clock } = setup();
    const created = await service.createPatient();
    const stored = () => repository.tokens.get(hashSecret(created.token))?.lastUsedAt;
    const createdAt = stored();
    clock.advance(30 * 60 * 1000);
    await service.authenticate(`Bearer ${created.token}`);
    expect(stored()).toBe(createdAt);
    clock.advance(31 * 60 * 1000);
    await service.authenticate(`Bearer ${created.token}`);
    expect(stored()).toBe(new Date(clock.now()).toISOString());
  });

  it('names a device with the name it gives at create or restore, and without one leaves the name empty', async () => {
    const { service } = setup();
    const created = await service.createPatient({ deviceName: 'Android phone · Chrome' });
    await service.restore(created.recoveryCode);
    const { devices } = await service.listDevices(await service.authenticate(`Bearer ${created.token}`));
    expect(devices.map((device) => [device.name, device.current])).toEqual([
      ['Android phone · Chrome', true],
      [null, false],
    ]);
  });

  it('lists the devices with a public id that is not the token hash, the asking device first', async () => {
    const { service, clock } = setup();
    const created = await service.createPatient({ deviceName: 'first' });
    clock.advance(60_000);
    const second = await service.restore(created.recoveryCode, { deviceName: 'second' });
    const auth = await service.authenticate(`Bearer ${second.token}`);
    const { devices, recoveryCodeRenewedAt } = await service.listDevices(auth);
    expect(devices.map((device) => device.name)).toEqual(['second', 'first']);
    expect(recoveryCodeRenewedAt).toBeNull();
    for (const device of devices) {
      expect(device.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(device.id).not.toBe(hashSecret(created.token));
      expect(device.id).not.toBe(hashSecret(second.token));
    }
    expect(devices[0]).toMatchObject({ current: true, createdAt: new Date(clock.now()).toISOString() });
  });

  it("ends another device of the same patient by its id; that device's token then gets token_revoked", async () => {
    const { service } = setup();
    const created = await service.createPatient();
    const lost = await service.restore(created.recoveryCode, { deviceName: 'lost phone' });
    const auth = await service.authenticate(`Bearer ${created.token}`);
    const lostId = (await service.listDevices(auth)).devices.find((device) => !device.current)?.id ?? '';
    await service.endDevice(auth, lostId);
    const error = await rejection(service.authenticate(`Bearer ${lost.token}`));
    expect([error.status, error.code]).toEqual([401, 'token_revoked']);
    expect((await service.listDevices(auth)).devices).toHaveLength(1);
    // Ending it again changes nothing and is not an error.
    await service.endDevice(auth, lostId);
  });

  it("answers another patient's device id and an unknown one with 404 device_unknown, ending nothing", async () => {
    const { service } = setup();
    const mine = await service.createPatient();
    const theirs = await service.createPatient();
    const theirAuth = await service.authenticate(`Bearer ${theirs.token}`);
    for (const id of [theirAuth.deviceId, '01935a2e-0000-7000-8000-000000000000']) {
      const error = await rejection(service.endDevice(await service.authenticate(`Bearer ${mine.token}`), id));
      expect([error.status, error.code]).toEqual([404, 'device_unknown']);
    }
    expect((await service.authenticate(`Bearer ${theirs.token}`)).patientId).toBe(theirs.patientId);
  });

  it('answers a device id that is not a device id with 400 naming the field id', async () => {
    const { service } = setup();
    const created = await service.createPatient();
    const auth = await service.authenticate(`Bearer ${created.token}`);
    const error = await rejection(service.endDevice(auth, 'not-an-id'));
    expect([error.status, error.code]).toEqual([400, 'invalid_request']);
    expect(error.issues?.[0]).toMatchObject({ field: 'id', code: 'invalid_format' });
  });

  it('restores and ends every other device at once when asked, keeping the new one', async () => {
    const { service } = setup();
    const created = await service.createPatient();
    const second = await service.restore(created.recoveryCode);
    const third = await service.restore(created.recoveryCode, { endOtherDevices: true });
    expect(third.endedDevices).toBe(2);
    for (const token of [created.token, second.token]) {
      const error = await rejection(service.authenticate(`Bearer ${token}`));
      expect(error.code).toBe('token_revoked');
    }
    expect((await service.authenticate(`Bearer ${third.token}`)).patientId).toBe(created.patientId);
    expect(second.endedDevices).toBe(0);
  });

  it('renews the recovery code: the new one restores, the old one is unknown at once, devices stay signed in', async () => {
    const { service, clock } = setup();
    const created = await service.createPatient();
    clock.advance(1000);
    const renewed = await service.renewRecoveryCode(await service.authenticate(`Bearer ${created.token}`));
    expect(renewed.recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(renewed.recoveryCode).not.toBe(created.recoveryCode);
    expect(renewed.renewedAt).toBe(new Date(clock.now()).toISOString());
    const old = await rejection(service.restore(created.recoveryCode));
    expect([old.status, old.code]).toEqual([401, 'recovery_code_unknown']);
    expect((await service.restore(renewed.recoveryCode)).patientId).toBe(created.patientId);
    const auth = await service.authenticate(`Bearer ${created.token}`);
    expect((await service.listDevices(auth)).recoveryCodeRenewedAt).toBe(renewed.renewedAt);
  });

  it('expires a token unused for 180 days with 401 token_expired; a token in use never expires', async () => {
    const { service, clock } = setup();
    const idle = await service.createPatient();
    const busy = await service.restore(idle.recoveryCode);
    // The busy device syncs every 30 days for a year; the idle one never does.
    for (let day = 0; day < 360; day += 30) {
      clock.advance(30 * 24 * 60 * 60 * 1000);
      await service.authenticate(`Bearer ${busy.token}`);
    }
    const error = await rejection(service.authenticate(`Bearer ${idle.token}`));
    expect([error.status, error.code]).toEqual([401, 'token_expired']);
    const auth = await service.authenticate(`Bearer ${busy.token}`);
    // An expired device is no longer listed: it cannot back up any more.
    expect((await service.listDevices(auth)).devices.map((device) => device.current)).toEqual([true]);
  });

  it('keeps a token working up to exactly 180 days without use, and expires it just after', async () => {
    const { service, clock } = setup();
    const created = await service.createPatient();
    clock.advance(TOKEN_IDLE_EXPIRY_MS);
    await service.authenticate(`Bearer ${created.token}`);
    clock.advance(TOKEN_IDLE_EXPIRY_MS + 1);
    const error = await rejection(service.authenticate(`Bearer ${created.token}`));
    expect(error.code).toBe('token_expired');
    // Restoring with the recovery code gives this person a working device again.
    const restored = await service.restore(created.recoveryCode);
    expect((await service.authenticate(`Bearer ${restored.token}`)).patientId).toBe(created.patientId);
  });

  it('says token_revoked, not token_expired, for a device that was signed out and then left unused', async () => {
    const { service, clock } = setup();
    const created = await service.createPatient();
    await service.revokeDevice(await service.authenticate(`Bearer ${created.token}`));
    clock.advance(TOKEN_IDLE_EXPIRY_MS * 2);
    expect((await rejection(service.authenticate(`Bearer ${created.token}`))).code).toBe('token_revoked');
  });
});

describe('device tokens kept in memory (decision 0039)', () => {
  it('reads a token once a minute at most, and sees a change made behind its back after that minute', async () => {
    const { service, repository, clock, tokenCache } = setupWith(true);
    const created = await service.createPatient();
    const header = `Bearer ${created.token}`;
    let reads = 0;
    const find = repository.findDeviceToken.bind(repository);
    repository.findDeviceToken = (tokenHash) => {
      reads += 1;
      return find(tokenHash);
    };
    await service.authenticate(header);
    await service.authenticate(header);
    expect(reads).toBe(1);
    expect(tokenCache?.size).toBe(1);

    // Revoked by something this process was not told about (a restored file): trusted for the rest of the minute only.
    const stored = repository.tokens.get(hashSecret(created.token));
    if (!stored) throw new Error('no stored token');
    repository.tokens.set(stored.tokenHash, { ...stored, revokedAt: new Date(clock.now()).toISOString() });
    clock.advance(DEVICE_TOKEN_CACHE_TTL_MS - 1);
    await service.authenticate(header);
    clock.advance(1);
    expect((await rejection(service.authenticate(header))).code).toBe('token_revoked');
    expect(reads).toBe(2);
  });

  it('does not keep a row read while a revocation happened, even when the read finished first', async () => {
    const { service, repository, tokenCache } = setupWith(true);
    const created = await service.createPatient();
    const other = await service.restore(created.recoveryCode);
    const find = repository.findDeviceToken.bind(repository);
    // The read answers the row as it was, then the other device ends this one before the answer is used.
    repository.findDeviceToken = async (tokenHash) => {
      repository.findDeviceToken = find;
      const row = await find(tokenHash);
      const auth = await service.authenticate(`Bearer ${other.token}`);
      const devices = await service.listDevices(auth);
      const mine = devices.devices.find((device) => !device.current);
      if (mine) await service.endDevice(auth, mine.id);
      return row;
    };
    await service.authenticate(`Bearer ${created.token}`);
    expect((await rejection(service.authenticate(`Bearer ${created.token}`))).code).toBe('token_revoked');
    expect(tokenCache?.find(hashSecret(created.token), Date.now())).toBeUndefined();
  });

  it('keeps no revoked or unknown token, and forgets every token of an erased patient', () => {
    const cache = new DeviceTokenCache();
    const device = {
      tokenHash: 'a'.repeat(64),
      id: 'd1',
      name: null,
      patientId: 'p1',
      createdAt: '2026-11-01T00:00:00.000Z',
      lastUsedAt: null,
      revokedAt: null,
    };
    cache.remember({ ...device, revokedAt: '2026-11-02T00:00:00.000Z' }, 0, cache.generation);
    expect(cache.size).toBe(0);
    cache.remember(device, 0, cache.generation);
    cache.remember({ ...device, tokenHash: 'b'.repeat(64), id: 'd2' }, 0, cache.generation);
    cache.remember({ ...device, tokenHash: 'c'.repeat(64), id: 'd3', patientId: 'p2' }, 0, cache.generation);
    cache.forgetPatient('p1');
    expect(cache.find(device.tokenHash, 1)).toBeUndefined();
    expect(cache.find('c'.repeat(64), 1)?.patientId).toBe('p2');
  });
});
