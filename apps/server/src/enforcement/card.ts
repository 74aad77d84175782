import { SIOPSO_REQUEST_TYPES } from '@oryndau/adapters';
import type { ActWithTitle, DistributionDecisionRecord, Sql } from '@oryndau/db';
import {
  findExecutiveDocument, findSimplifiedCaseOfProceeding, findUserNames, listActsOfProceeding, listArrestedProperty, listArrests,
  listDistributionDecisions, listOrdinaryCredits, listParties, listRequests, listTasks,
} from '@oryndau/db';
import { DomainError, ErrorCode, GROUND_KINDS_BY_ACTION, allowedActions, can, distribution, isDraftStale } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import { TEMPLATE_BY_ACTION } from './act-values';
import { mayViewProceeding, proceedingResource } from './authorize';
import { requireProceeding } from './store';
import { latestTemplate } from './templates-store';

const iso = (v: Date | null) => (v === null ? null : v.toISOString());
const TASK_TITLES = {
  initiation: { kk: 'Іс жүргізуді қозғау немесе қозғаудан бас тарту', ru: 'Возбудить производство или отказать в возбуждении' },
  voluntary_execution: { kk: 'Борышкердің өз еркімен орындау мерзімі', ru: 'Срок добровольного исполнения должником' },
  execution_term: { kk: 'Атқарушылық әрекеттерді жасау мерзімі (2 ай)', ru: 'Срок совершения исполнительных действий (2 месяца)' },
  approval: { kk: 'Аға сот орындаушысының бекітуі', ru: 'Утверждение старшим судебным исполнителем' },
} as const;
const EXCLUSION: Readonly<Record<string, { kk: string; ru: string } | undefined>> = distribution.EXCLUSION_TEXTS;

/** How the fine left the simplified path before it became this proceeding (SIMP-1, SIMP-2, SIMP-5, SIMP-6). */
const SIMPLIFIED_ORIGINS = ['expired', 'disagreed', 'ineligible', 'no_phone'] as const;
type SimplifiedOrigin = (typeof SIMPLIFIED_ORIGINS)[number];
const ORIGIN_VALUES: readonly (string | null)[] = SIMPLIFIED_ORIGINS;
const isOrigin = (v: string | null): v is SimplifiedOrigin => ORIGIN_VALUES.includes(v);

/**
 * SIMP-5/SIMP-6 on the card: the cancelled (or never started) simplified
 * proceeding this one came from, and every payment for the fine credited
 * here — a payment that landed after the cancellation is neither lost nor
 * charged twice, so the bailiff must see it. Null for any other proceeding.
 */
async function simplifiedOrigin(sql: Sql, proceedingId: string) {
  const c = await findSimplifiedCaseOfProceeding(sql, proceedingId);
  if (!c) return null;
  // Rows from before closed_outcome existed keep the intake's cause.
  const outcome = isOrigin(c.closedOutcome) ? c.closedOutcome : isOrigin(c.intakeCause) ? c.intakeCause : null;
  if (outcome === null) return null;
  const credits = (await listOrdinaryCredits(sql, proceedingId, c.caseId))
    .map((p) => ({ paymentId: p.paymentId, amountTiyn: Number(p.amountTiyn), paidAt: p.paidAt.toISOString(), recordedAt: p.recordedAt.toISOString(),
      receiptCode: p.receiptCode }));
  return {
    caseId: c.caseId, erapFineId: c.erapFineId, outcome, initiatedAt: iso(c.initiatedAt), closedAt: iso(c.closedAt), credits,
    creditedTiyn: credits.reduce((sum, p) => sum + p.amountTiyn, 0),
  };
}

/** Everyone the card names: the bailiff, who decided and who was considered, who wrote and approved each act. */
const peopleOf = (bailiffId: string | null, decisions: readonly DistributionDecisionRecord[], acts: readonly ActWithTitle[]) => [
  bailiffId, ...decisions.flatMap((d) => [d.bailiffId, d.decidedBy]), ...acts.flatMap((a) => [a.createdBy, a.approvedBy]),
  ...decisions.flatMap((d) => (d.decision.candidates ?? []).map((c) => c.id)),
];

/** ENF-10: everything the card's tabs show, in one read. */
export async function proceedingCard(sql: Sql, subject: Subject, id: string, now: Date) {
  const row = await requireProceeding(sql, id);
  if (!mayViewProceeding(subject, row)) throw new DomainError(ErrorCode.notFound);
  const doc = await findExecutiveDocument(sql, row.executiveDocumentId);
  if (!doc) throw new Error(`proceeding ${row.id}: executive document ${row.executiveDocumentId} is missing`);
  const [parties, decisions, acts, requests, arrests, items, tasks, simplified] = await Promise.all([
    listParties(sql, id, 'debtorsFirst'), listDistributionDecisions(sql, id), listActsOfProceeding(sql, id), listRequests(sql, id),
    listArrests(sql, id), listArrestedProperty(sql, id), listTasks(sql, id), simplifiedOrigin(sql, id),
  ]);
  const names = await findUserNames(sql, peopleOf(row.bailiffId, decisions, acts));
  const person = (pid: string | null) => (pid !== null ? { id: pid, fullName: names.get(pid) ?? '' } : null);
  const today = localDateOf(now, row.timeZone);
  const canAct = can(subject, 'proceeding.act', proceedingResource(row));
  const available = [];
  for (const action of allowedActions(row.status)) {
    const templateCode = TEMPLATE_BY_ACTION[action];
    const template = await latestTemplate(sql, templateCode);
    available.push({ action, templateCode, groundKinds: [...(GROUND_KINDS_BY_ACTION[action] ?? [])], needsApproval: template?.needsApproval ?? false });
  }
  return {
    id: row.id, status: row.status, version: row.version, registrationNumber: row.registrationNumber,
    registeredAt: row.registeredAt.toISOString(), timeZone: row.timeZone, regionKato: row.regionKato, bailiff: person(row.bailiffId),
    executiveDocument: {
      source: doc.source, externalId: doc.externalId, courtId: doc.courtId, registrationNumber: doc.registrationNumber,
      registrationDate: doc.registrationDate, arrivalOrder: doc.arrivalOrder, claimEssence: doc.claimEssence, issueDate: doc.issueDate,
      issuingBody: doc.issuingBody, issuingBodyKk: doc.issuingBodyKk, documentType: doc.documentType, documentNumber: doc.documentNumber,
      entryIntoForceDate: doc.entryIntoForceDate, receivedFrom: doc.receivedFrom, copyNumber: doc.copyNumber,
      categoryCode: doc.categoryCode, subcategory: doc.subcategory, amount: doc.amount, currency: doc.currency,
      exchangeRate: doc.exchangeRate, exchangeRateDate: doc.exchangeRateDate, amountTiyn: doc.amountTiyn,
      senderDocumentDate: doc.senderDocumentDate, senderOutgoingNumber: doc.senderOutgoingNumber, signerName: doc.signerName,
      claimFiledBy: doc.claimFiledBy, solidaryLiability: doc.solidaryLiability, trustedPerson: doc.trustedPerson,
      courtActDocumentId: doc.courtActDocumentId,
    },
    parties: parties.map((p) => ({ id: p.id, role: p.role, kind: p.kind, identifier: p.identifier, name: p.name, address: p.address,
      regionKato: p.regionKato })),
    distribution: decisions.map((d) => ({
      id: d.id, kind: d.kind, decidedAt: iso(d.decidedAt), decidedBy: person(d.decidedBy), bailiff: person(d.bailiffId),
      ruleId: d.ruleId, rulesVersion: d.rulesVersion, reason: { kk: d.decision.reason.kk, ru: d.decision.reason.ru },
      writtenReason: d.writtenReason,
      candidates: d.decision.candidates.map((c) => ({ id: c.id, fullName: names.get(c.id) ?? '', kind: c.kind, load: c.load, eligible: c.eligible,
        licence: c.licence, excludedBecause: c.excludedBecause ? EXCLUSION[c.excludedBecause] ?? null : null })),
    })),
    availableActions: available,
    acts: acts.map((a) => ({
      id: a.id, action: a.action, effect: a.effect, templateCode: a.templateCode, templateVersion: a.templateVersion,
      title: a.title, locale: a.locale, groundCode: a.groundCode, documentId: a.documentId,
      needsApproval: a.needsApproval, status: a.status, createdAt: iso(a.createdAt), createdBy: person(a.createdBy),
      signedAt: iso(a.signedAt), approvedAt: iso(a.approvedAt), approvedBy: person(a.approvedBy),
      returnReason: a.returnReason, rejection: a.rejection ?? null, stale: isDraftStale(a, row.version),
    })),
    requests: requests.map((r) => {
      const type = SIOPSO_REQUEST_TYPES.find((t) => t.code === r.requestType);
      return {
        id: r.id, actId: r.actId, type: r.requestType, typeName: type?.name ?? { kk: r.requestType, ru: r.requestType },
        agency: type?.agency ?? { kk: '', ru: '' }, status: r.status, createdAt: iso(r.createdAt), sentAt: iso(r.sentAt),
        answeredAt: iso(r.answeredAt), attempts: r.attempts, lastError: r.lastError, answer: r.answer ?? null,
        agencyError: r.agencyError ?? null,
      };
    }),
    arrests: arrests.map((a) => ({ id: a.id, actId: a.actId, kind: a.kind, status: a.status, imposedAt: iso(a.imposedAt),
      liftedAt: iso(a.liftedAt), liftReason: a.liftReason, details: a.details })),
    arrestedProperty: items.map((i) => ({ id: i.id, arrestId: i.arrestId, kind: i.kind, description: i.description,
      identifier: i.identifier, valueTiyn: i.valueTiyn, status: i.status })),
    tasks: tasks.map((t) => ({ kind: t.kind, dueDate: t.dueDate, status: t.status, overdue: t.status === 'open' && t.dueDate < today,
      title: TASK_TITLES[t.kind] })),
    suspensions: row.suspensions, endingKind: row.endingKind, groundCode: row.groundCode, simplified,
    canAct, canReassign: can(subject, 'proceeding.reassign', proceedingResource(row)),
  };
}
