import type { Bundle, Observation, Reference, Resource } from '@medplum/fhirtypes';
import { programmeFromStarter, type StartBackAnswers, scoreStartBack } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { fhirErrors, fhirIssues } from '../testing/fhirValidator.js';
import {
  type FhirExportInput,
  nameUuid,
  PAIN_LOINC,
  painObservation,
  patientBundle,
  SLEEP_LOINC,
  START_BACK_QUESTIONNAIRE,
} from './patientBundle.js';

const answers: StartBackAnswers = {
  q1: true,
  q2: false,
  q3: true,
  q4: false,
  q5: true,
  q6: true,
  q7: false,
  q8: true,
  q9: 'very_much',
};

/** A patient with a bit of everything the bundle maps. */
const SAMPLE_INPUT: FhirExportInput = {
  patientId: '01935a2e-0000-7000-8000-000000000001',
  label: 'Mw. J. de Vries',
  practice: { id: '01935a2e-0000-7000-8000-0000000000aa', name: 'Fysio Noord' },
  madeAt: '2026-11-25T11:00:00.000Z',
  checkIns: [
    { date: '2026-11-23', pain: 6, sleepHours: 6.5, stress: 7 },
    { date: '2026-11-24', pain: 5 },
    { date: '2026-11-25', pain: 4, sleepHours: 7.25 },
  ],
  nights: [
    { day: '2026-11-23', hoursSlept: 6.5 },
    { day: '2026-11-25', hoursSlept: 7.25 },
  ],
  startBack: [{ date: '2026-10-01', answers, score: scoreStartBack(answers) }],
  psk: [
    {
      date: '2026-10-01',
      activities: [
        { activity: 'Stofzuigen', score: 3 },
        { activity: 'Fietsen naar “het werk”', score: 6 },
      ],
      score: 4.5,
    },
  ],
  plans: [
    {
      planId: '01935a2e-0000-7000-8000-0000000000b1',
      version: 3,
      effectiveFrom: '2026-10-05T09:00:00.000Z',
      activity: 'walking',
      unit: 'minutes',
      baselineSessions: 3,
      baseline: [10, 12, 14],
      goal: 20,
      sessions: 5,
      mode: 'symptom',
      windowHours: 48,
      levels: [8, 11, 14, 17, 20],
      status: 'active',
      changedBy: { name: 'Els de Boer', reason: 'Het gaat goed.' },
      sessionsDone: 4,
    },
  ],
  exerciseProgrammes: [
    {
      ...programmeFromStarter(
        {
          days: [1, 4],
          items: [
            { exerciseId: 'glute_bridge', feared: false },
            { exerciseId: 'cat_cow', feared: false },
          ],
        },
        { programmeId: '01935a2e-0000-7000-8000-0000000000c1', at: '2026-10-06T09:00:00.000Z', by: 'patient' },
      ),
      sessionsDone: 7,
    },
  ],
};

/** Every `reference` anywhere in a resource. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'reference' && typeof inner === 'string' ? [inner] : referencesIn(inner),
  );
}

const resources = (bundle: Bundle): Resource[] => (bundle.entry ?? []).map((e) => e.resource as Resource);

describe('the FHIR bundle of a linked patient', () => {
  const bundle = patientBundle(SAMPLE_INPUT);

  it('passes the independent FHIR R4 validator with zero errors, the bundle and every resource in it', () => {
    expect(fhirErrors(bundle)).toEqual([]);
    for (const resource of resources(bundle)) expect(fhirErrors(resource), resource.resourceType).toEqual([]);
  });

  it('leaves only warnings the validator gives every urn:uuid reference (it reads a target type from the prefix only)', () => {
    const warnings = fhirIssues(bundle).filter((issue) => issue.severity !== 'error' && issue.severity !== 'fatal');
    for (const warning of warnings) expect(warning.details?.text).toMatch(/^Invalid reference: got "urn:uuid:/);
  });

  it('proves the validator can fail: an Observation without a code and with a wrong status is refused', () => {
    const broken = { ...painObservation({ date: '2026-11-25', pain: 4 }, { reference: 'urn:uuid:x' }) };
    const { code: _code, ...withoutCode } = broken;
    const errors = fhirErrors({ ...withoutCode, status: 'unknown-status' } as unknown as Observation);
    expect(errors.map((issue) => issue.expression?.[0])).toContain('Observation.code');
    expect(fhirErrors({ ...bundle, type: 'collection', timestamp: 'yesterday' } as Bundle)).not.toEqual([]);
  });

  it('holds a pseudonymous Patient, pain and sleep Observations, both questionnaires, and a Goal and CarePlan per plan and programme', () => {
    const counts: Record<string, number> = {};
    for (const resource of resources(bundle)) counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: SAMPLE_INPUT.madeAt });
    expect(counts).toEqual({ Patient: 1, Observation: 5, QuestionnaireResponse: 2, Goal: 2, CarePlan: 2 });
    const patient = resources(bundle)[0];
    expect(patient).toMatchObject({ resourceType: 'Patient', identifier: [{ value: 'Mw. J. de Vries' }] });
    expect(patient).not.toHaveProperty('name');
    expect(patient).not.toHaveProperty('birthDate');
  });

  it('codes pain as LOINC 72514-3 on the 0–10 scale and sleep as LOINC 93832-4 in hours', () => {
    const observations = resources(bundle).filter((r): r is Observation => r.resourceType === 'Observation');
    const pain = observations.filter((o) => o.code.coding?.[0]?.code === PAIN_LOINC);
    const sleep = observations.filter((o) => o.code.coding?.[0]?.code === SLEEP_LOINC);
    expect(pain.map((o) => [o.effectiveDateTime, o.valueQuantity?.value])).toEqual([
      ['2026-11-23', 6],
      ['2026-11-24', 5],
      ['2026-11-25', 4],
    ]);
    expect(pain.every((o) => o.code.coding?.[0]?.system === 'http://loinc.org')).toBe(true);
    expect(sleep.map((o) => [o.effectiveDateTime, o.valueQuantity?.value, o.valueQuantity?.code])).toEqual([
      ['2026-11-23', 6.5, 'h'],
      ['2026-11-25', 7.25, 'h'],
    ]);
  });

  it('gives every entry a urn:uuid fullUrl, and every reference resolves to an entry of the bundle', () => {
    const urls = (bundle.entry ?? []).map((e) => e.fullUrl ?? '');
    expect(
      urls.every((u) => /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)),
    ).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
    const references = referencesIn(resources(bundle));
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) expect(urls, reference).toContain(reference);
    const carePlans = resources(bundle).filter((r) => r.resourceType === 'CarePlan');
    for (const plan of carePlans) {
      const goal = (plan as { goal?: Reference[] }).goal?.[0]?.reference;
      expect(resources(bundle)[urls.indexOf(goal ?? '')]?.resourceType).toBe('Goal');
    }
  });

  it('keeps the STarT Back answers and scores, and the PSK activities in the person’s words', () => {
    const [startBack, psk] = resources(bundle).filter((r) => r.resourceType === 'QuestionnaireResponse') as {
      questionnaire?: string;
      item?: { linkId: string; answer?: object[]; item?: { answer?: object[] }[] }[];
    }[];
    expect(startBack?.questionnaire).toBe(START_BACK_QUESTIONNAIRE);
    expect(startBack?.item?.map((i) => i.linkId)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q9',
      'score.total',
      'score.psychosocial',
      'score.risk',
    ]);
    expect(startBack?.item?.at(-1)?.answer).toEqual([
      { valueCoding: { system: 'urn:veerkracht:codes:start-back-risk', code: 'high' } },
    ]);
    expect(psk?.item?.[1]?.item?.[0]?.answer).toEqual([{ valueString: 'Fietsen naar “het werk”' }]);
    expect(psk?.item?.at(-1)?.answer).toEqual([{ valueDecimal: 4.5 }]);
  });

  it('makes the same bundle from the same records, and stable names give stable UUIDs', () => {
    expect(patientBundle(SAMPLE_INPUT)).toEqual(bundle);
    expect(nameUuid('a')).toBe(nameUuid('a'));
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
  });
});
