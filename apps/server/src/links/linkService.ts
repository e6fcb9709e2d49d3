import { SHARED_WITH_THERAPIST } from '@veerkracht/contract';
import { uuidv7 } from '@veerkracht/core';
import { renderSVG } from 'uqr';
import type { AccessLog, Actor } from '../accessLog/accessLog.js';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import { hashSecret, type RandomBytes, secureRandom } from '../patients/secrets.js';
import type { RateLimit, RateLimiter } from '../rateLimits/rateLimiter.js';
import { normaliseCode, typeableCode } from '../staff/credentials.js';
import type { StaffContext } from '../staff/staffService.js';
import type { InviteRow, LinkRepository, LinkRow } from './linkRepository.js';

/** An invite can be used for this long: enough to link at home after the visit. */
export const INVITE_VALID_MS = 7 * 24 * 60 * 60 * 1000;

export type LinkLimits = { inviteFailuresPerPatient: RateLimit };
export const DEFAULT_LINK_LIMITS: LinkLimits = { inviteFailuresPerPatient: { max: 10, timeWindowMs: 60 * 60 * 1000 } };

/** The therapist as the actor of the link and unlink entries of the access log. */
export function therapistActor(row: {
  therapist_id: string;
  therapist_name: string;
  practice_id: string;
  practice_name: string;
}): Actor {
  return {
    kind: 'therapist',
    id: row.therapist_id,
    name: row.therapist_name,
    practiceId: row.practice_id,
    onBehalfOf: row.practice_name,
    sessionId: null,
  };
}

/** The actor of a staff member's request, for the access log. */
export function staffActor(context: StaffContext): Actor {
  return {
    kind: context.staff.role === 'admin' ? 'admin' : 'therapist',
    id: context.staff.id,
    name: context.staff.name,
    practiceId: context.staff.practice.id,
    onBehalfOf: context.staff.practice.name,
    sessionId: context.sessionId,
  };
}

function linkView(row: LinkRow) {
  return {
    id: row.id,
    practice: row.practice_name,
    therapist: row.therapist_name,
    linkedAt: row.linked_at,
    unlinkedAt: row.unlinked_at,
  };
}

/**
 * Invites (made by a therapist, typed by a patient) and links. Linking uses
 * the invite once, in the same transaction as the link and its access-log
 * entry; unlinking ends the therapist's access at the next request, because
 * every therapist read checks for an active link.
 */
export function createLinkService(deps: {
  repo: LinkRepository;
  accessLog: AccessLog;
  clock: Clock;
  limiter: RateLimiter;
  limits?: Partial<LinkLimits>;
  random?: RandomBytes;
  /** Called after a link is made: the patient's attention source is made for the list. */
  onLinked?: (patientId: string) => Promise<void>;
}) {
  const { repo, accessLog, clock, limiter } = deps;
  const random = deps.random ?? secureRandom;
  const limits: LinkLimits = { ...DEFAULT_LINK_LIMITS, ...deps.limits };
  const iso = (ms: number) => new Date(ms).toISOString();

  /** The invite of a typed code, or 404 (unknown, used, ended or expired: one answer, so nothing is learned). */
  async function usableInvite(patientId: string, code: string): Promise<InviteRow> {
    const failures = `invite-fail:${patientId}`;
    await limiter.ensureBelow(failures, limits.inviteFailuresPerPatient, (max) => `${max} wrong invite codes`);
    const invite = await repo.inviteByCodeHash(hashSecret(normaliseCode(code)));
    if (
      !invite ||
      invite.used_at !== null ||
      invite.revoked_at !== null ||
      Date.parse(invite.expires_at) <= clock.now()
    ) {
      await limiter.record(failures, limits.inviteFailuresPerPatient);
      throw new AppError(404, 'invite_invalid', 'this invite code is not right, was already used, or has expired');
    }
    return invite;
  }

  return {
    /** A new invite for a patient the practice knows as `label`; the code is shown once. */
    async createInvite(context: StaffContext, label: string, linkBase: string) {
      const code = typeableCode(random, 2);
      const id = uuidv7(clock.now(), random(10));
      const expiresAt = iso(clock.now() + INVITE_VALID_MS);
      await repo.createInvite({
        id,
        codeHash: hashSecret(normaliseCode(code)),
        practiceId: context.staff.practice.id,
        therapistId: context.staff.id,
        label,
        createdAt: iso(clock.now()),
        expiresAt,
      });
      // The code travels in the fragment, which browsers never send to a server (or its logs).
      return { id, code, expiresAt, qrSvg: renderSVG(`${linkBase}/link#${code}`, { border: 2 }) };
    },

    /** Who the patient would link to and what would be shared, before they agree. */
    async preview(patientId: string, code: string) {
      const invite = await usableInvite(patientId, code);
      return {
        practice: invite.practice_name,
        therapist: invite.therapist_name,
        expiresAt: invite.expires_at,
        shares: [...SHARED_WITH_THERAPIST],
      };
    },

    async link(patientId: string, code: string) {
      const invite = await usableInvite(patientId, code);
      const existing = (await repo.linksOfPatient(patientId)).find(
        (l) => l.unlinked_at === null && l.therapist_id === invite.therapist_id,
      );
      if (existing) throw new AppError(409, 'already_linked', 'you are already linked to this physiotherapist');
      const now = iso(clock.now());
      const id = uuidv7(clock.now(), random(10));
      const used = await repo.db.transaction().execute(async (trx) => {
        const taken = await trx
          .updateTable('invites')
          .set({ used_at: now })
          .where('id', '=', invite.id)
          .where('used_at', 'is', null)
          .executeTakeFirst();
        if (Number(taken.numUpdatedRows) !== 1) return false;
        await trx
          .insertInto('links')
          .values({
            id,
            patient_id: patientId,
            practice_id: invite.practice_id,
            therapist_id: invite.therapist_id,
            invite_id: invite.id,
            label: invite.label,
            linked_at: now,
          })
          .execute();
        await trx
          .insertInto('patient_attention')
          .values({ patient_id: patientId, source: null, stale: 1, updated_at: now })
          .onConflict((oc) =>
            oc
              .column('patient_id')
              .doUpdateSet((eb) => ({ stale: eb('patient_attention.stale', '+', 1), updated_at: now })),
          )
          .execute();
        await accessLog.append(therapistActor(invite), [{ patientId, action: 'link', what: 'link' }], trx);
        return true;
      });
      // Two devices with one code at once: the second finds it used.
      if (!used)
        throw new AppError(404, 'invite_invalid', 'this invite code is not right, was already used, or has expired');
      await deps.onLinked?.(patientId).catch(() => undefined);
      const link = (await repo.linksOfPatient(patientId)).find((l) => l.id === id);
      if (!link) throw new Error('the new link was not found');
      return linkView(link);
    },

    async links(patientId: string) {
      return { links: (await repo.linksOfPatient(patientId)).map(linkView) };
    },

    /** Ends a link at once; unlinking twice is fine. Another patient's link is "not found". */
    async unlink(patientId: string, linkId: string): Promise<void> {
      const link = (await repo.linksOfPatient(patientId)).find((l) => l.id === linkId);
      if (!link) throw new AppError(404, 'link_not_found', 'there is no such link');
      if (link.unlinked_at !== null) return;
      const now = iso(clock.now());
      await repo.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('links')
          .set({ unlinked_at: now })
          .where('id', '=', linkId)
          .where('unlinked_at', 'is', null)
          .execute();
        await accessLog.append(therapistActor(link), [{ patientId, action: 'unlink', what: 'link' }], trx);
      });
    },
  };
}

export type LinkService = ReturnType<typeof createLinkService>;
