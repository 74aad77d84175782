import type { Adapters } from '@oryndau/adapters';
import { findDocumentContent, findFirstValidSignatureCms } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { FastifyRequest } from 'fastify';
import {
  debtorDocumentParams, debtorDocumentQuery, debtorDocumentResponse, debtorViewSchema, disagreeBody, errorResponses, payBody, payResponse,
  tokenParams,
} from '@oryndau/contracts';
import type { AppDeps, ZodApp } from '../app';
import { debtorView, findCaseByToken, linkTokenHash } from './debtor-view';
import { applyCommand, debtorActor, lockCase, type OutcomeDeps } from './outcomes';
import { decodeSealedAct, renderSealedAct, SEALED_ACT_MEDIA_TYPE } from './sealed-act';
import { renderSealedActPdf } from './sealed-pdf';
import { startPayment } from './start-payment';

/**
 * SIMP-3, SIMP-4, SIMP-6: the debtor's page behind the SMS link. No sign-in:
 * the unguessable link is the credential, so every route is rate-limited per
 * address, answers an unknown and a malformed token alike, and reaches
 * nothing but this one fine and its resolutions.
 */
export function registerDebtorRoutes(app: ZodApp, deps: AppDeps & { adapters?: () => Adapters }, outcomes: OutcomeDeps): void {
  const rateLimit = { max: deps.config.debtorPageRatePerMinute, timeWindow: '1 minute' };
  const payments = () => {
    if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'payments' });
    return deps.adapters().payments;
  };
  const requestIdOf = (request: FastifyRequest) => String(request.id);

  app.get('/api/public/simplified/:token', {
    config: { rateLimit },
    schema: { tags: ['simplified'], summary: 'SIMP-3: the fine behind an SMS link', params: tokenParams,
      response: { 200: debtorViewSchema, ...errorResponses } },
  }, async (request, reply) => {
    const row = await findCaseByToken(deps.db, request.params.token);
    void reply.header('cache-control', 'no-store');
    return debtorView(deps.db, row, request.params.token, deps.clock.now());
  });

  app.get('/api/public/simplified/:token/documents/:documentId', {
    config: { rateLimit },
    schema: {
      tags: ['simplified'],
      summary: 'SIMP-3: a resolution of this fine — its PDF in kk or ru, the signed original, or its detached signature',
      params: debtorDocumentParams,
      querystring: debtorDocumentQuery,
      response: { 200: debtorDocumentResponse, ...errorResponses },
    },
  }, async (request, reply) => {
    const row = await findCaseByToken(deps.db, request.params.token);
    const { documentId } = request.params;
    const { lang, format } = request.query;
    if (documentId !== row.resolutionDocumentId && documentId !== row.closingDocumentId) throw new DomainError(ErrorCode.notFound);
    const doc = await findDocumentContent(deps.db, documentId);
    if (!doc) throw new DomainError(ErrorCode.notFound);
    const base = `${doc.kind.replace('simp.', '')}-${row.erapFineId}`.replace(/[^A-Za-z0-9._-]/g, '_');
    const send = (type: string, file: string, bytes: Uint8Array) => reply.type(type).header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${file}"`).send(Buffer.from(bytes));
    const { content } = doc;
    const sealedAct = doc.mediaType === SEALED_ACT_MEDIA_TYPE;
    if (format === 'signed') return send(doc.mediaType, `${base}.${sealedAct ? 'json' : 'pdf'}`, content);
    if (format === 'p7s') {
      const cms = await findFirstValidSignatureCms(deps.db, documentId);
      if (!cms) throw new DomainError(ErrorCode.notFound);
      return send('application/pkcs7-signature', `${base}.p7s`, cms);
    }
    // Acts sealed before they were sealed as data are PDFs already (in Kazakh).
    // Issue 13 item 2: a sealed act's PDF carries the signed original and its
    // signature inside, so /verify can prove it (sealed-pdf.ts).
    let pdf = content;
    if (sealedAct) {
      const cms = await findFirstValidSignatureCms(deps.db, documentId);
      pdf = cms ? await renderSealedActPdf({ content, cms }, lang) : await renderSealedAct(decodeSealedAct(content), lang);
    }
    return send('application/pdf', `${base}${sealedAct ? `-${lang}` : ''}.pdf`, pdf);
  });

  app.post('/api/public/simplified/:token/pay', {
    config: { rateLimit },
    schema: { tags: ['simplified'], summary: 'SIMP-4: start paying the fine through the payment gateway', params: tokenParams,
      body: payBody,
      response: { 200: payResponse, ...errorResponses } },
  }, async (request) => {
    return startPayment({ db: deps.db, payments, publicOrigin: deps.config.publicOrigin }, request.params.token, deps.clock.now());
  });

  app.post('/api/public/simplified/:token/disagree', {
    config: { rateLimit },
    schema: { tags: ['simplified'], summary: 'SIMP-6: the debtor disagrees — the initiation is cancelled at once', params: tokenParams,
      body: disagreeBody,
      response: { 200: debtorViewSchema, ...errorResponses } },
  }, async (request) => {
    const { token } = request.params;
    const tokenHash = linkTokenHash(token);
    const now = deps.clock.now();
    const row = await deps.db.transaction(async (tx) => {
      const locked = await lockCase(tx, { tokenHash });
      if (!locked) throw new DomainError(ErrorCode.notFound);
      const applied = await applyCommand(tx, outcomes, locked, { action: 'disagree' }, now,
        { actor: debtorActor(locked.debtorIin, requestIdOf(request)) });
      return applied.row;
    });
    return debtorView(deps.db, row, token, now);
  });
}
