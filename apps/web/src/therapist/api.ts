import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import type {
  InviteCreatedBody,
  PatientListBody,
  PatientListEntryBody,
  RetentionRequestBody,
  RetentionSettingsBody,
  StaffSessionBody,
  TotpEnrolmentBody,
} from '@veerkracht/contract';
import type {
  ActivityPlan,
  CheckIn,
  LongView,
  MobilityItem,
  MovementId,
  StrengthItem,
  Weekday,
} from '@veerkracht/core';
import { type ApiResult, jsonCall } from '../data/sync/api';

// Types only: the contract's zod schemas stay on the server.

export type Note = { id: string; text: string; author: string; createdAt: string };
export type PatientDetail = {
  patientId: string;
  label: string;
  linkedSince: string;
  concernsReadUpTo: string | null;
  /** The patient's flags and facts, as in the list (worked out by the server). */
  attention: PatientListEntryBody;
  /** The patient's concerns, newest first; `unread` when written after the read mark. */
  concerns: { id: string; at: string; text: string; unread: boolean }[];
  /** Each activity plan as it is now, with the sessions done. */
  plans: PlanWithSessions[];
  safetyChecks: {
    date: string;
    completedAt: string;
    trigger: string;
    scope: string;
    tier: 'emergency' | 'gp_soon' | 'review' | 'none';
    reasons: number;
  }[];
  measures: {
    startBack: { date: string; total: number; psychosocial: number; risk: 'low' | 'medium' | 'high' }[];
    psk: { date: string; score: number }[];
  };
  exposures: { movement: string; expected: number; actual: number; at: string }[];
  /** The latest fear rating (0–100) per movement, most feared first. */
  fearHierarchy: { movement: MovementId; rating: number; ratedAt: string }[];
  /** Pain, sleep, stress and active minutes over 30, 90 and 365 days. */
  trends: LongView[];
  /** Each exercise programme as prescribed now. */
  exerciseProgrammes: ProgrammeSummary[];
  /** A safety result pauses building up the plans (the therapist may resume them). */
  paused: boolean;
  /** One check-in per day, oldest first. */
  checkIns: CheckIn[];
  notes: Note[];
};
export type PlanWithSessions = ActivityPlan & {
  sessionsDone: number;
  /** The last ten sessions, newest first. */
  recentSessions: {
    endedAt: string;
    phase: 'baseline' | 'plan';
    amount: number;
    painBefore: number;
    painAfter: number;
  }[];
  /** The person's choices about proposals, newest first. */
  decisions: { at: string; decision: 'progress' | 'hold' | 'step_back' | 'complete'; accepted: boolean }[];
};

/** One exercise as prescribed now, with what the form needs from the library. */
export type PrescribedExercise =
  | (StrengthItem & { usesLoad: boolean; variants: number })
  | (MobilityItem & { unit: 'seconds' | 'reps' });
export type ProgrammeSummary = {
  programmeId: string;
  version: number;
  status: 'active' | 'stopped';
  days: Weekday[];
  windowHours: number;
  by: 'patient' | 'therapist';
  reason?: string;
  items: PrescribedExercise[];
};
export type ProgrammeSettings = {
  days: number[];
  windowHours: number;
  doses: { exerciseId: string; sets: number; targetReps?: number; load?: number; variant?: number; amount?: number }[];
  reason: string;
};

export type StaffEntry = {
  id: string;
  name: string;
  email: string;
  role: 'therapist' | 'admin';
  setUp: boolean;
  removedAt: string | null;
};
export type SignInAnswer = StaffSessionBody & { passkeys: number; enrolment?: Omit<TotpEnrolmentBody, 'csrfToken'> };

/**
 * The workspace's calls. The session is an httpOnly cookie the browser sends
 * by itself; state-changing calls add the session's CSRF token, which the
 * server gives with every sign-in step and with `session()`.
 */
export function createTherapistApi(fetchFn: typeof fetch = (input, init) => fetch(input, init), now = Date.now) {
  let csrf = '';
  const remember = <T extends { csrfToken?: string }>(result: ApiResult<T>): ApiResult<T> => {
    if (result.ok && result.value?.csrfToken) csrf = result.value.csrfToken;
    return result;
  };
  const call = <T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) =>
    jsonCall<T>(fetchFn, now, `/api/v1${path}`, {
      method,
      headers: method === 'GET' ? {} : { 'x-csrf-token': csrf },
      ...(body === undefined ? {} : { body }),
    });
  return {
    session: async () => remember(await call<StaffSessionBody & { passkeys: number }>('GET', '/staff/session')),
    passkeySignInOptions: () =>
      call<PublicKeyCredentialRequestOptionsJSON>('POST', '/staff/sign-in/passkey/options', {}),
    passkeySignIn: (response: AuthenticationResponseJSON) =>
      call<StaffSessionBody>('POST', '/staff/sign-in/passkey', { response }),
    passkeyOptions: () => call<PublicKeyCredentialCreationOptionsJSON>('POST', '/staff/passkeys/options', {}),
    addPasskey: (response: RegistrationResponseJSON) =>
      call<{ passkeys: number }>('POST', '/staff/passkeys', { response }),
    signIn: async (email: string, password: string) =>
      remember(await call<SignInAnswer>('POST', '/staff/sign-in', { email, password })),
    secondFactor: async (answer: { code: string } | { recoveryCode: string }) =>
      remember(await call<StaffSessionBody>('POST', '/staff/sign-in/second-factor', answer)),
    setUp: async (email: string, setupCode: string, password: string) =>
      remember(await call<TotpEnrolmentBody>('POST', '/staff/setup', { email, setupCode, password })),
    confirmTotp: (code: string) => call<{ recoveryCodes: string[] }>('POST', '/staff/setup/confirm', { code }),
    signOut: () => call<null>('POST', '/staff/sign-out', {}),
    staff: () => call<{ staff: StaffEntry[] }>('GET', '/practice/staff'),
    addStaff: (email: string, name: string) =>
      call<{ id: string; setupCode: string; setupExpiresAt: string }>('POST', '/practice/staff', { email, name }),
    removeStaff: (id: string) => call<null>('DELETE', `/practice/staff/${encodeURIComponent(id)}`),
    retention: () => call<RetentionSettingsBody>('GET', '/practice/retention'),
    setRetention: (days: number) =>
      call<RetentionSettingsBody>('PUT', '/practice/retention', { days } satisfies RetentionRequestBody),
    patients: () => call<PatientListBody>('GET', '/therapist/patients'),
    patient: (id: string) => call<PatientDetail>('GET', `/therapist/patients/${encodeURIComponent(id)}`),
    invite: (label: string) => call<InviteCreatedBody>('POST', '/therapist/invites', { label }),
    concernsRead: (id: string, upTo: string) =>
      call<null>('PUT', `/therapist/patients/${encodeURIComponent(id)}/concerns-read`, { upTo }),
    changePlan: (
      id: string,
      planId: string,
      settings: {
        mode: 'symptom' | 'time';
        windowHours: number;
        goal: number;
        sessions: number;
        baselineSessions?: number;
        baseline?: number[];
        reason: string;
      },
    ) =>
      call<ActivityPlan>(
        'PUT',
        `/therapist/patients/${encodeURIComponent(id)}/plans/${encodeURIComponent(planId)}`,
        settings,
      ),
    changeProgramme: (id: string, programmeId: string, settings: ProgrammeSettings) =>
      call<unknown>(
        'PUT',
        `/therapist/patients/${encodeURIComponent(id)}/programmes/${encodeURIComponent(programmeId)}`,
        settings,
      ),
    resume: (id: string, note: string) =>
      call<null>('POST', `/therapist/patients/${encodeURIComponent(id)}/resume`, { note }),
    addNote: (id: string, text: string) =>
      call<Note>('POST', `/therapist/patients/${encodeURIComponent(id)}/notes`, { text }),
    deleteNote: (id: string, noteId: string) =>
      call<null>('DELETE', `/therapist/patients/${encodeURIComponent(id)}/notes/${encodeURIComponent(noteId)}`),
  };
}

export type TherapistApi = ReturnType<typeof createTherapistApi>;

/** One API for the whole area: the CSRF token it learned stays with it while the page lives. */
export const therapistApi = createTherapistApi();
