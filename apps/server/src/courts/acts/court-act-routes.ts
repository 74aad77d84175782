import {
  courtActParams, courtActPdfResponse, courtActSchema, courtActsResponse, courtCaseParams, createCourtActBody, errorResponses, idParams,
  legalForceMarkBody, legalForceMarkResponse, updateCourtActBody,
} from '@oryndau/contracts';
import type { AppDeps, ZodApp } from '../../app';
import { actorOf, requireSubject } from '../../http/session';
import { courtActsOfCase, courtActsOfFiling, courtActView } from './court-act-view';
import { createCourtAct } from './create-court-act';
import { courtActPdf } from './download-court-act';
import { prepareLegalForceMark } from './prepare-legal-force-mark';
import { updateCourtAct } from './update-court-act';

/** An act uploaded as a PDF: up to 10 MB as base64 (×4/3) and the form. */
const ACT_BODY_LIMIT = 15 * 1024 * 1024;

/** A file name for Content-Disposition: ASCII fallback plus the UTF-8 name (RFC 6266). */
const disposition = (name: string) => `attachment; filename="court-act.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Issue 15 items 1-2 (FILE-14, FILE-15, SIG-5, SIG-6): court acts of a case
 * and their legal-force mark. Signing itself goes through the common routes
 * (POST /api/documents/:id/signing, POST /api/signing/:challengeId/signature)
 * with the `court.case_act` and `court.legal_force_mark` hooks.
 */
export function registerCourtActRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  const acts = { db, clock, maxBytes: deps.config.files.attachmentMaxBytes, publicOrigin: deps.config.publicOrigin };

  app.get('/api/court-cases/:id/acts', {
    schema: { tags: ['courts'], summary: 'FILE-14, FILE-15: the acts of a case (the court\'s staff), with signatures per judge and legal force',
      params: courtCaseParams, response: { 200: courtActsResponse, ...errorResponses } },
  }, async (request) => courtActsOfCase(db, requireSubject(request), request.params.id));

  app.post('/api/court-cases/:id/acts', {
    schema: { tags: ['courts'], summary: 'FILE-14: a judge of the case draws up an act from the kk/ru template or uploads its PDF (a correction names the act)',
      params: courtCaseParams, body: createCourtActBody, response: { 201: courtActSchema, ...errorResponses } },
    bodyLimit: ACT_BODY_LIMIT,
  }, async (request, reply) => {
    const subject = requireSubject(request);
    const { id } = await createCourtAct(acts, subject, actorOf(request), request.params.id, request.body);
    return reply.code(201).send(await courtActView(db, subject, id));
  });

  app.get('/api/court-acts/:id', {
    schema: { tags: ['courts'], summary: 'FILE-14: one act (the court\'s staff; the participants once published)',
      params: courtActParams, response: { 200: courtActSchema, ...errorResponses } },
  }, async (request) => courtActView(db, requireSubject(request), request.params.id));

  app.put('/api/court-acts/:id', {
    schema: { tags: ['courts'], summary: 'FILE-14, SIG-5: a new text of a draft act; once a judge signed: 409 courts.act_signed',
      params: courtActParams, body: updateCourtActBody, response: { 200: courtActSchema, ...errorResponses } },
    bodyLimit: ACT_BODY_LIMIT,
  }, async (request) => {
    const subject = requireSubject(request);
    await updateCourtAct(acts, subject, actorOf(request), request.params.id, request.body);
    return courtActView(db, subject, request.params.id);
  });

  app.get('/api/court-acts/:id/pdf', {
    schema: { tags: ['courts'], summary: 'FILE-14, SIG-6: the act\'s PDF; once in force a copy stamped with the mark and its verification QR code',
      params: courtActParams, response: { 200: courtActPdfResponse, ...errorResponses } },
  }, async (request, reply) => {
    const file = await courtActPdf(acts, requireSubject(request), request.params.id);
    return reply.type('application/pdf').header('content-disposition', disposition(file.fileName)).send(Buffer.from(file.bytes));
  });

  app.post('/api/court-acts/:id/legal-force', {
    schema: { tags: ['courts'], summary: 'FILE-15, SIG-6: prepare the legal-force mark to sign (the judge; the chairman with the judge\'s absence reason)',
      params: courtActParams, body: legalForceMarkBody, response: { 200: legalForceMarkResponse, ...errorResponses } },
  }, async (request) => prepareLegalForceMark(acts, requireSubject(request), actorOf(request), request.params.id, request.body));

  app.get('/api/filings/:id/acts', {
    schema: { tags: ['courts'], summary: 'FILE-14 §47: the published acts of the case of my filing («Менің істерім» / «Мои дела»)',
      params: idParams, response: { 200: courtActsResponse, ...errorResponses } },
  }, async (request) => courtActsOfFiling(db, requireSubject(request), request.params.id));
}
