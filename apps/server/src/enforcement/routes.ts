import { SIOPSO_REQUEST_TYPES, writReceiptSchema, writSubmissionSchema } from '@oryndau/adapters';
import { recordJournal } from '@oryndau/db';
import { TEMPLATE_PLACEHOLDERS } from '@oryndau/documents';
import { ALL_GROUNDS, DomainError, ErrorCode, PROCEEDING_ACTIONS, PROCEEDING_STATUSES, can, distribution } from '@oryndau/domain';
import { REGIONS } from '@oryndau/kz';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../app';
import { integrationTokenHook } from '../http/integration-auth';
import { errorResponses } from '../http/schemas';
import { code, idParams, integer, isoDate, kato, multilineText, queueCursor, text, uuid } from '../http/validation';
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

// Template texts are stored exactly as written (no trimming).
const localized = z.object({ kk: multilineText(20_000, { min: 1, trim: false }), ru: multilineText(20_000, { min: 1, trim: false }) });
const opt = <T extends z.ZodType>(schema: T) => schema.optional();
const partySchema = z.object({
  role: z.enum(['debtor', 'claimant']), kind: z.enum(['individual', 'legal_entity']), identifier: text(12), name: text(300),
  address: opt(text(500)), regionKato: kato, districtKato: opt(kato),
});
// Dates of the card stay text here: the card's own validation names a wrong one per field (422 with kk/ru texts).
const cardSchema = z.object({
  arrivalOrder: z.enum(['first', 'repeated']), claimEssence: multilineText(2000), issueDate: text(10), issuingBody: text(300),
  documentType: text(100), documentNumber: text(64), entryIntoForceDate: text(10),
  receivedFrom: opt(text(300)), copyNumber: opt(text(20)), categoryCode: text(64),
  subcategory: opt(text(200)), amount: text(40), currency: text(3), exchangeRate: opt(text(40)),
  exchangeRateDate: opt(text(10)), senderDocumentDate: isoDate().optional(), senderOutgoingNumber: opt(text(64)),
  signerName: opt(text(200)), claimFiledBy: z.enum(['individual', 'legal_entity']).optional(),
  solidaryLiability: z.boolean(), trustedPerson: z.boolean(), parties: z.array(partySchema).min(1).max(50),
});
const actSchema = z.object({
  templateCode: code(64), locale: z.enum(['kk', 'ru']), action: z.enum(PROCEEDING_ACTIONS).optional(),
  groundCode: opt(text(100)),
  params: z.object({
    reason: opt(multilineText(2000)), toDepartmentCode: opt(kato), requestType: opt(text(64)),
    arrest: z.object({
      kind: z.enum(['accounts', 'property', 'travel']),
      items: z.array(z.object({ kind: z.enum(['bank_account', 'real_estate', 'vehicle', 'other']), description: multilineText(500),
        identifier: opt(text(100)), valueTiyn: opt(z.string().regex(/^\d{1,15}$/)) })).max(100),
    }).optional(),
    arrestId: opt(uuid),
  }).optional(),
});
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
        queue: z.enum(QUEUE_NAMES).exclude(['forApproval']), status: z.enum(PROCEEDING_STATUSES).optional(), category: opt(text(64)),
        debtor: opt(text(200)), from: isoDate().optional(), to: isoDate().optional(), overdue: z.enum(['true', 'false']).optional(),
        sort: z.enum(['registeredAt', '-registeredAt']).optional(), limit: integer(1, 100).optional(),
        after: opt(queueCursor),
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
    schema: { tags: ['enforcement'], summary: 'ENF-9: the senior returns a resolution', params: idParams, body: z.object({ reason: multilineText(2000) }) },
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
      body: z.object({ bailiffId: uuid, reason: multilineText(2000) }) },
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
    schema: { tags: ['enforcement'], summary: 'ENF-6: a new version of a template (administrator)', params: z.object({ code: code(64) }),
      body: z.object({ title: localized, body: localized, needsApproval: z.boolean() }) },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'enforcement.templates.edit', undefined)) throw new DomainError(ErrorCode.forbidden);
    return db.transaction((tx) => saveTemplateVersion(tx, request.params.code, request.body, actorOf(request), clock.now()));
  });

  app.post('/api/dev/court-writ', {
    schema: { tags: ['dev'], summary: 'Dev mode: the courts\' simulator sends a signed writ to our intake (ENF-11 demo)',
      body: z.object({ categoryCode: code(64).optional() }).optional() },
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
