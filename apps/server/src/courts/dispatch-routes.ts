import {
  dispatchFilingParams, dispatchReceiptPdfQuery, dispatchReceiptPdfResponse, dispatchReceiptSchema, errorResponses, filingSigningSchema,
  filingViewSchema, myFilingsResponse, supplementSigningBody, supplementSigningSchema,
} from '@oryndau/contracts';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import { dispatchReceiptPdf } from './dispatch-receipt-pdf';
import { filingReceipt, filingView } from './filing-view';
import { myFilings } from './my-filings';
import { startFilingSigning } from './start-filing-signing';
import { startSupplementSigning } from './start-supplement-signing';

/**
 * ISSUE-14 items 6, 7, 10 (FILE-6, FILE-7, FILE-8, FILE-10, FILE-13): signing
 * and sending a filing, its талон, «Мои дела» and a filing's card. The
 * signature itself goes to the common `POST /api/signing/:challengeId/signature`;
 * the `court.filing` signing hook receives the filing (receive-filing.ts),
 * the `court.filing_supplement` hook the documents sent later (receive-supplements.ts).
 */
export function registerCourtDispatchRoutes(app: ZodApp, deps: AppDeps): void {
  const signing = { db: deps.db, clock: deps.clock, verify: deps.verify, hooks: deps.signingHooks };

  app.post('/api/filings/:id/signing', {
    schema: {
      tags: ['courts'], summary: 'FILE-6: build the filing\'s manifest (form + attachments\' SHA-256) and start signing it',
      params: dispatchFilingParams, response: { 200: filingSigningSchema, ...errorResponses },
    },
  }, async (request) => {
    const { challenge, document, filing } = await startFilingSigning(signing, requireSubject(request), actorOf(request), request.params.id);
    return { challengeId: challenge.id, documentId: document.id, contentHash: document.contentHash, startedAt: challenge.startedAt.toISOString(),
      expiresAt: challenge.expiresAt.toISOString(), filingId: filing.id, manifestSha256: document.contentHash };
  });

  app.post('/api/filings/:id/supplements/signing', {
    schema: {
      tags: ['courts'],
      summary: 'FILE-8: send the documents added to a registered filing — build their manifest (filing, case, each unsent one\'s SHA-256) and start signing it',
      params: dispatchFilingParams, body: supplementSigningBody, response: { 200: supplementSigningSchema, ...errorResponses },
    },
  }, async (request) => {
    const { challenge, document, filing, positions } = await startSupplementSigning(signing, requireSubject(request), actorOf(request), request.params.id);
    return { challengeId: challenge.id, documentId: document.id, contentHash: document.contentHash, startedAt: challenge.startedAt.toISOString(),
      expiresAt: challenge.expiresAt.toISOString(), filingId: filing.id, manifestSha256: document.contentHash, positions };
  });

  app.get('/api/filings/:id/receipt', {
    schema: {
      tags: ['courts'], summary: 'FILE-7: the dispatch receipt (талон) of a received filing',
      params: dispatchFilingParams, response: { 200: dispatchReceiptSchema, ...errorResponses },
    },
  }, async (request) => (await filingReceipt(deps.db, requireSubject(request), request.params.id)).receipt);

  app.get('/api/filings/:id/receipt.pdf', {
    schema: {
      tags: ['courts'], summary: 'FILE-7: the талон as a PDF in Kazakh or Russian',
      params: dispatchFilingParams, querystring: dispatchReceiptPdfQuery, response: { 200: dispatchReceiptPdfResponse, ...errorResponses },
    },
  }, async (request, reply) => {
    const { receipt } = await filingReceipt(deps.db, requireSubject(request), request.params.id);
    const pdf = await dispatchReceiptPdf(receipt, request.query.lang);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="talon-${receipt.number}.pdf"`).send(Buffer.from(pdf));
  });

  app.get('/api/my/filings', {
    schema: {
      tags: ['courts'], summary: 'FILE-8: «Мои дела» — the filings made by or for the signed-in person',
      response: { 200: myFilingsResponse, ...errorResponses },
    },
  }, async (request) => ({ filings: await myFilings(deps.db, requireSubject(request)) }));

  app.get('/api/filings/:id', {
    schema: {
      tags: ['courts'], summary: 'FILE-8: a filing\'s card — files, duty, attempts not received, талон, the course of its case',
      params: dispatchFilingParams, response: { 200: filingViewSchema, ...errorResponses },
    },
  }, async (request) => filingView(deps.db, requireSubject(request), request.params.id));
}
