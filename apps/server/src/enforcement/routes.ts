import { SIOPSO_REQUEST_TYPES, writReceiptSchema, writSubmissionSchema } from '@oryndau/adapters';
import { TEMPLATE_PLACEHOLDERS } from '@oryndau/documents';
import { ALL_GROUNDS, DomainError, EXECUTIVE_DOCUMENT_TYPES, ErrorCode, PROCEEDING_STATUSES, can, distribution } from '@oryndau/domain';
import { REGIONS } from '@oryndau/kz';
import type { AppDeps, ZodApp } from '../app';
import { integrationTokenHook } from '../http/integration-auth';
import {
  actParams, actRequestSchema, actSchema, approvalsResponse, discardActResponse, candidatesResponse, cardCreatedSchema, cardEditSchema, cardInputSchema, devCourtWritBody,
  devCourtWritResponse, errorResponses, okSchema, proceedingCardSchema, proceedingPageSchema, proceedingParams, proceedingsQuery,
  queueCountsResponse, reassignBody, referenceSchema, returnActBody, templateInputSchema, templateParams, templateSchema, templatesResponse,
} from '@oryndau/contracts';
import type { ApprovalsPage, ProceedingCard, ProceedingPage } from '@oryndau/contracts';
import { actorOf, readUnderSession, requireSubject } from '../http/session';
import { proceedingCard } from './card';
import { createAct, discardAct, regenerateAct } from './create-act';
import { editExecutiveDocument } from './edit-card';
import { listQueue, queueCounts } from './queues';
import { receiveWrit } from './receive-writ';
import { registerExecutiveDocument } from './register-executive-document';
import { listApprovals, reassignProceeding, reassignmentCandidates, returnAct } from './senior';
import { sendSiopsoRequest } from './siopso-requests';
import { listLatestTemplates, saveTemplateVersion } from './templates-store';

/**
 * ENF-11: one writ per call — the card (≤ 100 writ parties, well under 1 MB),
 * three detached signatures (tens of kB each) and the court act's PDF, up to
 * 15 MB, all base64 (×4/3): 24 MB leaves a margin over that.
 */
export const WRIT_BODY_LIMIT = 24 * 1024 * 1024;


/**
 * The card (enforcement/card.ts) and the approvals (senior.ts) are still
 * assembled from untyped rows until their repository in packages/db types them; the route's response schema
 * checks every field on the way out, so a wrong one is caught there.
 */
const asCard = (card: Awaited<ReturnType<typeof proceedingCard>>) => card as unknown as ProceedingCard;

/** ENF-1…ENF-12 over HTTP (docs/api.md); the use-cases do the work. */
export function registerEnforcementRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  const base = { db, clock };

  app.get('/api/enforcement/reference', {
    schema: { tags: ['enforcement'], summary: 'Reference data of the enforcement workspace',
      response: { 200: referenceSchema, ...errorResponses } },
  }, async (request) => {
    requireSubject(request);
    return {
      categories: distribution.DEFAULT_RULES.rules.map((r) => ({ code: r.category, name: r.categoryName })),
      grounds: ALL_GROUNDS.map((g) => ({ code: g.code, kind: g.kind, text: g.text, article: g.lawRef })),
      documentTypes: EXECUTIVE_DOCUMENT_TYPES.map((d) => ({ code: d.code, name: d.name })),
      requestTypes: [...SIOPSO_REQUEST_TYPES],
      templates: await listLatestTemplates(db),
      departments: REGIONS.map((r) => ({ code: r.id, name: { kk: r.name.kk, ru: r.name.ru } })),
      placeholders: [...TEMPLATE_PLACEHOLDERS],
      statuses: [...PROCEEDING_STATUSES],
    };
  });

  app.get('/api/enforcement/queues', {
    schema: { tags: ['enforcement'], summary: 'ENF-2: the user\'s queues with counts',
      response: { 200: queueCountsResponse, ...errorResponses } },
  },
    async (request) => ({ queues: await queueCounts(db, requireSubject(request), clock.now()) }));

  app.get('/api/enforcement/proceedings', {
    schema: {
      tags: ['enforcement'], summary: 'ENF-2: one page of a queue (keyset pagination)',
      querystring: proceedingsQuery,
      response: { 200: proceedingPageSchema, ...errorResponses },
    },
    // Issue 18 item 5 (bench:enforcement): the queue page and the debtor search check the session in their own statement.
    config: { sessionInQuery: true },
  }, async (request, reply) => {
    const page = await readUnderSession(request, db, (sql) =>
      listQueue(sql, requireSubject(request), { ...request.query, overdue: request.query.overdue === 'true' }, clock.now()));
    // Issue 18 item 5: PostgreSQL wrote the page's JSON text (queue-page-json.int.test.ts holds it to proceedingPageSchema);
    // fastify sends a string as is, so it is neither parsed nor checked again. The type provider only knows the object form.
    return reply.type('application/json; charset=utf-8').send(page.json as unknown as ProceedingPage);
  });

  app.post('/api/enforcement/executive-documents', {
    schema: { tags: ['enforcement'], summary: 'ENF-1: register an executive document entered by hand', body: cardInputSchema,
      response: { 201: cardCreatedSchema, ...errorResponses } },
  }, async (request, reply) => {
    const subject = requireSubject(request);
    if (!can(subject, 'enforcement.register', undefined)) throw new DomainError(ErrorCode.forbidden);
    const registration = await db.transaction((tx) => registerExecutiveDocument(tx, { ...request.body, source: 'manual', createdBy: subject.id },
      clock.now(), actorOf(request)));
    return reply.code(201).send({
      proceedingId: registration.proceedingId, registrationNumber: registration.registrationNumber, registrationDate: registration.registrationDate,
      status: 'registered' as const, bailiff: registration.bailiffId ? { id: registration.bailiffId, fullName: registration.bailiffName ?? '' } : null,
      reason: registration.reason,
    });
  });

  app.get('/api/enforcement/proceedings/:id', {
    schema: { tags: ['enforcement'], summary: 'ENF-10: the card', params: proceedingParams,
      response: { 200: proceedingCardSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    const card = await proceedingCard(db, subject, request.params.id, clock.now());
    // X-2, ENP-11: a view of personal data, one entry per person on the card (their own views are listed for them).
    const at = clock.now();
    const people = [...new Set(card.parties.filter((p) => p.kind === 'individual').map((p) => p.identifier))];
    await db.transaction(async (tx) => {
      for (const subjectIin of people.length ? people : [null]) {
        tx.journal({ at, actor: actorOf(request), action: 'enforcement.viewed', objectType: 'proceeding', objectId: card.id, subjectIin,
          details: {} });
      }
    });
    return asCard(card);
  });

  /** The act as the card lists it (with `stale`), after a generation. */
  const actOnCard = async (subject: Parameters<typeof proceedingCard>[1], proceedingId: string, actId: string) => {
    const act = asCard(await proceedingCard(db, subject, proceedingId, clock.now())).acts.find((a) => a.id === actId);
    if (!act) throw new DomainError(ErrorCode.notFound);
    return act;
  };

  app.post('/api/enforcement/proceedings/:id/acts', {
    schema: { tags: ['enforcement'],
      summary: 'ENF-3…ENF-8: generate a resolution to sign («Сформировать и перейти»); 200 with the draft already made when asked again (ISSUE-13 item 8)',
      params: proceedingParams, body: actRequestSchema,
      response: { 200: actSchema, 201: actSchema, ...errorResponses } },
  }, async (request, reply) => {
    const subject = requireSubject(request);
    const { actId, created } = await createAct({ ...base, publicOrigin: deps.config.publicOrigin }, subject, actorOf(request), request.params.id, request.body);
    return reply.code(created ? 201 : 200).send(await actOnCard(subject, request.params.id, actId));
  });

  app.post('/api/enforcement/acts/:id/discard', {
    schema: { tags: ['enforcement'], summary: 'ISSUE-13 item 8: throw away an unsigned draft (journalled)', params: actParams,
      response: { 200: discardActResponse, ...errorResponses } },
  }, async (request) => {
    const proceedingId = await discardAct(base, requireSubject(request), actorOf(request), request.params.id);
    return { ok: true as const, proceedingId };
  });

  app.post('/api/enforcement/acts/:id/regenerate', {
    schema: { tags: ['enforcement'], summary: 'ISSUE-13 item 8: render a stale draft again from the card as it is now; the old draft is discarded',
      params: actParams, response: { 200: actSchema, 201: actSchema, ...errorResponses } },
  }, async (request, reply) => {
    const subject = requireSubject(request);
    const result = await regenerateAct({ ...base, publicOrigin: deps.config.publicOrigin }, subject, actorOf(request), request.params.id);
    return reply.code(result.created ? 201 : 200).send(await actOnCard(subject, result.proceedingId, result.actId));
  });

  app.patch('/api/enforcement/proceedings/:id/executive-document', {
    schema: { tags: ['enforcement'], summary: 'ENF-10: correct the card («Редактировать»); journalled field by field', params: proceedingParams,
      body: cardEditSchema,
      response: { 200: proceedingCardSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    await editExecutiveDocument(base, subject, actorOf(request), request.params.id, request.body);
    return asCard(await proceedingCard(db, subject, request.params.id, clock.now()));
  });

  app.post('/api/enforcement/acts/:id/return', {
    schema: { tags: ['enforcement'], summary: 'ENF-9: the senior returns a resolution', params: proceedingParams, body: returnActBody,
      response: { 200: okSchema, ...errorResponses } },
  }, async (request) => {
    await returnAct(base, requireSubject(request), actorOf(request), request.params.id, request.body.reason);
    return { ok: true as const };
  });

  app.get('/api/enforcement/approvals', {
    schema: { tags: ['enforcement'], summary: 'ENF-9: «Входящие/Уведомления»',
      response: { 200: approvalsResponse, ...errorResponses } },
  }, async (request) => (await listApprovals(db, requireSubject(request))) as unknown as ApprovalsPage);

  app.get('/api/enforcement/proceedings/:id/candidates', {
    schema: { tags: ['enforcement'], summary: 'ENF-12: bailiffs to reassign to', params: proceedingParams,
      response: { 200: candidatesResponse, ...errorResponses } },
  }, async (request) => reassignmentCandidates(base, requireSubject(request), request.params.id));

  app.post('/api/enforcement/proceedings/:id/reassign', {
    schema: { tags: ['enforcement'], summary: 'ENF-12: reassign with a written reason', params: proceedingParams, body: reassignBody,
      response: { 200: proceedingCardSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    await reassignProceeding(base, subject, actorOf(request), request.params.id, request.body);
    return asCard(await proceedingCard(db, subject, request.params.id, clock.now()));
  });

  app.post('/api/enforcement/requests/:id/send', {
    schema: { tags: ['enforcement'], summary: 'ENF-7: «Отправить запрос»', params: proceedingParams,
      response: { 200: okSchema, ...errorResponses } },
  }, async (request) => {
    await sendSiopsoRequest(base, requireSubject(request), actorOf(request), request.params.id);
    return { ok: true as const };
  });

  app.get('/api/enforcement/templates', {
    schema: { tags: ['enforcement'], summary: 'ENF-6: the template catalog',
      response: { 200: templatesResponse, ...errorResponses } },
  }, async (request) => {
    requireSubject(request);
    return { templates: await listLatestTemplates(db) };
  });

  app.put('/api/enforcement/templates/:code', {
    schema: { tags: ['enforcement'], summary: 'ENF-6: a new version of a template (administrator)', params: templateParams,
      body: templateInputSchema,
      response: { 200: templateSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'enforcement.templates.edit', undefined)) throw new DomainError(ErrorCode.forbidden);
    return db.transaction((tx) => saveTemplateVersion(tx, request.params.code, request.body, actorOf(request), clock.now()));
  });

  app.post('/api/dev/court-writ', {
    schema: { tags: ['dev'], summary: 'Dev mode: the courts\' simulator sends a signed writ to our intake (ENF-11 demo)',
      body: devCourtWritBody,
      response: { 200: devCourtWritResponse, ...errorResponses } },
  }, async (request) => {
    requireSubject(request);
    if (!deps.config.devMode || !deps.devSendWrit) throw new DomainError(ErrorCode.notFound);
    const categoryCode = request.body?.categoryCode;
    return deps.devSendWrit({ overrides: categoryCode ? { categoryCode } : {} });
  });

  app.post('/api/integrations/court-system/writs', {
    schema: { tags: ['integrations'], summary: 'ENF-11: an electronic writ from the courts\' system', body: writSubmissionSchema,
      response: { 200: writReceiptSchema, ...errorResponses } },
    bodyLimit: WRIT_BODY_LIMIT,
    onRequest: integrationTokenHook(deps.config.courtSystemToken),
  }, async (request) => {
    return receiveWrit({ db, clock, verify: deps.verify }, request.body);
  });
}
