import {
  errorResponses, licensingApplicationBody, licensingApplicationListResponse, licensingApplicationSchema, licensingAttachQuery, licensingFileParams,
  licensingListQuery, licensingParams, licensingPaymentResponse, licensingPdfQuery, licensingPdfResponse, licensingReferenceResponse,
  licensingNoContent, licensingSigningResponse, licensingVersionBody, attachmentDownloadResponse, surveyBody,
} from '@oryndau/contracts';
import { findLicensingApplication, listLicensingApplications } from '@oryndau/db';
import { DomainError, ErrorCode, can, licensing } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { readMultipart } from '../courts/multipart';
import { actorOf, requireSubject } from '../http/session';
import { startApplicationSigning } from './application-signing';
import { attachDocument, downloadDocument } from './attach-document';
import { createPortalApplication } from './create-application';
import { checkFeePayment, startFeePayment } from './pay-fee';
import { resultPdf } from './result-pdf';
import { resubmitApplication, viewApplication } from './review';
import { licensingRouteDeps, sendBytes, signingAnswer } from './route-support';
import { answerSurvey } from './survey';
import { journalList } from './journal-list';

const TAGS = ['licensing'];

/**
 * Issue 17, the applicant's side (LIC-2, LIC-4, LIC-6) under the cabinet
 * session (signed in with ЭЦП): the form, documents, fee, signature,
 * «Мои заявления», the result PDF and the survey. Reading an application
 * and its documents is also how the licensor's staff see it (LIC-7).
 */
export function registerLicensingApplicantRoutes(app: ZodApp, deps: AppDeps): void {
  const d = licensingRouteDeps(deps);

  app.get('/api/licensing/reference', {
    schema: { tags: TAGS, summary: 'LIC-1…LIC-8: services, reasons, documents (unconfirmed marked), refusal reasons, register grounds, survey — kk/ru',
      response: { 200: licensingReferenceResponse, ...errorResponses } },
  }, async () => ({
    services: licensing.LICENSING_SERVICES.map((code) => ({ code, name: licensing.LICENSING_SERVICE_TEXTS[code] })),
    reissueReasons: licensing.REISSUE_REASONS.map((r) => ({ code: r.code, name: r.text, confirmed: r.confirmed })),
    duplicateReasons: licensing.DUPLICATE_REASONS.map((r) => ({ code: r.code, name: r.text, confirmed: r.confirmed })),
    documents: licensing.REQUIRED_DOCUMENTS.map((x) => ({ code: x.code, name: x.text, services: [...x.services], required: x.required,
      confirmed: x.confirmed, source: x.source })),
    refusalReasons: licensing.LICENSING_REFUSAL_REASONS.map((r) => ({ code: r.code, name: r.text, confirmed: r.confirmed })),
    registerGrounds: Object.fromEntries(Object.entries(licensing.REGISTER_GROUNDS).map(([act, list]) => [act, list.map((g) => ({ code: g.code, name: g.text }))])),
    survey: licensing.SURVEY_QUESTIONS.map((q) => ({ code: q.code, text: q.text })),
  }));

  app.post('/api/licensing/applications', {
    schema: { tags: TAGS, summary: 'LIC-2: start an application (draft) — the service, its reason, the region; the applicant is the signed-in person',
      body: licensingApplicationBody, response: { 201: licensingApplicationSchema, ...errorResponses } },
  }, async (request, reply) => {
    const created = await createPortalApplication(d.create, requireSubject(request), request.user?.fullName ?? '', actorOf(request), request.body);
    return reply.code(201).send(await d.view(created));
  });

  app.get('/api/licensing/applications', {
    schema: { tags: TAGS, summary: 'LIC-4: «Мои заявления» — my applications with status and result; search by IIN (staff: any IIN)',
      querystring: licensingListQuery, response: { 200: licensingApplicationListResponse, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    const staff = can(subject, 'licensing.queue.read', undefined);
    if (!staff && !can(subject, 'licensing.apply', null)) throw new DomainError(ErrorCode.forbidden);
    const items = await listLicensingApplications(deps.db, staff
      ? { ...(request.query.iin ? { iin: request.query.iin } : {}), overdueOnly: request.query.overdue === 'true' }
      : { applicantUserId: subject.id, ...(request.query.iin ? { iin: request.query.iin } : {}) });
    if (staff) await journalList(d.base, actorOf(request), items.map((a) => a.applicantIin), request.query.iin ?? null);
    return { items: await Promise.all(items.map(d.view)) };
  });

  app.get('/api/licensing/applications/:id', {
    schema: { tags: TAGS, summary: 'LIC-4, LIC-7: one application (its applicant, the licensor\'s staff, administrators; journalled)',
      params: licensingParams, response: { 200: licensingApplicationSchema, ...errorResponses } },
  }, async (request) => d.view(await viewApplication(d.base, requireSubject(request), actorOf(request), request.params.id)));

  app.post('/api/licensing/applications/:id/documents', {
    schema: { tags: TAGS, consumes: ['multipart/form-data'], querystring: licensingAttachQuery,
      summary: 'LIC-2, LIC-3: attach a document of the list (code) — PDF or JPEG; staff: paper=true marks the paper original as presented',
      params: licensingParams, response: { 201: licensingApplicationSchema, ...errorResponses } },
  }, async (request, reply) => {
    const subject = requireSubject(request);
    const upload = await readMultipart(request, d.files.maxBytes);
    await attachDocument(d.files, subject, actorOf(request), request.params.id, { code: request.query.code, paper: request.query.paper === 'true', upload });
    return reply.code(201).send(await d.view((await findLicensingApplication(deps.db, request.params.id))!));
  });

  app.get('/api/licensing/applications/:id/documents/:position', {
    schema: { tags: TAGS, summary: 'LIC-7: an attached document (journalled)', params: licensingFileParams,
      response: { 200: attachmentDownloadResponse, ...errorResponses } },
  }, async (request, reply) => sendBytes(reply, await downloadDocument(d.files, requireSubject(request), actorOf(request), request.params.id,
    request.params.position)));

  app.post('/api/licensing/applications/:id/payment', {
    schema: { tags: TAGS, summary: 'LIC-2: pay the licence fee through the payment gateway (amount from the MRP of today; rate unconfirmed, data)',
      params: licensingParams, response: { 200: licensingPaymentResponse, ...errorResponses } },
  }, async (request) => startFeePayment(d.pay, requireSubject(request), actorOf(request), request.params.id));

  app.post('/api/licensing/applications/:id/payment/check', {
    schema: { tags: TAGS, summary: 'LIC-2 (condition 2): ask the gateway — paid: the application is paid; declined: refused (not paid, 422)',
      params: licensingParams, response: { 200: licensingApplicationSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    await checkFeePayment(d.pay, subject, actorOf(request), request.params.id);
    return d.view((await findLicensingApplication(deps.db, request.params.id))!);
  });

  app.post('/api/licensing/applications/:id/signing', {
    schema: { tags: TAGS, summary: 'LIC-2: build the manifest and start signing it with the applicant\'s ЭЦП (then POST /api/signing/:challengeId/signature)',
      params: licensingParams, response: { 200: licensingSigningResponse, ...errorResponses } },
  }, async (request) => signingAnswer(await startApplicationSigning(d.signing, requireSubject(request), actorOf(request), request.params.id)));

  app.post('/api/licensing/applications/:id/resubmit', {
    schema: { tags: TAGS, summary: 'LIC-1: resubmit an application returned for correction (the applicant; staff for their channel)',
      params: licensingParams, body: licensingVersionBody, response: { 200: licensingApplicationSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    await resubmitApplication(d.base, subject, actorOf(request), request.params.id, request.body.version);
    return d.view((await findLicensingApplication(deps.db, request.params.id))!);
  });

  app.get('/api/licensing/applications/:id/result.pdf', {
    schema: { tags: TAGS, summary: 'LIC-4: the result (licence or refusal) as PDF in kk or ru, with the verification QR (journalled)',
      params: licensingParams, querystring: licensingPdfQuery, response: { 200: licensingPdfResponse, ...errorResponses } },
  }, async (request, reply) => {
    const pdf = await resultPdf(d.pdf, requireSubject(request), actorOf(request), request.params.id, request.query.lang);
    return sendBytes(reply, { ...pdf, mediaType: 'application/pdf' });
  });

  app.post('/api/licensing/applications/:id/survey', {
    schema: { tags: TAGS, summary: 'LIC-6: the applicant\'s two answers (1–3) after the result, once', params: licensingParams, body: surveyBody,
      response: { 204: licensingNoContent, ...errorResponses } },
  }, async (request, reply) => {
    await answerSurvey(d.base, requireSubject(request), actorOf(request), request.params.id, request.body);
    return reply.code(204).send(null);
  });
}
