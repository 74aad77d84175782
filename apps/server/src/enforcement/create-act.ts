import { randomUUID } from 'node:crypto';
import { SIOPSO_REQUEST_TYPES } from '@oryndau/adapters';
import type { ActEffect, Database, JournalActor, Tx } from '@oryndau/db';
import type { ActRecord } from '@oryndau/db';
import { activeArrestExists, deleteDraftRequests, discardDraftAct, findAct, findDraftOfKind, insertAct, insertRequest, storeDraftRendering } from '@oryndau/db';
import { fillTemplate, renderResolutionPdf } from '@oryndau/documents';
import type { ResolutionPdfInput, ResolutionTemplate } from '@oryndau/documents';
import { DomainError, ErrorCode, can, checkGround, draftKindOf, isDraftStale, nextStatus, sameDraftChoices } from '@oryndau/domain';
import type { Clock, Ground, ProceedingAction, Subject } from '@oryndau/domain';
import { localDateOf, regionById } from '@oryndau/kz';
import type { Locale } from '@oryndau/kz';
import { createDocument } from '../signing/documents';
import { TEMPLATE_BY_ACTION, actValues, factsOf } from './act-values';
import type { ActParams } from './act-values';
import { actResource, authorizeProceeding, mayViewProceeding } from './authorize';
import { requireProceeding } from './store';
import type { ProceedingRecord } from './store';
import { latestTemplate } from './templates-store';

export type { ActEffect } from '@oryndau/db';

export type CreateActInput = { templateCode: string; locale: Locale; action?: ProceedingAction | undefined; groundCode?: string | undefined; params?: ActParams | undefined };

const ARREST_TEMPLATES: Readonly<Record<string, 'accounts' | 'property' | 'travel'>> = {
  'enf.arrest_accounts': 'accounts', 'enf.arrest_property': 'property', 'enf.travel_restriction': 'travel',
};

function effectOf(template: ResolutionTemplate, input: CreateActInput, row: ProceedingRecord): { effect: ActEffect; ground: Ground | null } {
  const params = input.params ?? {};
  if (input.action !== undefined) {
    if (TEMPLATE_BY_ACTION[input.action] !== template.code) throw new DomainError(ErrorCode.validation, { fields: ['templateCode'] });
    if (nextStatus(row.status, input.action) === undefined) {
      throw new DomainError(ErrorCode.transitionForbidden, { from: row.status, action: input.action });
    }
    const ground = checkGround(input.action, input.groundCode);
    if (ground instanceof DomainError) throw ground;
    if (input.action === 'transfer' && (!params.toDepartmentCode || !regionById(params.toDepartmentCode) || params.toDepartmentCode === row.regionKato)) {
      throw new DomainError(ErrorCode.validation, { fields: ['params.toDepartmentCode'] });
    }
    return { effect: 'transition', ground };
  }
  if (Object.values(TEMPLATE_BY_ACTION).includes(template.code)) throw new DomainError(ErrorCode.validation, { fields: ['action'] });
  // Acts of execution need a proceeding in execution.
  const inExecution = row.status === 'initiated';
  if (template.category === 'request') {
    if (!SIOPSO_REQUEST_TYPES.some((t) => t.code === params.requestType)) throw new DomainError(ErrorCode.validation, { fields: ['params.requestType'] });
    if (!inExecution) throw new DomainError(ErrorCode.transitionForbidden, { from: row.status, action: 'request' });
    return { effect: 'request', ground: null };
  }
  if (ARREST_TEMPLATES[template.code]) {
    const items = params.arrest?.items ?? [];
    const validItems = items.every((i) => i.description.trim() !== '' && (i.valueTiyn === undefined || /^\d{1,15}$/.test(i.valueTiyn)));
    if ((template.code !== 'enf.travel_restriction' && items.length === 0) || !validItems) {
      throw new DomainError(ErrorCode.validation, { fields: ['params.arrest.items'] });
    }
    if (!inExecution) throw new DomainError(ErrorCode.transitionForbidden, { from: row.status, action: 'arrest' });
    return { effect: 'arrest', ground: null };
  }
  if (template.code === 'enf.arrest_lift') {
    if (!params.arrestId) throw new DomainError(ErrorCode.validation, { fields: ['params.arrestId'] });
    return { effect: 'arrest_lift', ground: null };
  }
  return { effect: 'resolution', ground: null };
}

/** The existing draft to open instead of a new one: same choices, and the card has not moved since it was rendered. */
function reusable(existing: ActRecord | null, choices: Parameters<typeof sameDraftChoices>[0], version: number): ActRecord | null {
  if (existing === null || isDraftStale(existing, version)) return null;
  return sameDraftChoices(existing, choices) ? existing : null;
}

type Deps = { db: Database; clock: Clock; publicOrigin: string };

/** Throws the draft away inside the caller's transaction (the proceeding locked first); journalled. */
async function discardInTx(tx: Tx, act: ActRecord, actor: JournalActor, now: Date, because: 'discarded' | 'replaced'): Promise<void> {
  if (!(await discardDraftAct(tx, act.id, now))) throw new DomainError(ErrorCode.actState);
  if (act.effect === 'request') await deleteDraftRequests(tx, act.id);
  tx.journal({ at: now, actor, action: 'enforcement.act_discarded', objectType: 'proceeding', objectId: act.proceedingId,
    details: { actId: act.id, documentId: act.documentId, templateCode: act.templateCode, because } });
}

/**
 * ENF-3…ENF-8, ENF-6: "Сформировать и перейти". The resolution is rendered
 * from the template's current version into a PDF once; those bytes are what
 * gets signed. Nothing about the proceeding changes yet — the signature does
 * that (apply-act.ts).
 *
 * ISSUE-13 item 8: a proceeding keeps one draft of each kind. Asked again
 * with the same choices, the draft already made is returned (`created:
 * false`) — a double click, even two at once, makes one draft: the
 * proceeding's row lock orders them and a unique index holds the rule. Other
 * choices, or a stale draft, replace it (the old one is discarded, journalled).
 */
export async function createAct(
  deps: Deps, subject: Subject, actor: JournalActor, proceedingId: string, input: CreateActInput,
): Promise<{ actId: string; created: boolean }> {
  const now = deps.clock.now();
  const row = await requireProceeding(deps.db, proceedingId);
  // Only the assigned bailiff acts on a proceeding (ENF-3…ENF-8); someone else's is not even found.
  authorizeProceeding(subject, row, 'proceeding.act');
  const template = await latestTemplate(deps.db, input.templateCode);
  if (!template) throw new DomainError(ErrorCode.validation, { fields: ['templateCode'] });
  const { effect, ground } = effectOf(template, input, row);
  const params = input.params ?? {};
  if (effect === 'arrest_lift') {
    if (!(await activeArrestExists(deps.db, params.arrestId ?? '', row.id))) throw new DomainError(ErrorCode.validation, { fields: ['params.arrestId'] });
  }
  const draftKind = draftKindOf({ templateCode: template.code, action: input.action ?? null, params });
  const choices = { templateCode: template.code, templateVersion: template.version, locale: input.locale, groundCode: ground?.code ?? null, params };
  // The common double click: the draft is there already, nothing to render.
  const early = reusable(await findDraftOfKind(deps.db, row.id, draftKind), choices, row.version);
  if (early) return { actId: early.id, created: false };
  const values = await actValues(deps.db, row, { locale: input.locale, ground, params, now, bailiffId: subject.id });
  const documentId = randomUUID();
  const bailiff = values['bailiff.name'] ?? '';
  const pdfInput: ResolutionPdfInput = {
    locale: input.locale,
    organisation: values['bailiff.organisation'] ?? '',
    title: fillTemplate(template.title[input.locale], values),
    place: regionById(row.regionKato)?.name[input.locale] ?? '',
    date: values['act.date'] ?? localDateOf(now, row.timeZone),
    registrationNumber: row.registrationNumber,
    body: fillTemplate(template.body[input.locale], values),
    facts: factsOf(values, input.locale),
    signer: { position: subject.roles.includes('private_bailiff') ? (input.locale === 'kk' ? 'Жеке сот орындаушысы' : 'Частный судебный исполнитель')
      : (input.locale === 'kk' ? 'Сот орындаушысы' : 'Судебный исполнитель'), name: bailiff },
    verifyUrl: `${deps.publicOrigin}/verify/${documentId}`,
    documentId,
  };
  // The bytes to sign are the act as it will stand signed; people read the draft rendering (marked, no ЭЦП footer) until then.
  const pdf = await renderResolutionPdf(pdfInput);
  const draft = await renderResolutionPdf(pdfInput, { draft: true });
  return deps.db.transaction(async (tx) => {
    // Lock order: the proceeding, then its acts (as the signature does), the journal last.
    const locked = await requireProceeding(tx, row.id, true);
    const existing = await findDraftOfKind(tx, row.id, draftKind);
    const same = reusable(existing, choices, locked.version);
    if (same) return { actId: same.id, created: false };
    if (existing) await discardInTx(tx, existing, actor, now, 'replaced');
    await createDocument(tx, { id: documentId, kind: 'enforcement.act', title: template.title, mediaType: 'application/pdf', content: pdf,
      createdBy: subject.id }, now);
    await storeDraftRendering(tx, documentId, draft);
    const actId = randomUUID();
    await insertAct(tx, { id: actId, proceedingId: row.id, action: input.action ?? null, effect, templateCode: template.code,
      templateVersion: template.version, locale: input.locale, groundCode: ground?.code ?? null, params, documentId,
      needsApproval: template.needsApproval, baseVersion: row.version, createdBy: subject.id, createdAt: now, draftKind });
    if (effect === 'request') {
      await insertRequest(tx, { id: randomUUID(), proceedingId: row.id, actId, requestType: params.requestType ?? '',
        debtorIdentifier: row.debtorIdentifier, createdAt: now });
    }
    tx.journal({ at: now, actor, action: 'enforcement.act_generated', objectType: 'proceeding', objectId: row.id,
      details: { actId, documentId, templateCode: template.code, templateVersion: template.version, action: input.action ?? null,
        groundCode: ground?.code ?? null } });
    return { actId, created: true };
  });
}

/** The act, or 404 when it does not exist or its proceeding is not the subject's to see. */
async function requireVisibleAct(db: Database, subject: Subject, actId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(actId)) throw new DomainError(ErrorCode.notFound);
  const act = await findAct(db, actId);
  if (!act) throw new DomainError(ErrorCode.notFound);
  const row = await requireProceeding(db, act.proceedingId);
  if (!mayViewProceeding(subject, row)) throw new DomainError(ErrorCode.notFound);
  return { act, row };
}

/** ISSUE-13 item 8: «Удалить черновик» — the author throws an unsigned draft away; journalled, the document stays unsigned. */
export async function discardAct(deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, actId: string): Promise<string> {
  const now = deps.clock.now();
  const { act, row } = await requireVisibleAct(deps.db, subject, actId);
  if (!can(subject, 'act.discard', actResource(act, row))) {
    throw act.status === 'draft' ? new DomainError(ErrorCode.forbidden) : new DomainError(ErrorCode.actState);
  }
  await deps.db.transaction(async (tx) => {
    await requireProceeding(tx, act.proceedingId, true);
    const current = await findAct(tx, actId);
    if (!current || current.status !== 'draft') throw new DomainError(ErrorCode.actState);
    await discardInTx(tx, current, actor, now, 'discarded');
  });
  return act.proceedingId;
}

/**
 * ISSUE-13 item 8: «Сформировать заново» — the same choices rendered against
 * the card as it is now; the old draft is replaced (createAct).
 */
export async function regenerateAct(deps: Deps, subject: Subject, actor: JournalActor, actId: string) {
  const { act, row } = await requireVisibleAct(deps.db, subject, actId);
  if (!can(subject, 'act.discard', actResource(act, row))) {
    throw act.status === 'draft' ? new DomainError(ErrorCode.forbidden) : new DomainError(ErrorCode.actState);
  }
  const result = await createAct(deps, subject, actor, act.proceedingId, {
    templateCode: act.templateCode, locale: act.locale, action: act.action ?? undefined, groundCode: act.groundCode ?? undefined, params: act.params,
  });
  return { ...result, proceedingId: act.proceedingId };
}
