import { SIOPSO_REQUEST_TYPES, writReceiptSchema, writSubmissionSchema } from '@oryndau/adapters';
import { recordJournal } from '@oryndau/db';
import { TEMPLATE_PLACEHOLDERS } from '@oryndau/documents';
import { ALL_GROUNDS, DomainError, ErrorCode, PROCEEDING_ACTIONS, PROCEEDING_STATUSES, can, distribution } from '@oryndau/domain';
import { REGIONS } from '@oryndau/kz';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../app';
import { integrationTokenHook } from '../http/integration-auth';
import { errorResponses } from '../http/schemas';
import { actorOf, requireSubject } from '../http/session';
import { proceedingCard } from './card';
import { createAct } from './create-act';
import { editExecutiveDocument } from './edit-card';
import { QUEUE_NAMES, listQueue, queueCounts } from './queues';
import { receiveWrit } from './receive-writ';
import { registerExecutiveDocument } from './register-executive-document';
import { listApprovals, reassignProceeding, reassignmentCandidates, returnAct } from './senior';
import { sendSiopsoRequest } from './siopso-requests';
import { listLatestTemplates, saveTemplateVersion } from './templates-store';

const text = z.object({ kk: z.string().min(1).max(20_000), ru: z.string().min(1).max(20_000) });
const isoDate = z.iso.date();
const opt = (s: z.ZodString) => s.optional();
const partySchema = z.object({
  role: z.enum(['debtor', 'claimant']), kind: z.enum(['individual', 'legal_entity']), identifier: z.string().max(12), name: z.string().max(300),
  address: opt(z.string().max(500)), regionKato: z.string().regex(/^\d{9}$/), districtKato: opt(z.string().regex(/^\d{9}$/)),
});
const cardSchema = z.object({
  arrivalOrder: z.enum(['first', 'repeated']), claimEssence: z.string().max(2000), issueDate: z.string().max(10), issuingBody: z.string().max(300),
  documentType: z.string().max(100), documentNumber: z.string().max(64), entryIntoForceDate: z.string().max(10),
  receivedFrom: opt(z.string().max(300)), copyNumber: opt(z.string().max(20)), categoryCode: z.string().max(64),
  subcategory: opt(z.string().max(200)), amount: z.string().max(40), currency: z.string().max(3), exchangeRate: opt(z.string().max(40)),
  exchangeRateDate: opt(z.string().max(10)), senderDocumentDate: isoDate.optional(), senderOutgoingNumber: opt(z.string().max(64)),
  signerName: opt(z.string().max(200)), claimFiledBy: z.enum(['individual', 'legal_entity']).optional(),
  solidaryLiability: z.boolean(), trustedPerson: z.boolean(), parties: z.array(partySchema).min(1).max(50),
});
const actSchema = z.object({
  templateCode: z.string().min(1).max(64), locale: z.enum(['kk', 'ru']), action: z.enum(PROCEEDING_ACTIONS).optional(),
  groundCode: opt(z.string().max(100)),
  params: z.object({
    reason: opt(z.string().max(2000)), toDepartmentCode: opt(z.string().regex(/^\d{9}$/)), requestType: opt(z.string().max(64)),
    arrest: z.object({
      kind: z.enum(['accounts', 'property', 'travel']),
      items: z.array(z.object({ kind: z.enum(['bank_account', 'real_estate', 'vehicle', 'other']), description: z.string().max(500),
        identifier: opt(z.string().max(100)), valueTiyn: opt(z.string().regex(/^\d{1,15}$/)) })).max(100),
    }).optional(),
    arrestId: opt(z.string().uuid()),
  }).optional(),
});
const idParams = z.object({ id: z.string() });

/**
 * ENF-11: one writ per call — the card (≤ 100 writ parties, well under 1 MB),
 * three detached signatures (tens of kB each) and the court act's PDF, up to
 * 15 MB, all base64 (×4/3): 24 MB leaves a margin over that.
 */
export const WRIT_BODY_LIMIT = 24 * 1024 * 1024;


/** ENF-1…ENF-12 over HTTP (docs/api.md); the use-cases do the work. */
export function registerEnforcementRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  const base = { db, clock };

  app.get('/api/enforcement/reference', { schema: { tags: ['enforcement'], summary: 'Reference data of the enforcement workspace' } }, async (request) => {
    requireSubject(request);
    return {
      categories: distribution.DEFAULT_RULES.rules.map((r) => ({ code: r.category, name: r.categoryName })),
      grounds: ALL_GROUNDS.map((g) => ({ code: g.code, kind: g.kind, text: g.text, article: g.lawRef })),
      documentTypes: [
        { code: 'writ_of_execution', name: { kk: 'Атқару парағы', ru: 'Исполнительный лист' } },
        { code: 'court_order', name: { kk: 'Сот бұйрығы', ru: 'Судебный приказ' } },
        { code: 'administrative_resolution', name: { kk: 'Әкімшілік құқық бұзушылық туралы іс бойынша қаулы', ru: 'Постановление по делу об административном правонарушении' } },
        { code: 'notary_writ', name: { kk: 'Нотариустың атқарушылық жазбасы', ru: 'Исполнительная надпись нотариуса' } },
        { code: 'bailiff_resolution', name: { kk: 'Сот орындаушысының қаулысы', ru: 'Постановление судебного исполнителя' } },
      ],
      requestTypes: SIOPSO_REQUEST_TYPES,
      templates: await listLatestTemplates(db),
      departments: REGIONS.map((r) => ({ code: r.id, name: { kk: r.name.kk, ru: r.name.ru } })),
      placeholders: TEMPLATE_PLACEHOLDERS,
      statuses: PROCEEDING_STATUSES,
    };
  });

  app.get('/api/enforcement/queues', { schema: { tags: ['enforcement'], summary: 'ENF-2: the user\'s queues with counts' } },
    async (request) => ({ queues: await queueCounts(db, requireSubject(request), clock.now()) }));

  app.get('/api/enforcement/proceedings', {
    schema: {
      tags: ['enforcement'], summary: 'ENF-2: one page of a queue (keyset pagination)',
      querystring: z.object({
        queue: z.enum(QUEUE_NAMES).exclude(['forApproval']), status: z.enum(PROCEEDING_STATUSES).optional(), category: opt(z.string().max(64)),
        debtor: opt(z.string().max(200)), from: isoDate.optional(), to: isoDate.optional(), overdue: z.enum(['true', 'false']).optional(),
        sort: z.enum(['registeredAt', '-registeredAt']).optional(), limit: z.coerce.number().int().min(1).max(100).optional(),
        after: opt(z.string().max(200)),
      }),
    },
  }, async (request) => listQueue(db, requireSubject(request), { ...request.query, overdue: request.query.overdue === 'true' }, clock.now()));

  app.post('/api/enforcement/executive-documents', {
    schema: { tags: ['enforcement'], summary: 'ENF-1: register an executive document entered by hand', body: cardSchema },
  }, async (request, reply) => {
    const subject = requireSubject(request);
    if (!can(subject, 'enforcement.register', undefined)) throw new DomainError(ErrorCode.forbidden);
    const registration = await db.transaction((tx) => registerExecutiveDocument(tx, { ...request.body, source: 'manual', createdBy: subject.id },
      clock.now(), actorOf(request)));
    return reply.code(201).send({
      proceedingId: registration.proceedingId, registrationNumber: registration.registrationNumber, registrationDate: registration.registrationDate,
      status: 'registered', bailiff: registration.bailiffId ? { id: registration.bailiffId, fullName: registration.bailiffName } : null,
      reason: registration.reason,
    });
  });

  app.get('/api/enforcement/proceedings/:id', { schema: { tags: ['enforcement'], summary: 'ENF-10: the card', params: idParams } }, async (request) => {
    const subject = requireSubject(request);
    const card = await proceedingCard(db, subject, request.params.id, clock.now());
    await recordJournal(db, { at: clock.now(), actor: actorOf(request), action: 'enforcement.viewed',
      objectType: 'proceeding', objectId: card.id, details: {} });
    return card;
  });

  app.post('/api/enforcement/proceedings/:id/acts', {
    schema: { tags: ['enforcement'], summary: 'ENF-3…ENF-8: generate a resolution to sign («Сформировать и перейти»)', params: idParams, body: actSchema },
  }, async (request, reply) => {
    const subject = requireSubject(request);
    const actId = await createAct({ ...base, publicOrigin: deps.config.publicOrigin }, subject, actorOf(request), request.params.id, request.body);
    const card = await proceedingCard(db, subject, request.params.id, clock.now());
    return reply.code(201).send(card.acts.find((a) => a.id === actId));
  });

  app.patch('/api/enforcement/proceedings/:id/executive-document', {
    schema: { tags: ['enforcement'], summary: 'ENF-10: correct the card («Редактировать»); journalled field by field', params: idParams,
      body: cardSchema.omit({ parties: true, arrivalOrder: true, categoryCode: true, amount: true, currency: true, exchangeRate: true,
        exchangeRateDate: true }).partial().strict() },
  }, async (request) => {
    const subject = requireSubject(request);
    await editExecutiveDocument(base, subject, actorOf(request), request.params.id, request.body);
    return proceedingCard(db, subject, request.params.id, clock.now());
  });

  app.post('/api/enforcement/acts/:id/return', {
    schema: { tags: ['enforcement'], summary: 'ENF-9: the senior returns a resolution', params: idParams, body: z.object({ reason: z.string().max(2000) }) },
  }, async (request) => {
    await returnAct(base, requireSubject(request), actorOf(request), request.params.id, request.body.reason);
    return { ok: true };
  });

  app.get('/api/enforcement/approvals', { schema: { tags: ['enforcement'], summary: 'ENF-9: «Входящие/Уведомления»' } },
    async (request) => listApprovals(db, requireSubject(request)));

  app.get('/api/enforcement/proceedings/:id/candidates', { schema: { tags: ['enforcement'], summary: 'ENF-12: bailiffs to reassign to', params: idParams } },
    async (request) => reassignmentCandidates(base, requireSubject(request), request.params.id));

  app.post('/api/enforcement/proceedings/:id/reassign', {
    schema: { tags: ['enforcement'], summary: 'ENF-12: reassign with a written reason', params: idParams,
      body: z.object({ bailiffId: z.string().uuid(), reason: z.string().max(2000) }) },
  }, async (request) => {
    const subject = requireSubject(request);
    await reassignProceeding(base, subject, actorOf(request), request.params.id, request.body);
    return proceedingCard(db, subject, request.params.id, clock.now());
  });

  app.post('/api/enforcement/requests/:id/send', {
    schema: { tags: ['enforcement'], summary: 'ENF-7: «Отправить запрос»', params: idParams },
  }, async (request) => {
    await sendSiopsoRequest(base, requireSubject(request), actorOf(request), request.params.id);
    return { ok: true };
  });

  app.get('/api/enforcement/templates', { schema: { tags: ['enforcement'], summary: 'ENF-6: the template catalog' } }, async (request) => {
    requireSubject(request);
    return { templates: await listLatestTemplates(db) };
  });

  app.put('/api/enforcement/templates/:code', {
    schema: { tags: ['enforcement'], summary: 'ENF-6: a new version of a template (administrator)', params: z.object({ code: z.string().max(64) }),
      body: z.object({ title: text, body: text, needsApproval: z.boolean() }) },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'enforcement.templates.edit', undefined)) throw new DomainError(ErrorCode.forbidden);
    return db.transaction((tx) => saveTemplateVersion(tx, request.params.code, request.body, actorOf(request), clock.now()));
  });

  app.post('/api/dev/court-writ', {
    schema: { tags: ['dev'], summary: 'Dev mode: the courts\' simulator sends a signed writ to our intake (ENF-11 demo)',
      body: z.object({ categoryCode: z.string().max(64).optional() }).optional() },
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
