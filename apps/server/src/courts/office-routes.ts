import {
  caseCourseBody,
  courtCaseDocumentParams, courtCaseParams, courtCaseSchema, errorResponses, incomingResponse, officeAttachmentParams, officeAttachmentResponse,
  officeFilingParams, refuseFilingBody, refuseFilingResponse, registerFilingBody, registerFilingResponse, registrationCardSchema,
} from '@oryndau/contracts';
import { listFilingAttachments } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import { courtCaseDocumentFile, courtCaseView } from './court-case-view';
import { moveCase } from './course/move-case';
import { storedFileBytes } from './file-download';
import { incomingFilings } from './incoming-filings';
import { loadOfficeFiling } from './office-access';
import { refuseReceivedFiling } from './refuse-filing';
import { registerReceivedFiling } from './register-filing';
import { registrationCard } from './registration-card';

/** A file name for Content-Disposition: ASCII fallback plus the UTF-8 name (RFC 6266). */
const disposition = (name: string) => `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Issue 14 items 8 and 1 (FILE-11, FILE-12): the court office's queue, card, registration and refusal; a case for the court's staff. */
export function registerCourtOfficeRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  const base = { db, clock };

  app.get('/api/court-office/incoming', {
    schema: { tags: ['courts'], summary: 'FILE-11: the office\'s incoming queue (received filings of its own court, registration day, overdue)',
      response: { 200: incomingResponse, ...errorResponses } },
  }, async (request) => incomingFilings(base, requireSubject(request)));

  app.get('/api/court-office/filings/:id', {
    schema: { tags: ['courts'], summary: 'FILE-11, FILE-12: the registration card (warnings, judge proposal with its reason, judges, grounds)',
      params: officeFilingParams, response: { 200: registrationCardSchema, ...errorResponses } },
  }, async (request) => registrationCard(base, requireSubject(request), request.params.id));

  app.get('/api/court-office/filings/:id/attachments/:position', {
    schema: { tags: ['courts'], summary: 'FILE-11: download an attached file of a filing (the office of its court)',
      params: officeAttachmentParams, response: { 200: officeAttachmentResponse, ...errorResponses } },
  }, async (request, reply) => {
    const { filing } = await loadOfficeFiling(db, requireSubject(request), request.params.id, 'courts.incoming.read');
    const attachment = (await listFilingAttachments(db, filing.id)).find((a) => a.position === request.params.position);
    if (!attachment) throw new DomainError(ErrorCode.notFound);
    const file = await storedFileBytes(db, deps.files, attachment.fileId);
    return reply.type(file.mediaType).header('content-disposition', disposition(file.originalName)).send(Buffer.from(file.bytes));
  });

  app.post('/api/court-office/filings/:id/register', {
    schema: { tags: ['courts'], summary: 'FILE-11, FILE-12: register into a new case (numbered, distributed to a judge) or an existing one; 409 on a lost race',
      params: officeFilingParams, body: registerFilingBody, response: { 200: registerFilingResponse, ...errorResponses } },
  }, async (request) => registerReceivedFiling(base, requireSubject(request), actorOf(request), request.params.id, request.body));

  app.post('/api/court-office/filings/:id/refuse', {
    schema: { tags: ['courts'], summary: 'FILE-12: refuse to register on one of the seven grounds of §37 (any other: 422)',
      params: officeFilingParams, body: refuseFilingBody, response: { 200: refuseFilingResponse, ...errorResponses } },
  }, async (request) => refuseReceivedFiling(base, requireSubject(request), actorOf(request), request.params.id, request.body));

  app.get('/api/court-cases/:id', {
    schema: { tags: ['courts'], summary: 'Issue 14 item 1: a case of the register for the court\'s staff (judges, participants, course, documents)',
      params: courtCaseParams, response: { 200: courtCaseSchema, ...errorResponses } },
  }, async (request) => courtCaseView(db, requireSubject(request), request.params.id));

  app.post('/api/court-cases/:id/course', {
    schema: { tags: ['courts'], summary: 'Issue 15: a current judge of the case moves it (accept, hearing, suspend, resume, return, end); stale version → 409',
      params: courtCaseParams, body: caseCourseBody, response: { 200: courtCaseSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    await moveCase(base, subject, actorOf(request), request.params.id, request.body);
    return courtCaseView(db, subject, request.params.id);
  });

  app.get('/api/court-cases/:id/documents/:documentId', {
    schema: { tags: ['courts'], summary: 'Issue 14 item 1: download a document of a case (the court\'s staff)',
      params: courtCaseDocumentParams, response: { 200: officeAttachmentResponse, ...errorResponses } },
  }, async (request, reply) => {
    const { fileId } = await courtCaseDocumentFile(db, requireSubject(request), request.params.id, request.params.documentId);
    const file = await storedFileBytes(db, deps.files, fileId);
    return reply.type(file.mediaType).header('content-disposition', disposition(file.originalName)).send(Buffer.from(file.bytes));
  });
}
