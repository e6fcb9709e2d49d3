import { z } from 'zod';
import { requestSchemas, responseSchemas } from './registries.js';

/**
 * The physiotherapist's workspace (issue 13): staff sign-in with a second
 * factor, invites and links, the patient list with attention flags, notes,
 * and the access log a patient reads.
 */

const Instant = z.iso.datetime({ offset: true });
const Day = z.iso.date();

/** Staff e-mail: trimmed and lower-cased; its shape is checked, not whether it exists. */
export const StaffEmail = z
  .string()
  .trim()
  .max(254)
  .toLowerCase()
  .pipe(z.email({ message: 'it is not an e-mail address' }))
  .meta({ description: 'the e-mail address of the therapist or administrator (case does not matter)' });

/** At least 12 characters: long beats complex (NIST SP 800-63B); at most 200 so hashing stays cheap. */
export const NewPassword = z
  .string()
  .min(12, { message: 'it must be at least 12 characters' })
  .max(200, { message: 'it must be at most 200 characters' })
  .meta({ description: 'a new password of 12 to 200 characters' });

const Password = z.string().min(1, { message: 'it is empty' }).max(200).meta({ description: 'the password' });

/** Six digits from the authenticator app. */
export const TotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: 'it must be the 6 digits the authenticator app shows' })
  .meta({ description: 'the 6-digit code of the authenticator app' });

const StaffName = z
  .string()
  .trim()
  .min(1, { message: 'it is empty' })
  .max(120)
  .regex(/^[^\p{Cc}]*$/u, { message: 'it contains a control character, such as a new line' });

/** `POST /api/v1/staff/setup`: the first step of a new account, with the code from the CLI or an administrator. */
export const StaffSetupRequest = z
  .strictObject({
    email: StaffEmail,
    setupCode: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .meta({ description: 'the one-time setup code (case and dashes do not matter)' }),
    password: NewPassword,
  })
  .register(requestSchemas, { id: 'StaffSetupRequest' });

/** The authenticator secret to scan (the session is at stage `password` until the code is confirmed). */
export const TotpEnrolment = z
  .object({
    secret: z.string().meta({ description: 'base32 secret, for typing into the app by hand' }),
    uri: z.string().meta({ description: 'otpauth:// URI' }),
    qrSvg: z.string().meta({ description: 'the URI as a QR code (SVG)' }),
    csrfToken: z.string(),
  })
  .register(responseSchemas, { id: 'TotpEnrolment' });

/** `POST /api/v1/staff/setup/confirm`: the first code from the app; answers the recovery codes, once. */
export const TotpConfirmRequest = z
  .strictObject({ code: TotpCode })
  .register(requestSchemas, { id: 'TotpConfirmRequest' });

export const StaffSignInRequest = z
  .strictObject({ email: StaffEmail, password: Password })
  .register(requestSchemas, { id: 'StaffSignInRequest' });

/** `POST /api/v1/staff/sign-in/second-factor`: a TOTP code, or one of the recovery codes. */
export const SecondFactorRequest = z
  .union([z.strictObject({ code: TotpCode }), z.strictObject({ recoveryCode: z.string().trim().min(1).max(40) })])
  .register(requestSchemas, { id: 'SecondFactorRequest' });

export const StaffSession = z
  .object({
    staff: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      role: z.enum(['therapist', 'admin']),
      practice: z.object({ id: z.string(), name: z.string() }),
    }),
    stage: z.enum(['password', 'full']).meta({ description: '`password`: the second factor is still to come' }),
    csrfToken: z.string().meta({ description: 'send as X-CSRF-Token on every state-changing request' }),
    expiresAt: Instant,
  })
  .register(responseSchemas, { id: 'StaffSession' });

export const AddStaffRequest = z
  .strictObject({ email: StaffEmail, name: StaffName, role: z.enum(['therapist', 'admin']).default('therapist') })
  .register(requestSchemas, { id: 'AddStaffRequest' });

export const StaffAdded = z
  .object({ id: z.string(), setupCode: z.string(), setupExpiresAt: Instant })
  .register(responseSchemas, { id: 'StaffAdded' });

export const InviteRequest = z
  .strictObject({
    label: StaffName.meta({
      description: 'how the practice knows this patient (a name or file number); only the practice sees it',
    }),
  })
  .register(requestSchemas, { id: 'InviteRequest' });

export const InviteCreated = z
  .object({
    id: z.string(),
    code: z.string().meta({ description: 'e.g. K7QM-4TXP; shown once' }),
    expiresAt: Instant,
    qrSvg: z.string(),
  })
  .register(responseSchemas, { id: 'InviteCreated' });

/** An invite code as typed by a patient: case, spaces and dashes do not matter. */
export const InviteCode = z
  .string()
  .trim()
  .min(1, { message: 'it is empty' })
  .max(40)
  .meta({ description: 'the invite code from the practice, e.g. K7QM-4TXP' });

export const LinkPreviewRequest = z
  .strictObject({ code: InviteCode })
  .register(requestSchemas, { id: 'LinkPreviewRequest' });

/** What linking shares (record groups), shown to the patient before consenting. */
export const SHARED_WITH_THERAPIST = [
  'check_ins',
  'safety',
  'measures',
  'activity_plans',
  'exposure',
  'exercise',
  'sleep',
  'relaxation',
  'reviews',
] as const;

export const LinkPreview = z
  .object({
    practice: z.string(),
    therapist: z.string(),
    expiresAt: Instant,
    shares: z.array(z.enum(SHARED_WITH_THERAPIST)),
  })
  .register(responseSchemas, { id: 'LinkPreview' });

export const LinkRequest = z
  .strictObject({
    code: InviteCode,
    consent: z.literal(true, { message: 'the patient must agree to share (consent: true)' }),
  })
  .register(requestSchemas, { id: 'LinkRequest' });

export const Link = z
  .object({
    id: z.string(),
    practice: z.string(),
    therapist: z.string(),
    linkedAt: Instant,
    unlinkedAt: Instant.nullable(),
  })
  .register(responseSchemas, { id: 'Link' });

export const NoteRequest = z
  .strictObject({
    text: z
      .string()
      .trim()
      .min(1, { message: 'it is empty' })
      .max(5000, { message: 'it must be at most 5000 characters' }),
  })
  .register(requestSchemas, { id: 'NoteRequest' });

export const ConcernsReadRequest = z
  .strictObject({ upTo: Instant.meta({ description: 'concerns written up to this moment are read' }) })
  .register(requestSchemas, { id: 'ConcernsReadRequest' });

/** One line of the patient list. */
export const PatientListEntry = z.object({
  patientId: z.string(),
  label: z.string().meta({ description: 'how the practice knows the patient: a pseudonym from the link' }),
  linkedSince: Day,
  lastCheckIn: Day.nullable(),
  flags: z.array(z.enum(['safety', 'concern', 'not_settled', 'rising_pain', 'no_check_in', 'high_stress'])),
  openSafetyTier: z.enum(['emergency', 'gp_soon', 'review']).nullable(),
  openConcerns: z.int(),
  facts: z.object({
    painThisWeek: z.number().optional(),
    painWeekBefore: z.number().optional(),
    checkInsThisWeek: z.int(),
    checkInsWeekBefore: z.int(),
    highStressDays: z.int(),
    unsettledDays: z.array(Day),
  }),
});

export const PatientList = z
  .object({ today: Day, patients: z.array(PatientListEntry) })
  .register(responseSchemas, { id: 'PatientList' });

export const AccessLogEntry = z.object({
  at: Instant,
  actor: z.string().meta({ description: 'the name of who looked or changed' }),
  actorKind: z.enum(['therapist', 'admin', 'system']),
  onBehalfOf: z.string(),
  action: z.enum(['read', 'change', 'link', 'unlink']),
  what: z.string().meta({ description: 'which view or record types, e.g. `patient_list` or `checkin,safety_check`' }),
});

export const AccessLog = z.object({ entries: z.array(AccessLogEntry) }).register(responseSchemas, { id: 'AccessLog' });

export type StaffSetupBody = z.infer<typeof StaffSetupRequest>;
export type StaffSessionBody = z.infer<typeof StaffSession>;
export type TotpEnrolmentBody = z.infer<typeof TotpEnrolment>;
export type InviteCreatedBody = z.infer<typeof InviteCreated>;
export type LinkPreviewBody = z.infer<typeof LinkPreview>;
export type LinkBody = z.infer<typeof Link>;
export type PatientListBody = z.infer<typeof PatientList>;
export type PatientListEntryBody = z.infer<typeof PatientListEntry>;
export type AccessLogBody = z.infer<typeof AccessLog>;
export type AccessLogEntryBody = z.infer<typeof AccessLogEntry>;

/** `PUT /api/v1/therapist/patients/{patientId}/plans/{planId}`: the therapist's settings and the reason the patient reads. */
export const PlanSettingsRequest = z
  .strictObject({
    mode: z
      .enum(['symptom', 'time'])
      .optional()
      .meta({ description: 'symptom: the 48-hour rule decides; time: fixed steps' }),
    windowHours: z.number().optional().meta({ description: 'hours the back has to settle after a session (24–48)' }),
    goal: z.number().optional(),
    sessions: z.number().optional(),
    baselineSessions: z
      .number()
      .optional()
      .meta({ description: 'baseline sessions to measure (1–10); matters while the baseline is being measured' }),
    baseline: z
      .array(z.number())
      .max(10, { message: 'it holds at most 10 measurements' })
      .optional()
      .meta({ description: 'baseline amounts to build the quotas from, once the plan has started' }),
    reason: z
      .string()
      .trim()
      .min(1, { message: 'it is empty: the patient reads why the plan changed' })
      .max(300, { message: 'it must be at most 300 characters' }),
  })
  .register(requestSchemas, { id: 'PlanSettingsRequest' });

/**
 * `PUT /api/v1/therapist/patients/{patientId}/programmes/{programmeId}`: the
 * therapist's exercise prescription (days, window, doses) and the reason the
 * patient reads. Ranges are checked by the core, naming `doses.N.<field>`.
 */
export const ProgrammeSettingsRequest = z
  .strictObject({
    days: z
      .array(z.number())
      .max(7, { message: 'it holds at most 7 weekdays' })
      .optional()
      .meta({ description: 'session weekdays, 1 Monday … 7 Sunday' }),
    windowHours: z.number().optional().meta({ description: 'hours the back has to settle after a session (24–48)' }),
    doses: z
      .array(
        z.strictObject({
          exerciseId: z.string().max(40),
          sets: z.number().optional(),
          targetReps: z.number().optional(),
          load: z.number().optional(),
          variant: z.number().optional(),
          amount: z.number().optional().meta({ description: 'mobility: seconds held or repetitions per set' }),
        }),
      )
      .max(30, { message: 'it holds at most 30 exercises' })
      .optional(),
    reason: z
      .string()
      .trim()
      .min(1, { message: 'it is empty: the patient reads why the exercises changed' })
      .max(500, { message: 'it must be at most 500 characters' }),
  })
  .register(requestSchemas, { id: 'ProgrammeSettingsRequest' });

/** `GET /api/v1/therapist/patients/{patientId}/report.pdf?lang=nl|en`: the report's language, Dutch when absent. */
export const GpReportQuery = z.object({ lang: z.enum(['nl', 'en']).default('nl') });

/** `POST /api/v1/therapist/patients/{patientId}/resume`: plans may step up again after a safety pause. */
export const ResumeRequest = z
  .strictObject({
    note: z
      .string()
      .trim()
      .min(1, { message: 'it is empty: write what was checked' })
      .max(1000, { message: 'it must be at most 1000 characters' }),
  })
  .register(requestSchemas, { id: 'ResumeRequest' });

/** `POST /api/v1/staff/passkeys` and `/staff/sign-in/passkey`: the browser's WebAuthn answer (its JSON form). */
export const PasskeyResponseRequest = z
  .strictObject({
    response: z
      .looseObject({
        id: z.string().min(1).max(1024),
        rawId: z.string().max(1024),
        type: z.literal('public-key'),
        response: z.looseObject({}),
      })
      .meta({ description: 'what navigator.credentials.create/get answered, as @simplewebauthn/browser gives it' }),
  })
  .register(requestSchemas, { id: 'PasskeyResponseRequest' });
