import {
  attachmentDownloadResponse, courtsReferenceResponse, dutyOnlineBody, dutyOnlineResponse, dutyPaymentParams, dutyPaymentResultSchema,
  errorResponses, filingAttachmentParams, filingCreateBody, filingDutySchema, filingParams, filingUpdateBody, filingDraftSchema,
  filingWarningsResponse,
} from '@oryndau/contracts';
import type { DutyPaymentRecord, FilingRecord } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import type { UserView } from '../identity/users';
import { checkDutyReceipt } from './check-duty-receipt';
import { confirmDutyPayment } from './confirm-duty-payment';
import { courtsReference } from './courts-reference';
import { createFilingDraft } from './create-filing-draft';
import type { Download } from './download-file';
import { downloadAttachment, downloadDutyReceipt } from './download-file';
import type { DutyDeps } from './duty-store';
import { filingWarningsOf } from './filing-warnings';
import { dutyPaymentView, filingView, loadDuty, requireFiling } from './filing-store';
import { readMultipart } from './multipart';
import { payDutyOnline } from './pay-duty-online';
import { removeAttachment } from './remove-attachment';
import { saveFilingDraft } from './update-filing-draft';
import { uploadAttachment } from './upload-attachment';

/** The signed-in user as the use-cases need them (name, legal entity represented), or a 401. */
function requireUser(request: FastifyRequest): UserView {
  requireSubject(request);
  return request.user as UserView;
}

/** The bytes with their own media type; the name in both the plain and the RFC 5987 form. */
function sendFile(reply: FastifyReply, file: Download) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply.type(file.mediaType).header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

/**
 * Issue 14 items 3, 4, 5, 9 and FILE-8's additional documents and duty: the
 * citizen's filing draft in «Сот кабинеті» (docs: packages/contracts
 * courts-filing.ts). Routes stay thin; the use-cases in this folder do the work.
 */
export function registerCourtFilingRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock, config } = deps;
  const maxBytes = config.files.attachmentMaxBytes;
  const fileDeps = { db, clock, files: deps.files, maxBytes };
  const dutyDeps: DutyDeps = {
    ...fileDeps, publicOrigin: config.publicOrigin,
    payments: () => {
      if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'payments' });
      return deps.adapters().payments;
    },
  };
  const view = async (filing: FilingRecord) => filingView(db, filing);
  const paymentResult = async (payment: DutyPaymentRecord, filingId: string, request: FastifyRequest) => {
    const filing = await requireFiling(db, requireSubject(request), filingId);
    return { payment: dutyPaymentView(payment), duty: await loadDuty(db, filing) };
  };

  app.get('/api/courts', {
    schema: { tags: ['courts'], summary: 'FILE-2: the courts and the code lists of «Сот кабинеті» (public, cacheable), kk and ru',
      response: { 200: courtsReferenceResponse, ...errorResponses } },
  }, async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=300');
    return courtsReference(db, maxBytes);
  });

  app.post('/api/filings', {
    schema: { tags: ['courts'], summary: 'FILE-2: start a filing (a draft); the applicant is the signed-in citizen or the legal entity they represent',
      body: filingCreateBody, response: { 201: filingDraftSchema, ...errorResponses } },
  }, async (request, reply) => {
    const filing = await createFilingDraft({ db, clock }, requireUser(request), actorOf(request), request.body);
    return reply.code(201).send(await view(filing));
  });

  app.get('/api/filings/:id/draft', {
    schema: { tags: ['courts'], summary: 'FILE-2, FILE-8: a filing as its form edits it, with its appendix, files, supplements and duty (applicant or its court\'s staff)',
      params: filingParams, response: { 200: filingDraftSchema, ...errorResponses } },
  }, async (request) => view(await requireFiling(db, requireSubject(request), request.params.id)));

  app.put('/api/filings/:id', {
    schema: { tags: ['courts'], summary: 'FILE-2: save the draft (the whole form with the version read; 409 when another tab saved first)',
      params: filingParams, body: filingUpdateBody, response: { 200: filingDraftSchema, ...errorResponses } },
  }, async (request) => view(await saveFilingDraft({ db, clock }, requireUser(request), actorOf(request), request.params.id, request.body)));

  app.post('/api/filings/:id/attachments', {
    schema: { tags: ['courts'], consumes: ['multipart/form-data'],
      summary: 'FILE-1, FILE-5: attach one file (multipart: `position`, then the file) — recognised by content; on a registered filing `supplement=true` + `title` adds a document (FILE-8)',
      params: filingParams, response: { 201: filingDraftSchema, ...errorResponses } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const upload = await readMultipart(request, maxBytes);
    const filing = await uploadAttachment(fileDeps, user, actorOf(request), request.params.id, upload);
    return reply.code(201).send(await view(filing));
  });

  app.delete('/api/filings/:id/attachments/:position', {
    schema: { tags: ['courts'], summary: 'FILE-5: take the file off an appendix position of a draft (or an unsent supplement)',
      params: filingAttachmentParams, response: { 200: filingDraftSchema, ...errorResponses } },
  }, async (request) => view(await removeAttachment({ db, clock }, requireUser(request), actorOf(request), request.params.id, request.params.position)));

  app.get('/api/filings/:id/attachments/:position', {
    schema: { tags: ['courts'], summary: 'FILE-1: download an attached file (its applicant or the staff of its court)',
      params: filingAttachmentParams, response: { 200: attachmentDownloadResponse, ...errorResponses } },
  }, async (request, reply) => sendFile(reply,
    await downloadAttachment({ db, clock, files: deps.files }, requireSubject(request), actorOf(request), request.params.id, request.params.position)));

  app.get('/api/filings/:id/warnings', {
    schema: { tags: ['courts'], summary: 'Issue 14 item 9, FILE-5: what would make the court refuse (missing or unreadable files, a duplicate, a court that does not hear it)',
      params: filingParams, response: { 200: filingWarningsResponse, ...errorResponses } },
  }, async (request) => filingWarningsOf(fileDeps, requireSubject(request), request.params.id));

  app.get('/api/filings/:id/duty', {
    schema: { tags: ['courts'], summary: 'FILE-4: the state duty (amount, basis kk/ru, article, confirmed), what was paid and what remains',
      params: filingParams, response: { 200: filingDutySchema, ...errorResponses } },
  }, async (request) => loadDuty(db, await requireFiling(db, requireSubject(request), request.params.id)));

  app.post('/api/filings/:id/duty/online', {
    schema: { tags: ['courts'], summary: 'FILE-4, FILE-8: pay the duty (what remains, or a part) through the payment gateway; answers where to send the payer',
      params: filingParams, body: dutyOnlineBody, response: { 200: dutyOnlineResponse, ...errorResponses } },
  }, async (request) => payDutyOnline(dutyDeps, requireUser(request), actorOf(request), request.params.id, request.body?.amountTiyn));

  app.post('/api/filings/:id/duty/online/:dutyPaymentId/confirm', {
    schema: { tags: ['courts'], summary: 'FILE-4: the payer is back — ask the gateway; when paid, its PDF receipt is attached automatically (idempotent)',
      params: dutyPaymentParams, response: { 200: dutyPaymentResultSchema, ...errorResponses } },
  }, async (request) => {
    const payment = await confirmDutyPayment(dutyDeps, requireUser(request), actorOf(request), request.params.id, request.params.dutyPaymentId);
    return paymentResult(payment, request.params.id, request);
  });

  app.post('/api/filings/:id/duty/receipt', {
    schema: { tags: ['courts'], consumes: ['multipart/form-data'],
      summary: 'FILE-4 «төлем чегін тексеру»: a receipt paid elsewhere (multipart: `receiptCode`, then the scan), checked through the gateway',
      params: filingParams, response: { 200: dutyPaymentResultSchema, ...errorResponses } },
  }, async (request) => {
    const user = requireUser(request);
    const upload = await readMultipart(request, maxBytes);
    const payment = await checkDutyReceipt(dutyDeps, user, actorOf(request), request.params.id, upload);
    return paymentResult(payment, request.params.id, request);
  });

  app.get('/api/filings/:id/duty/payments/:dutyPaymentId/receipt', {
    schema: { tags: ['courts'], summary: 'FILE-4: the receipt of a duty payment (the gateway\'s PDF or the uploaded scan)',
      params: dutyPaymentParams, response: { 200: attachmentDownloadResponse, ...errorResponses } },
  }, async (request, reply) => sendFile(reply,
    await downloadDutyReceipt({ db, files: deps.files }, requireSubject(request), request.params.id, request.params.dutyPaymentId)));
}
