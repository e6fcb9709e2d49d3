import {
  ConcernsReadRequest,
  GpReportQuery,
  NoteRequest,
  PlanSettingsRequest,
  ProgrammeSettingsRequest,
  ResumeRequest,
} from '@veerkracht/contract';
import type { TherapistProgrammeSettings } from '@veerkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { patientBundle } from '../fhir/patientBundle.js';
import { gpReportPdf } from '../gpReport/gpReportPdf.js';
import { requireStaff, staffOf } from '../http/staffAuth.js';
import { parseInput } from '../http/validation.js';
import type { StaffService } from '../staff/staffService.js';
import type { WorkspaceService } from './workspaceService.js';

type PatientParams = { Params: { patientId: string } };

/** The therapist's views: the patient list with flags, one patient, its exports, concerns read, plan settings, resume, notes. */
export const workspaceRoutes: FastifyPluginAsync<{ staff: StaffService; workspace: WorkspaceService }> = async (
  app,
  { staff, workspace },
) => {
  const therapist = { onRequest: requireStaff(staff, { role: 'therapist' }) };

  app.get('/api/v1/therapist/patients', therapist, async (request, reply) => {
    return reply.header('cache-control', 'no-store').send(await workspace.patientList(staffOf(request)));
  });

  app.get<PatientParams>('/api/v1/therapist/patients/:patientId', therapist, async (request, reply) => {
    return reply
      .header('cache-control', 'no-store')
      .send(await workspace.patientDetail(staffOf(request), request.params.patientId));
  });

  app.get<PatientParams>('/api/v1/therapist/patients/:patientId/fhir', therapist, async (request, reply) => {
    const view = await workspace.exportView(staffOf(request), request.params.patientId, 'fhir_export');
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'application/fhir+json; charset=utf-8')
      .header('content-disposition', `attachment; filename="veerkracht-${view.today}.fhir.json"`)
      .send(JSON.stringify(patientBundle(view)));
  });

  app.get<PatientParams>('/api/v1/therapist/patients/:patientId/report.pdf', therapist, async (request, reply) => {
    // Bad input is refused before the link is checked or anything is logged.
    const { lang } = parseInput(GpReportQuery, request.query);
    const view = await workspace.exportView(staffOf(request), request.params.patientId, 'gp_report');
    const pdf = await gpReportPdf(view, lang);
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'application/pdf')
      .header(
        'content-disposition',
        `attachment; filename="veerkracht-${lang === 'nl' ? 'huisarts' : 'gp'}-${view.today}.pdf"`,
      )
      .send(Buffer.from(pdf));
  });

  app.put<PatientParams>('/api/v1/therapist/patients/:patientId/concerns-read', therapist, async (request, reply) => {
    const { upTo } = parseInput(ConcernsReadRequest, request.body);
    await workspace.markConcernsRead(staffOf(request), request.params.patientId, upTo);
    return reply.code(204).send();
  });

  app.put<{ Params: { patientId: string; planId: string } }>(
    '/api/v1/therapist/patients/:patientId/plans/:planId',
    therapist,
    async (request, reply) => {
      const { reason, ...settings } = parseInput(PlanSettingsRequest, request.body);
      return reply.send(
        await workspace.changePlan(staffOf(request), request.params.patientId, request.params.planId, settings, reason),
      );
    },
  );

  app.put<{ Params: { patientId: string; programmeId: string } }>(
    '/api/v1/therapist/patients/:patientId/programmes/:programmeId',
    therapist,
    async (request, reply) => {
      const { reason, ...settings } = parseInput(ProgrammeSettingsRequest, request.body);
      return reply.send(
        await workspace.changeProgramme(
          staffOf(request),
          request.params.patientId,
          request.params.programmeId,
          settings as TherapistProgrammeSettings,
          reason,
        ),
      );
    },
  );

  app.post<PatientParams>('/api/v1/therapist/patients/:patientId/resume', therapist, async (request, reply) => {
    const { note } = parseInput(ResumeRequest, request.body);
    await workspace.resumePlans(staffOf(request), request.params.patientId, note);
    return reply.code(204).send();
  });

  app.post<PatientParams>('/api/v1/therapist/patients/:patientId/notes', therapist, async (request, reply) => {
    const { text } = parseInput(NoteRequest, request.body);
    return reply.code(201).send(await workspace.addNote(staffOf(request), request.params.patientId, text));
  });

  app.delete<{ Params: { patientId: string; noteId: string } }>(
    '/api/v1/therapist/patients/:patientId/notes/:noteId',
    therapist,
    async (request, reply) => {
      await workspace.deleteNote(staffOf(request), request.params.patientId, request.params.noteId);
      return reply.code(204).send();
    },
  );
};
