import { normalizeRecoveryCode } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { TestClock } from '../testing/fixtures.js';
import { MemoryPatientRepository } from './memoryPatientRepository.js';
import { createPatientService } from './patientService.js';
import { hashSecret } from './secrets.js';

function setup() {
  const repository = new MemoryPatientRepository();
  const clock = new TestClock();
  const service = createPatientService({ patients: repository, clock });
  return { repository, clock, service };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the patient service', () => {
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
});
