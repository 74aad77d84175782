import {
  attachmentDownloadResponse, enpApplicationBody, enpApplicationCountResponse, enpApplicationFileParams, enpApplicationListResponse,
  enpApplicationParams, enpApplicationSchema, enpApplicationSigningResponse, enpApproveBody, enpOfficeApplicationsQuery, enpRefusalReasonsResponse,
  enpRefuseBody, errorResponses,
} from '@oryndau/contracts';
import { countSubmittedEnpApplications, findEnpApplication, listEnpApplicationsOfApplicant, listEnpApplicationsOfCourt } from '@oryndau/db';
import { DomainError, ErrorCode, can, enp } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import type { FastifyReply } from 'fastify';
import type { AppDeps, ZodApp } from '../app';
import type { Download } from '../courts/download-file';
import { readMultipart } from '../courts/multipart';
import { actorOf, requireSubject } from '../http/session';
import { attachApplicationFile, downloadApplicationFile } from './application-files';
import { applicationView } from './application-view';
import { createEnpApplication, requireOwnApplication } from './create-application';
import { approveEnpApplication, refuseEnpApplication } from './decide-application';
import { startApplicationSigning } from './start-application-signing';

/** An application's documents are a power of attorney and scans: 10 MB each at most (or the server's attachment limit, if lower). */
const APPLICATION_FILE_MAX_BYTES = 10 * 1024 * 1024;

function sendFile(reply: FastifyReply, file: Download) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply.type(file.mediaType).header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

/** The staff member's court (their organisation), or 403: the queue is per court. */
function courtOf(subject: Subject): string {
  const courtId = subject.organisationKind === 'court' ? subject.organisationId : null;
  if (!courtId || !can(subject, 'enp.application.list', { courtId })) throw new DomainError(ErrorCode.forbidden);
  return courtId;
}

/**
 * Issue 16 item 5 (ENP-7, ENP-9): the online application for a ЭНП password
 * — the applicant's side under the cabinet session (signed in with ЭЦП;
 * the application itself is signed through the common signing route), and
 * the court staff's queue with approve / refuse.
 */
export function registerEnpApplicationRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock, config } = deps;
  const signing = { db, clock, verify: deps.verify, hooks: deps.signingHooks };
  const fileDeps = { db, clock, files: deps.files, maxBytes: Math.min(APPLICATION_FILE_MAX_BYTES, config.files.attachmentMaxBytes) };
  const decideDeps = { db, clock, passwordLog2N: config.passwordLog2N, lookupSecret: config.enp.lookupSecret, portalUrl: config.enp.portalUrl };

  app.get('/api/enp/refusal-reasons', {
    schema: { tags: ['enp'], summary: 'ENP-9: the reference reasons for refusing a password (kk/ru)', response: { 200: enpRefusalReasonsResponse, ...errorResponses } },
  }, async () => ({ items: enp.ENP_REFUSAL_REASONS.map((code) => ({ code, name: enp.ENP_REFUSAL_REASON_TEXTS[code] })) }));

  app.post('/api/enp/applications', {
    schema: { tags: ['enp'], summary: 'ENP-7: start an application for a ЭНП password (draft): case number + court, category, e-mail; the applicant is the signed-in person',
      body: enpApplicationBody, response: { 201: enpApplicationSchema, ...errorResponses } },
  }, async (request, reply) => {
    const subject = requireSubject(request);
    const created = await createEnpApplication({ db, clock }, subject, request.user?.fullName ?? '', actorOf(request), request.body);
    return reply.code(201).send(await applicationView(db, created, false));
  });

  app.get('/api/enp/applications', {
    schema: { tags: ['enp'], summary: 'ENP-7: my applications, newest first, with their status and a refusal\'s reason',
      response: { 200: enpApplicationListResponse, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'enp.application.apply', null)) throw new DomainError(ErrorCode.forbidden);
    const items = await listEnpApplicationsOfApplicant(db, subject.id);
    return { items: await Promise.all(items.map((a) => applicationView(db, a, false))) };
  });

  app.get('/api/enp/applications/:id', {
    schema: { tags: ['enp'], summary: 'ENP-7: one of my applications', params: enpApplicationParams, response: { 200: enpApplicationSchema, ...errorResponses } },
  }, async (request) => applicationView(db, await requireOwnApplication(db, requireSubject(request), request.params.id), false));

  app.post('/api/enp/applications/:id/files', {
    schema: { tags: ['enp'], consumes: ['multipart/form-data'],
      summary: 'ENP-7: attach a document (a power of attorney …) to a draft: PDF or JPEG, recognised by content, size-limited (413)',
      params: enpApplicationParams, response: { 201: enpApplicationSchema, ...errorResponses } },
  }, async (request, reply) => {
    const subject = requireSubject(request);
    const upload = await readMultipart(request, fileDeps.maxBytes);
    await attachApplicationFile(fileDeps, subject, actorOf(request), request.params.id, upload);
    return reply.code(201).send(await applicationView(db, await requireOwnApplication(db, subject, request.params.id), false));
  });

  app.get('/api/enp/applications/:id/files/:position', {
    schema: { tags: ['enp'], summary: 'ENP-7, ENP-9: an attached document — its applicant and the staff of the application\'s court (journalled)',
      params: enpApplicationFileParams, response: { 200: attachmentDownloadResponse, ...errorResponses } },
  }, async (request, reply) => sendFile(reply, await downloadApplicationFile(deps, requireSubject(request), actorOf(request),
    request.params.id, request.params.position)));

  app.post('/api/enp/applications/:id/signing', {
    schema: { tags: ['enp'], summary: 'ENP-7: build the application\'s manifest (with the attachments\' SHA-256) and start signing it with the applicant\'s ЭЦП',
      params: enpApplicationParams, response: { 200: enpApplicationSigningResponse, ...errorResponses } },
  }, async (request) => {
    const { challenge, document } = await startApplicationSigning(signing, requireSubject(request), actorOf(request), request.params.id);
    return { challengeId: challenge.id, documentId: document.id, contentHash: document.contentHash, startedAt: challenge.startedAt.toISOString(),
      expiresAt: challenge.expiresAt.toISOString() };
  });

  app.get('/api/enp/office/applications/count', {
    schema: { tags: ['enp'], summary: 'ENP-9: the home counter — online applications of my court waiting for a decision',
      response: { 200: enpApplicationCountResponse, ...errorResponses } },
  }, async (request) => ({ submitted: await countSubmittedEnpApplications(db, courtOf(requireSubject(request))) }));

  app.get('/api/enp/office/applications', {
    schema: { tags: ['enp'], summary: 'ENP-9: my court\'s queue — waiting ones oldest first, or (decided=true) decided ones newest first',
      querystring: enpOfficeApplicationsQuery, response: { 200: enpApplicationListResponse, ...errorResponses } },
  }, async (request) => {
    const items = await listEnpApplicationsOfCourt(db, courtOf(requireSubject(request)), request.query.decided === 'true');
    return { items: await Promise.all(items.map((a) => applicationView(db, a, true))) };
  });

  app.get('/api/enp/office/applications/:id', {
    schema: { tags: ['enp'], summary: 'ENP-9: one application of my court with its attachments and whether its number names a case',
      params: enpApplicationParams, response: { 200: enpApplicationSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    const application = await findEnpApplication(db, request.params.id);
    if (!application || application.status === 'draft' || !can(subject, 'enp.application.list', { courtId: application.courtId })) {
      throw new DomainError(ErrorCode.notFound);
    }
    return applicationView(db, application, true);
  });

  app.post('/api/enp/office/applications/:id/approve', {
    schema: { tags: ['enp'], summary: 'ENP-9: approve — an online ЭНП access, the password e-mailed to the applicant (never shown here); 409 when decided meanwhile',
      params: enpApplicationParams, body: enpApproveBody, response: { 200: enpApplicationSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    await approveEnpApplication(decideDeps, subject, actorOf(request), request.params.id, request.body.version);
    return applicationView(db, (await findEnpApplication(db, request.params.id))!, true);
  });

  app.post('/api/enp/office/applications/:id/refuse', {
    schema: { tags: ['enp'], summary: 'ENP-9: refuse with a reference reason and the court\'s words (required for «other»), e-mailed in kk and ru; 409 when decided meanwhile',
      params: enpApplicationParams, body: enpRefuseBody, response: { 200: enpApplicationSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    await refuseEnpApplication({ db, clock }, subject, actorOf(request), request.params.id, request.body);
    return applicationView(db, (await findEnpApplication(db, request.params.id))!, true);
  });
}
