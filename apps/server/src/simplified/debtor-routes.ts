import type { Adapters, CreatedPayment } from '@oryndau/adapters';
import { AdapterError } from '@oryndau/adapters';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { FastifyRequest } from 'fastify';
import type { AppDeps, ZodApp } from '../app';
import {
  debtorDocumentParams, debtorDocumentQuery, debtorDocumentResponse, debtorViewSchema, disagreeBody, errorResponses, isUuid, payBody, payResponse,
  tokenParams,
} from '@oryndau/contracts';
import { debtorView, dueOf, LINK_TOKEN_PATTERN, tokenHashOf } from './debtor-view';
import { applyCommand, CASE_COLUMNS, debtorActor, lockCase, type CaseRow, type OutcomeDeps } from './outcomes';
import { decodeSealedAct, renderSealedAct, SEALED_ACT_MEDIA_TYPE } from './sealed-act';

/** Reference of the n-th payment attempt of a case: the gateway's idempotency key (two clicks → one payment). */
export const paymentReference = (caseId: string, attempt: number) => `simp-${caseId}-${attempt}`;
/** The case a payment reference belongs to, or null when it is not one of ours. */
export function caseIdOfReference(reference: string): string | null {
  const match = /^simp-(.{36})-\d+$/.exec(reference);
  return match && isUuid(match[1]!) ? match[1]! : null;
}

function hashOf(token: string): string {
  // A malformed token cannot exist: answer exactly as for an unknown one.
  if (!LINK_TOKEN_PATTERN.test(token)) throw new DomainError(ErrorCode.notFound);
  return tokenHashOf(token);
}

async function findCase(deps: AppDeps, token: string): Promise<CaseRow> {
  const found = await deps.db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM simplified_cases WHERE link_token_hash = $1`, [hashOf(token)]);
  const row = found.rows[0];
  if (!row) throw new DomainError(ErrorCode.notFound);
  return row;
}

function gatewayUnavailable(error: unknown): never {
  if (error instanceof AdapterError) throw new DomainError(ErrorCode.externalUnavailable, { system: 'payments' });
  throw error;
}

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
    schema: { tags: ['simplified'], summary: 'SIMP-3: the fine behind an SMS link', params: tokenParams, response: { 200: debtorViewSchema, ...errorResponses } },
  }, async (request, reply) => {
    const row = await findCase(deps, request.params.token);
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
    const row = await findCase(deps, request.params.token);
    const { documentId } = request.params;
    const { lang, format } = request.query;
    if (documentId !== row.resolution_document_id && documentId !== row.closing_document_id) throw new DomainError(ErrorCode.notFound);
    const doc = (await deps.db.query<{ kind: string; media_type: string; content: Uint8Array }>(
      'SELECT kind, media_type, content FROM documents WHERE id = $1', [documentId])).rows[0];
    if (!doc) throw new DomainError(ErrorCode.notFound);
    const base = `${doc.kind.replace('simp.', '')}-${row.erap_fine_id}`.replace(/[^A-Za-z0-9._-]/g, '_');
    const send = (type: string, file: string, bytes: Uint8Array) => reply.type(type).header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${file}"`).send(Buffer.from(bytes));
    const content = new Uint8Array(doc.content);
    const sealedAct = doc.media_type === SEALED_ACT_MEDIA_TYPE;
    if (format === 'signed') return send(doc.media_type, `${base}.${sealedAct ? 'json' : 'pdf'}`, content);
    if (format === 'p7s') {
      const signature = (await deps.db.query<{ cms: Uint8Array }>(
        'SELECT cms FROM signatures WHERE document_id = $1 AND valid ORDER BY checked_at LIMIT 1', [documentId])).rows[0];
      if (!signature) throw new DomainError(ErrorCode.notFound);
      return send('application/pkcs7-signature', `${base}.p7s`, new Uint8Array(signature.cms));
    }
    // Acts sealed before they were sealed as data are PDFs already (in Kazakh).
    const pdf = sealedAct ? await renderSealedAct(decodeSealedAct(content), lang) : content;
    return send('application/pdf', `${base}${sealedAct ? `-${lang}` : ''}.pdf`, pdf);
  });

  app.post('/api/public/simplified/:token/pay', {
    config: { rateLimit },
    schema: { tags: ['simplified'], summary: 'SIMP-4: start paying the fine through the payment gateway', params: tokenParams,
      body: payBody, response: { 200: payResponse, ...errorResponses } },
  }, async (request) => {
    const { token } = request.params;
    const row = await findCase(deps, token);
    const view = await debtorView(deps.db, row, token, deps.clock.now());
    if (!view.actions.pay) throw new DomainError(ErrorCode.simplifiedTransitionForbidden);
    const { dueTiyn } = dueOf(row);
    // The payment the debtor was already sent to, while it is still payable, is offered again.
    if (row.pending_payment && row.pending_payment.amountTiyn === dueTiyn) {
      const earlier = await payments().getPayment(row.pending_payment.paymentId).catch(gatewayUnavailable);
      if (earlier.status === 'pending') return { redirectUrl: row.pending_payment.redirectUrl };
      if (earlier.status === 'paid') return { redirectUrl: `/s/${token}?payment=return` };
    }
    const attempt = row.payment_attempts + 1;
    const reference = paymentReference(row.id, attempt);
    let created: CreatedPayment;
    try {
      created = await payments().createPayment({
        reference, amountTiyn: dueTiyn, payerIin: row.debtor_iin,
        purpose: { kk: `ЕРАП айыппұлы ${row.erap_fine_id} (оңайлатылған іс жүргізу)`, ru: `Штраф ЕРАП ${row.erap_fine_id} (упрощенное производство)` },
        returnUrl: `${deps.config.publicOrigin}/s/${token}?payment=return`,
        notifyUrl: `${deps.config.publicOrigin}/api/integrations/payments/notify`,
      });
    } catch (error) {
      gatewayUnavailable(error);
    }
    await deps.db.query(
      `UPDATE simplified_cases SET pending_payment = $3::jsonb, payment_attempts = $4 WHERE id = $1 AND payment_attempts = $2`,
      [row.id, row.payment_attempts, JSON.stringify({ paymentId: created.paymentId, reference, redirectUrl: created.redirectUrl, amountTiyn: dueTiyn,
        createdAt: created.createdAt }), attempt],
    );
    return { redirectUrl: created.redirectUrl };
  });

  app.post('/api/public/simplified/:token/disagree', {
    config: { rateLimit },
    schema: { tags: ['simplified'], summary: 'SIMP-6: the debtor disagrees — the initiation is cancelled at once', params: tokenParams,
      body: disagreeBody, response: { 200: debtorViewSchema, ...errorResponses } },
  }, async (request) => {
    const { token } = request.params;
    const tokenHash = hashOf(token);
    const now = deps.clock.now();
    const row = await deps.db.transaction(async (tx) => {
      const locked = await lockCase(tx, { tokenHash });
      if (!locked) throw new DomainError(ErrorCode.notFound);
      const applied = await applyCommand(tx, outcomes, locked, { action: 'disagree' }, now,
        { actor: debtorActor(locked.debtor_iin, requestIdOf(request)) });
      return applied.row;
    });
    return debtorView(deps.db, row, token, now);
  });
}
