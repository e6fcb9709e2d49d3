import { createHash } from 'node:crypto';
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  Goal,
  Observation,
  Patient,
  Quantity,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type {
  ActivityPlan,
  ActivityUnit,
  CheckIn,
  ExerciseProgramme,
  PskRecord,
  StartBackRecord,
} from '@veerkracht/core';

/**
 * A linked patient's shared records as one FHIR R4 Bundle (type `collection`)
 * for the practice's own systems (docs/architecture.md, "Exports"; decision
 * 0033). Pure: records in, Bundle out; the same input gives the same bundle,
 * ids included, so two exports of unchanged data are equal.
 */

/** What the bundle is made from: the server's export view (`WorkspaceService.exportView`) fits it. */
export type FhirExportInput = {
  patientId: string;
  /** The practice's label for the patient (a name or a file number): the only thing that names them. */
  label: string;
  practice: { id: string; name: string };
  /** When the export was made (ISO instant). */
  madeAt: string;
  /** One check-in per day, oldest first. */
  checkIns: readonly CheckIn[];
  /** Hours slept per night (check-in or sleep diary, the later write), by the day woken up. */
  nights: readonly { day: string; hoursSlept: number }[];
  startBack: readonly StartBackRecord[];
  psk: readonly PskRecord[];
  /** Each activity plan as it is now, with the sessions done. */
  plans: readonly (ActivityPlan & { sessionsDone: number })[];
  /** Each exercise programme as it is now, with the sessions done. */
  exerciseProgrammes: readonly (Pick<
    ExerciseProgramme,
    'programmeId' | 'version' | 'status' | 'days' | 'windowHours' | 'by' | 'items'
  > & { sessionsDone: number })[];
};

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
/** LOINC 72514-3: pain severity, 0–10 numeric rating, reported (the check-in's pain, NPRS). */
export const PAIN_LOINC = '72514-3';
/** LOINC 93832-4: sleep duration (the hours slept of a night). */
export const SLEEP_LOINC = '93832-4';
/** Our own names for the two questionnaires: neither has a canonical FHIR Questionnaire we may cite. */
export const START_BACK_QUESTIONNAIRE = 'urn:veerkracht:questionnaire:start-back';
export const PSK_QUESTIONNAIRE = 'urn:veerkracht:questionnaire:psk';
const CODES = 'urn:veerkracht:codes';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

/**
 * A UUID made from a name (SHA-256, version 8, RFC 9562 §5.8): the same name
 * always gives the same UUID, so the bundle's `urn:uuid:` addresses are
 * stable without storing anything.
 *
 * @example
 * nameUuid('patient-1/pain/2026-11-25') // 'c3b1…-…-8…-…' (always the same for this name)
 */
export function nameUuid(name: string): string {
  const bytes = createHash('sha256').update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** UCUM for the units of an activity plan; counts are UCUM annotations. */
const UNIT: Record<ActivityUnit, { unit: string; code: string }> = {
  minutes: { unit: 'min', code: 'min' },
  metres: { unit: 'm', code: 'm' },
  repetitions: { unit: 'repetitions', code: '{repetitions}' },
  floors: { unit: 'floors', code: '{floors}' },
};

const quantity = (value: number, unit: ActivityUnit): Quantity => ({ value, ...UNIT[unit], system: UCUM });

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The pseudonymous Patient: the server knows no name, birth date or
 * address. The practice's label is kept as an identifier scoped to the
 * practice (it may be a file number as well as a name, so `name` would
 * claim too much).
 *
 * @example
 * fhirPatient({ label: 'Mw. J. de Vries', practice: { id: 'p1', name: 'Fysio Noord' } })
 * // { resourceType: 'Patient', identifier: [{ use: 'usual', system: 'urn:veerkracht:practice:p1:label', value: 'Mw. J. de Vries', … }] }
 */
export function fhirPatient(input: Pick<FhirExportInput, 'label' | 'practice'>): Patient {
  return {
    resourceType: 'Patient',
    identifier: [
      {
        use: 'usual',
        type: { text: 'practice label' },
        system: `urn:veerkracht:practice:${input.practice.id}:label`,
        value: input.label,
        assigner: { display: input.practice.name },
      },
    ],
  };
}

/**
 * One reported pain score (NPRS 0–10, LOINC 72514-3) of a day's check-in.
 *
 * @example
 * painObservation({ date: '2026-11-25', pain: 4 }, { reference: 'urn:uuid:…' }).valueQuantity // { value: 4, unit: '{score}', … }
 */
export function painObservation(checkIn: Pick<CheckIn, 'date' | 'pain'>, subject: Reference<Patient>): Observation {
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
    code: {
      coding: [
        { system: LOINC, code: PAIN_LOINC, display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
      ],
      text: 'Average pain over the last 24 hours (0-10)',
    },
    subject,
    effectiveDateTime: checkIn.date,
    valueQuantity: { value: checkIn.pain, unit: '{score}', system: UCUM, code: '{score}' },
  };
}

/**
 * The hours slept of one night (LOINC 93832-4), dated by the day woken up.
 *
 * @example
 * sleepObservation({ day: '2026-11-25', hoursSlept: 6.5 }, subject).valueQuantity // { value: 6.5, unit: 'h', code: 'h', … }
 */
export function sleepObservation(night: { day: string; hoursSlept: number }, subject: Reference<Patient>): Observation {
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
    code: { coding: [{ system: LOINC, code: SLEEP_LOINC, display: 'Sleep duration' }], text: 'Hours slept' },
    subject,
    effectiveDateTime: night.day,
    valueQuantity: { value: night.hoursSlept, unit: 'h', system: UCUM, code: 'h' },
  };
}

const answerItem = (
  linkId: string,
  text: string,
  answer: NonNullable<QuestionnaireResponseItem['answer']>[number],
): QuestionnaireResponseItem => ({ linkId, text, answer: [answer] });

/**
 * A STarT Back questionnaire as answered (items 1–9 in Keele's order) with
 * its scores and risk group.
 *
 * @example
 * startBackResponse({ date: '2026-11-01', answers, score: { total: 5, psychosocial: 4, risk: 'high' } }, subject)
 * // { resourceType: 'QuestionnaireResponse', questionnaire: 'urn:veerkracht:questionnaire:start-back', item: [q1…q9, score.total, score.psychosocial, score.risk] }
 */
export function startBackResponse(record: StartBackRecord, subject: Reference<Patient>): QuestionnaireResponse {
  const { answers, score } = record;
  const agreed = (['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'] as const).map((linkId, i) =>
    answerItem(linkId, `Item ${i + 1} (agree)`, { valueBoolean: answers[linkId] }),
  );
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: START_BACK_QUESTIONNAIRE,
    status: 'completed',
    subject,
    authored: record.date,
    item: [
      ...agreed,
      answerItem('q9', 'Item 9 (how bothersome)', {
        valueCoding: { system: `${CODES}:start-back-bothersome`, code: answers.q9 },
      }),
      answerItem('score.total', 'Total score (0-9)', { valueInteger: score.total }),
      answerItem('score.psychosocial', 'Psychosocial subscore (0-5)', { valueInteger: score.psychosocial }),
      answerItem('score.risk', 'Risk group', { valueCoding: { system: `${CODES}:start-back-risk`, code: score.risk } }),
    ],
  };
}

/**
 * A PSK (Patient-Specific Functional Scale) as answered: each activity in
 * the person's words with its rating (0 impossible – 10 as before), and the
 * mean.
 *
 * @example
 * pskResponse({ date: '2026-11-01', activities: [{ activity: 'Stofzuigen', score: 4 }], score: 4 }, subject).item?.at(-1)
 * // { linkId: 'score', text: 'Mean of the ratings (0-10)', answer: [{ valueDecimal: 4 }] }
 */
export function pskResponse(record: PskRecord, subject: Reference<Patient>): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: PSK_QUESTIONNAIRE,
    status: 'completed',
    subject,
    authored: record.date,
    item: [
      ...record.activities.map(
        (activity, i): QuestionnaireResponseItem => ({
          linkId: `activity.${i + 1}`,
          text: `Activity ${i + 1}`,
          item: [
            answerItem(`activity.${i + 1}.name`, 'Activity, in the person’s words', { valueString: activity.activity }),
            answerItem(`activity.${i + 1}.score`, 'Rating (0 impossible - 10 as before)', {
              valueInteger: activity.score,
            }),
          ],
        }),
      ),
      answerItem('score', 'Mean of the ratings (0-10)', { valueDecimal: Math.round(record.score * 100) / 100 }),
    ],
  };
}

const PLAN_STATUS: Record<ActivityPlan['status'], { carePlan: CarePlan['status']; goal: Goal['lifecycleStatus'] }> = {
  baseline: { carePlan: 'active', goal: 'accepted' },
  active: { carePlan: 'active', goal: 'active' },
  stopped: { carePlan: 'revoked', goal: 'cancelled' },
};

/**
 * A graded-activity plan as a Goal (the goal amount per session) and a
 * CarePlan pointing at it, with the sessions done against those planned as
 * progress.
 *
 * @example
 * activityPlanResources(plan, subject, 'urn:uuid:…goal').goal.target // [{ detailQuantity: { value: 16, unit: 'min', … } }]
 */
export function activityPlanResources(
  plan: ActivityPlan & { sessionsDone: number },
  subject: Reference<Patient>,
  goalUrl: string,
): { goal: Goal; carePlan: CarePlan } {
  const what = plan.activity === 'custom' && plan.customName ? plan.customName : plan.activity;
  const status = PLAN_STATUS[plan.status];
  const goal: Goal = {
    resourceType: 'Goal',
    lifecycleStatus: status.goal,
    description: { text: `${what}: ${plan.goal} ${plan.unit} per session` },
    subject,
    startDate: plan.effectiveFrom.slice(0, 10),
    target: [
      { measure: { text: `${plan.unit} of ${what} per session` }, detailQuantity: quantity(plan.goal, plan.unit) },
    ],
  };
  const activity: CarePlanActivity = {
    progress: [
      { text: `${plan.sessionsDone} sessions done; ${plan.sessions} planned from the first quota to the goal` },
    ],
    detail: {
      status: plan.status === 'stopped' ? 'stopped' : plan.status === 'baseline' ? 'not-started' : 'in-progress',
      description:
        plan.levels.length > 0
          ? `Quotas per session: ${plan.levels.join(', ')} ${plan.unit}; ${plan.mode === 'time' ? 'time-contingent' : 'symptom-contingent'}, follow-up after ${plan.windowHours} hours`
          : `Measuring the baseline (${plan.baseline.length} of ${plan.baselineSessions} sessions)`,
      goal: [{ reference: goalUrl }],
    },
  };
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    status: status.carePlan,
    intent: 'plan',
    title: `Graded activity: ${what}`,
    subject,
    period: { start: plan.effectiveFrom },
    goal: [{ reference: goalUrl }],
    activity: [activity],
    ...(plan.changedBy
      ? {
          note: [
            { authorString: plan.changedBy.name, text: `Changed by the physiotherapist: ${plan.changedBy.reason}` },
          ],
        }
      : {}),
  };
  return { goal, carePlan };
}

/**
 * An exercise programme as a Goal (exercising on its days) and a CarePlan
 * with one activity per exercise and its dose.
 *
 * @example
 * exerciseProgrammeResources(programme, subject, 'urn:uuid:…goal').carePlan.activity?.[0]?.detail?.description
 * // 'glute_bridge: 2 sets of 8-12 repetitions'
 */
export function exerciseProgrammeResources(
  programme: FhirExportInput['exerciseProgrammes'][number],
  subject: Reference<Patient>,
  goalUrl: string,
): { goal: Goal; carePlan: CarePlan } {
  const days = programme.days.map((day) => WEEKDAYS[day]).join(', ');
  const active = programme.status === 'active';
  const goal: Goal = {
    resourceType: 'Goal',
    lifecycleStatus: active ? 'active' : 'cancelled',
    description: { text: `Exercise on ${programme.days.length} days a week (${days})` },
    subject,
  };
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    status: active ? 'active' : 'revoked',
    intent: 'plan',
    title: 'Exercise programme',
    description: `Version ${programme.version} by the ${programme.by}; ${programme.sessionsDone} sessions done`,
    subject,
    goal: [{ reference: goalUrl }],
    activity: programme.items.map(
      (item): CarePlanActivity => ({
        detail: {
          status: active ? 'in-progress' : 'stopped',
          description:
            item.kind === 'strength'
              ? `${item.exerciseId}: ${item.sets} sets of ${item.repMin}-${item.repMax} repetitions${item.load > 0 ? `, ${item.load} kg` : ''}`
              : `${item.exerciseId}: ${item.sets} sets of ${item.amount}`,
          goal: [{ reference: goalUrl }],
        },
      }),
    ),
  };
  return { goal, carePlan };
}

/**
 * The whole export: the Patient first, then pain and sleep Observations,
 * the questionnaires, and a Goal and CarePlan per plan and programme; every
 * entry has a `urn:uuid:` fullUrl and every reference points at an entry.
 *
 * @example
 * const bundle = patientBundle(view);
 * bundle.entry?.[0]?.resource?.resourceType // 'Patient'
 * bundle.type // 'collection'
 */
export function patientBundle(input: FhirExportInput): Bundle {
  const url = (name: string) => `urn:uuid:${nameUuid(`${input.patientId}/${name}`)}`;
  const patientUrl = url('patient');
  const subject: Reference<Patient> = { reference: patientUrl };
  const entry: BundleEntry[] = [];
  const add = (fullUrl: string, resource: Resource) => entry.push({ fullUrl, resource });

  add(patientUrl, fhirPatient(input));
  for (const checkIn of input.checkIns) add(url(`pain/${checkIn.date}`), painObservation(checkIn, subject));
  for (const night of input.nights) add(url(`sleep/${night.day}`), sleepObservation(night, subject));
  for (const [i, record] of input.startBack.entries()) {
    add(url(`start-back/${record.date}/${i}`), startBackResponse(record, subject));
  }
  for (const [i, record] of input.psk.entries()) add(url(`psk/${record.date}/${i}`), pskResponse(record, subject));
  for (const plan of input.plans) {
    const goalUrl = url(`plan/${plan.planId}/goal`);
    const { goal, carePlan } = activityPlanResources(plan, subject, goalUrl);
    add(goalUrl, goal);
    add(url(`plan/${plan.planId}`), carePlan);
  }
  for (const programme of input.exerciseProgrammes) {
    const goalUrl = url(`programme/${programme.programmeId}/goal`);
    const { goal, carePlan } = exerciseProgrammeResources(programme, subject, goalUrl);
    add(goalUrl, goal);
    add(url(`programme/${programme.programmeId}`), carePlan);
  }
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: url(`bundle/${input.madeAt}`) },
    type: 'collection',
    timestamp: input.madeAt,
    entry,
  };
}
