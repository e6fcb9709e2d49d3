import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';
import { RECORD_EXAMPLES } from '@veerkracht/contract';
import { RECORD, type RecordType } from '@veerkracht/core';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAccessLog } from '../accessLog/accessLog.js';
import { PAIN_LOINC, SLEEP_LOINC } from '../fhir/patientBundle.js';
import { describeEachDatabase } from '../testing/databases.js';
import { fhirErrors } from '../testing/fhirValidator.js';
import { createPatient, hlc, recordId, syncAs, TestClock, type TestPatient, testApp } from '../testing/fixtures.js';
import { pdfText } from '../testing/pdfText.js';
import { practiceWithStaff, type TestStaff } from '../testing/staffFixtures.js';

const DAY = 24 * 60 * 60 * 1000;
let serial = 9000;

function change(type: RecordType, data: unknown) {
  serial += 1;
  return { id: recordId(serial), type, data, hlc: hlc(serial), deleted: false };
}

describeEachDatabase('the therapist’s exports of a linked patient', ({ database }) => {
  const clock = new TestClock();
  let app: FastifyInstance;
  let therapist: TestStaff;
  let colleague: TestStaff;
  let patient: TestPatient;

  beforeAll(async () => {
    app = testApp(database(), { clock });
    const practice = await practiceWithStaff(app, database(), clock, 'Fysio Export', 2);
    [therapist, colleague] = practice.therapists as [TestStaff, TestStaff];
    patient = await createPatient(app);
    const invite = await app.inject({
      method: 'POST',
      url: '/api/v1/therapist/invites',
      headers: therapist.headers,
      payload: { label: 'Mw. Zoë “Export”' },
    });
    const linked = await app.inject({
      method: 'POST',
      url: '/api/v1/links',
      headers: patient.auth,
      payload: { code: invite.json<{ code: string }>().code, consent: true },
    });
    expect(linked.statusCode, linked.body).toBe(201);
    // Ten days of check-ins (pain 7 down to 3 in steps, sleep on even days, stress on some), a diary night, the
    // measures, a plan with a session, a programme with a session, and a safety check.
    const days = Array.from({ length: 10 }, (_, back) => {
      const date = new Date(clock.now() - back * DAY).toISOString().slice(0, 10);
      return change(RECORD.checkIn, {
        date,
        pain: 3 + Math.floor(back / 2),
        ...(back % 2 === 0 ? { sleepHours: 7 } : {}),
        ...(back % 3 === 0 ? { stress: 4 } : {}),
      });
    });
    const seeded = await syncAs(app, patient, {
      cursor: 0,
      changes: [
        ...days,
        change(RECORD.sleepNight, { ...RECORD_EXAMPLES.sleep_night, day: '2026-11-24', hoursSlept: 6.25 }),
        change(RECORD.startBack, RECORD_EXAMPLES.start_back),
        change(RECORD.psk, RECORD_EXAMPLES.psk),
        change(RECORD.activityPlan, RECORD_EXAMPLES.activity_plan),
        change(RECORD.activitySession, RECORD_EXAMPLES.activity_session),
        change(RECORD.exerciseProgramme, RECORD_EXAMPLES.exercise_programme),
        change(RECORD.exerciseSession, RECORD_EXAMPLES.exercise_session),
        change(RECORD.safetyCheck, RECORD_EXAMPLES.safety_check),
      ],
    });
    expect(seeded.statusCode, seeded.body).toBe(200);
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string, staff: TestStaff = therapist) => app.inject({ method: 'GET', url, headers: staff.headers });
  const base = () => `/api/v1/therapist/patients/${patient.patientId}`;

  it('exports the patient as a FHIR R4 bundle that the independent validator passes with zero errors', async () => {
    const response = await get(`${base()}/fhir`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="veerkracht-2026-11-25.fhir.json"');
    expect(response.headers['cache-control']).toBe('no-store');
    const bundle = response.json<Bundle>();
    expect(fhirErrors(bundle)).toEqual([]);
    const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
    for (const resource of resources) expect(fhirErrors(resource), resource.resourceType).toEqual([]);

    const counts: Record<string, number> = {};
    for (const resource of resources) counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
    // 10 pain scores; sleep on 5 check-in days plus the diary night.
    expect(counts).toEqual({ Patient: 1, Observation: 16, QuestionnaireResponse: 2, Goal: 2, CarePlan: 2 });
    expect(resources[0]).toMatchObject({
      identifier: [{ value: 'Mw. Zoë “Export”', assigner: { display: 'Fysio Export' } }],
    });
    const observations = resources.filter((r): r is Observation => r.resourceType === 'Observation');
    const painOn = (day: string) =>
      observations.find((o) => o.code.coding?.[0]?.code === PAIN_LOINC && o.effectiveDateTime === day);
    expect(painOn('2026-11-25')?.valueQuantity?.value).toBe(3);
    expect(painOn('2026-11-16')?.valueQuantity?.value).toBe(7);
    const sleep = observations.filter((o) => o.code.coding?.[0]?.code === SLEEP_LOINC);
    expect(sleep.find((o) => o.effectiveDateTime === '2026-11-24')?.valueQuantity).toMatchObject({
      value: 6.25,
      code: 'h',
    });

    const urls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
    const references = [...JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThan(20);
    for (const reference of references) expect(urls.has(reference), reference).toBe(true);
  });

  it('makes the report for the GP as a PDF, in Dutch by default and in English on request', async () => {
    const dutch = await get(`${base()}/report.pdf`);
    expect(dutch.statusCode, dutch.body).toBe(200);
    expect(dutch.headers['content-type']).toBe('application/pdf');
    expect(dutch.headers['content-disposition']).toBe('attachment; filename="veerkracht-huisarts-2026-11-25.pdf"');
    expect(dutch.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await PDFDocument.load(dutch.rawPayload)).getPageCount()).toBeGreaterThanOrEqual(1);
    const nl = pdfText(dutch.rawPayload).replace(/\s+/g, ' ');
    for (const expected of [
      'Verloop van aanhoudende rugklachten',
      'Patiënt (naam of nummer van de praktijk): Mw. Zoë “Export”',
      'Fysiotherapeut: Therapist 1 Fysio Export, Fysio Export',
      'gemiddeld 5, laagst 3, hoogst 7. Ingevuld op 10 van de 90 dagen.',
      '25 november 2026: 5,5 (‘Stofzuigen’ 4, ‘Fietsen’ 7)',
      '25 november 2026: laag risico (score 1 van 9, psychosociaal 0 van 5)',
      'Wandelen: doel 30 minuten per keer. 1 van de 13 geplande keren gedaan',
      '• Bolle en holle rug: 1 × 8 herhalingen',
      'Aantal keer geoefend: 1.',
      '25 november 2026: geen signalen die om een arts vragen',
    ]) {
      expect(nl, expected).toContain(expected);
    }

    const english = await get(`${base()}/report.pdf?lang=en`);
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-disposition']).toBe('attachment; filename="veerkracht-gp-2026-11-25.pdf"');
    const en = pdfText(english.rawPayload).replace(/\s+/g, ' ');
    expect(en).toContain('Course of persistent low back pain');
    expect(en).toContain('on average 5, lowest 3, highest 7. Entered on 10 of the 90 days.');
    expect(en).not.toContain('Verloop');
  });

  it('writes each export in the access log before answering, which the patient reads in the chain', async () => {
    await get(`${base()}/fhir`);
    await get(`${base()}/report.pdf?lang=nl`);
    const log = await app.inject({ method: 'GET', url: '/api/v1/access-log', headers: patient.auth });
    const entries = log.json<{ entries: { action: string; what: string; actor: string }[] }>().entries;
    expect(entries.slice(0, 2).map((e) => `${e.action}:${e.what}`)).toEqual(['read:gp_report', 'read:fhir_export']);
    expect(entries[0]?.actor).toBe('Therapist 1 Fysio Export');
    expect((await verifyAccessLog(database().db)).ok).toBe(true);
  });

  it('refuses an unknown language naming lang, and a therapist without the link gets 404 with nothing logged', async () => {
    const before = await database().db.selectFrom('access_log').select('seq').orderBy('seq', 'desc').executeTakeFirst();
    const bad = await get(`${base()}/report.pdf?lang=xx`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { field: string }[] }>().issues.map((i) => i.field)).toEqual(['lang']);
    const twice = await get(`${base()}/report.pdf?lang=nl&lang=en`);
    expect(twice.statusCode).toBe(400);
    for (const url of [`${base()}/fhir`, `${base()}/report.pdf?lang=en`]) {
      const refused = await get(url, colleague);
      expect(refused.statusCode, url).toBe(404);
      expect(refused.json<{ error: string }>().error).toBe('patient_not_found');
    }
    const after = await database().db.selectFrom('access_log').select('seq').orderBy('seq', 'desc').executeTakeFirst();
    expect(Number(after?.seq)).toBe(Number(before?.seq));
  });
});
