import type { RecordData, RecordType } from '@veerkracht/core';

const at = '2026-11-25T13:00:00+01:00';
const planId = '019a0000-0000-7000-8000-0000000000a1';
const sessionId = '019a0000-0000-7000-8000-0000000000b1';
const checkId = '019a0000-0000-7000-8000-0000000000c1';
const programmeId = '019a0000-0000-7000-8000-0000000000e1';
const exerciseSessionId = '019a0000-0000-7000-8000-0000000000e2';

/**
 * One valid `data` per record type, dated 2026-11-25: shown in the OpenAPI
 * document, and used by tests on both sides (a test checks that each passes
 * the core validator and its documented schema).
 */
export const RECORD_EXAMPLES: { readonly [T in RecordType]: RecordData<T> } = {
  checkin: { date: '2026-11-25', pain: 3, sleepHours: 7.5, sleepQuality: 4, stress: 2, note: 'Rustige dag' },
  activity_plan: {
    planId,
    version: 2,
    effectiveFrom: at,
    activity: 'walking',
    unit: 'minutes',
    baselineSessions: 3,
    baseline: [10, 12, 14],
    goal: 30,
    sessions: 10,
    mode: 'symptom',
    windowHours: 48,
    levels: [8, 11, 13, 16, 18, 20, 23, 25, 28, 30],
    status: 'active',
  },
  activity_session: {
    planId,
    version: 2,
    occurrence: 1,
    phase: 'plan',
    level: 0,
    amount: 8,
    painBefore: 3,
    painAfter: 4,
    endedAt: at,
    note: 'Ging goed',
  },
  follow_up: { sessionId, at, answer: 'not_yet' },
  plan_decision: { planId, afterSessionId: sessionId, decision: 'hold', level: 0, accepted: true, at },
  fear_rating: { movement: 'vacuum', rating: 60, ratedAt: at },
  exposure: { movement: 'vacuum', expected: 6, actual: 2, fearedHappened: 'no', at },
  safety_check: {
    date: '2026-11-25',
    completedAt: at,
    trigger: 'periodic',
    scope: 'emergency',
    ageYears: 45,
    answers: {
      saddle_numbness: false,
      bladder_change: false,
      bowel_change: false,
      sexual_function_change: false,
      progressive_leg_weakness: false,
      sudden_severe_pain: false,
    },
    result: { tier: 'none', reasons: [], painType: 'unknown' },
  },
  safety_clearance: { at, checkId, by: 'person' },
  review_discussed: { at, checkId },
  concern: { at, text: 'Mijn been tintelt' },
  profile: { ageYears: 47, ageAsOf: '2026-11-25', onsetDate: '2026-03-01', onsetApproximate: true },
  start_back: {
    date: '2026-11-25',
    answers: { q1: true, q2: false, q3: false, q4: false, q5: false, q6: false, q7: false, q8: false, q9: 'slightly' },
    score: { total: 1, psychosocial: 0, risk: 'low' },
  },
  psk: {
    date: '2026-11-25',
    activities: [
      { activity: 'Stofzuigen', score: 4 },
      { activity: 'Fietsen', score: 7 },
    ],
    score: 5.5,
  },
  lesson_progress: { lessonId: 'three-kinds-of-back-pain', readAt: at },
  exercise_programme: {
    programmeId,
    version: 2,
    effectiveFrom: at,
    by: 'patient',
    days: [1, 4],
    windowHours: 48,
    status: 'active',
    items: [
      { exerciseId: 'cat_cow', kind: 'mobility', sets: 1, amount: 8, min: 5, max: 15, step: 2 },
      {
        exerciseId: 'glute_bridge',
        kind: 'strength',
        sets: 2,
        repMin: 8,
        repMax: 15,
        targetReps: 9,
        load: 0,
        loadStep: 1,
        variant: 0,
      },
    ],
    afterSessionId: exerciseSessionId,
  },
  exercise_session: {
    programmeId,
    version: 1,
    occurrence: 1,
    by: 'patient',
    startedAt: '2026-11-23T10:00:00+01:00',
    endedAt: '2026-11-23T10:18:00+01:00',
    painBefore: 3,
    painAfter: 3,
    outcome: 'completed',
    items: [
      { exerciseId: 'cat_cow', kind: 'mobility', target: 8, sets: [{ done: 8 }] },
      {
        exerciseId: 'glute_bridge',
        kind: 'strength',
        target: 8,
        variant: 0,
        sets: [{ done: 8 }, { done: 8, effort: 'moderate' }],
      },
    ],
  },
  exercise_decision: { programmeId, afterSessionId: exerciseSessionId, accepted: true, by: 'patient', at },
  sleep_night: { day: '2026-11-25', bedtime: '23:15', wakeTime: '07:00', hoursSlept: 7.75, quality: 4 },
  sleep_target: { minHours: 7, maxHours: 8.5 },
  relaxation_session: {
    kind: 'breathing_pacer',
    startedAt: at,
    plannedSeconds: 300,
    doneSeconds: 300,
    inhaleSeconds: 4,
    exhaleSeconds: 6,
  },
  flare_up_plan: {
    helps: 'Een warme douche en korte wandelingen',
    scaleDown: 'Twee dagen de helft van mijn wandelplan',
    contacts: 'Mijn fysiotherapeut als het na een week niet minder wordt',
    selfTalk: 'Dit gaat over. Pijn is geen schade.',
    writtenOn: '2026-11-25',
  },
  notice_shown: { notice: 'stress_high', day: '2026-11-25' },
  weekly_review: {
    lastDay: '2026-11-22',
    wentWell: 'Drie keer gewandeld, ook op een slechte dag.',
    intentions: [{ kind: 'activity' }, { kind: 'own', text: 'Om elf uur naar bed' }],
    doneAt: '2026-11-22T19:30:00+01:00',
  },
  review_settings: { reviewDay: 7, activeDaysPerWeek: 3 },
  reminder_settings: {
    checkIn: { on: true, time: '20:00' },
    exercise: { on: true, time: '10:00' },
    followUp: { on: true },
    review: { on: false, time: '19:00' },
    quietFrom: '22:00',
    quietUntil: '08:00',
  },
};
