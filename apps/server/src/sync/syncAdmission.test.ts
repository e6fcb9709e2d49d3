import { describe, expect, it } from 'vitest';
import { RetryLaterError } from '../errors.js';
import { TestClock } from '../testing/fixtures.js';
import { SyncAdmission } from './syncAdmission.js';

const limits = { concurrentPerToken: 2, concurrentPerPatient: 3, burstPerToken: 5, refillPerSecond: 2 };
const phone = { patientId: 'p1', tokenHash: 'phone' };
const tablet = { patientId: 'p1', tokenHash: 'tablet' };
const laptop = { patientId: 'p1', tokenHash: 'laptop' };
const stranger = { patientId: 'p2', tokenHash: 'stranger' };

function refusal(admit: () => unknown): RetryLaterError {
  try {
    admit();
  } catch (error) {
    expect(error).toBeInstanceOf(RetryLaterError);
    return error as RetryLaterError;
  }
  throw new Error('expected a refusal');
}

describe('sync admission', () => {
  it('lets one token run at most its share of syncs at once, and frees the slot on release', () => {
    const admission = new SyncAdmission(limits, new TestClock());
    const first = admission.admit(phone);
    admission.admit(phone);
    const refused = refusal(() => admission.admit(phone));
    expect([refused.status, refused.code, refused.retryAfterSeconds]).toEqual([429, 'too_many_syncs', 1]);
    // Another patient is not affected.
    expect(() => admission.admit(stranger)).not.toThrow();
    first();
    first(); // a second release changes nothing
    expect(() => admission.admit(phone)).not.toThrow();
    expect(() => admission.admit(phone)).toThrow(RetryLaterError);
  });

  it('caps the syncs of one patient over all its devices', () => {
    const admission = new SyncAdmission(limits, new TestClock());
    admission.admit(phone);
    admission.admit(phone);
    admission.admit(tablet);
    expect(refusal(() => admission.admit(laptop)).message).toContain("patient's devices");
    expect(() => admission.admit(stranger)).not.toThrow();
  });

  it('allows a burst per token, then refills at the set rate, telling how long to wait', () => {
    const clock = new TestClock();
    const admission = new SyncAdmission(limits, clock);
    for (let i = 0; i < 5; i++) admission.admit(phone)();
    const refused = refusal(() => admission.admit(phone));
    expect(refused.retryAfterSeconds).toBe(1);
    expect(() => admission.admit(tablet)()).not.toThrow();
    clock.advance(500);
    expect(() => admission.admit(phone)()).not.toThrow();
    expect(() => admission.admit(phone)).toThrow(RetryLaterError);
    clock.advance(10_000);
    for (let i = 0; i < 5; i++) admission.admit(phone)();
    expect(() => admission.admit(phone)).toThrow(RetryLaterError);
  });
});
