import type { ActWithTitle, Database, JournalActor } from '@oryndau/db';
import {
  adjustAwaitingApproval, bumpProceedingVersion, findAct, findLatestDecision, listActsAwaitingApproval, returnActAwaitingApproval,
} from '@oryndau/db';
import { DomainError, ErrorCode, can, distribution } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { authorizeAct, authorizeProceeding } from './authorize';
import { loadCandidates, storeDecision, withNames } from './distribution-store';
import { notifyActAuthor } from './notify-author';
import { scopeOf } from './queues';
import { requireProceeding } from './store';

async function requireSenior(db: Database, subject: Subject, proceedingId: string) {
  const row = await requireProceeding(db, proceedingId);
  authorizeProceeding(subject, row, 'proceeding.reassign');
  return row;
}

/** ENF-9: «Входящие/Уведомления» — acts the region's bailiffs signed that wait for the senior's signature. */
export async function listApprovals(db: Database, subject: Subject) {
  if (!can(subject, 'enforcement.approvals.read', undefined)) throw new DomainError(ErrorCode.forbidden);
  const scope = scopeOf(subject);
  if (!('regionKato' in scope)) return { items: [] };
  const items = await listActsAwaitingApproval(db, scope.regionKato);
  return {
    items: items.map((item) => ({
      act: { ...approvalActView(item.act), createdBy: { id: item.act.createdBy, fullName: item.bailiffName } },
      proceedingId: item.act.proceedingId, registrationNumber: item.registrationNumber,
      debtor: { name: item.debtorName, identifier: item.debtorIdentifier }, bailiff: { id: item.act.createdBy, fullName: item.bailiffName },
    })),
  };
}

/** An act waiting for approval as the list shows it: not approved, returned or rejected yet. */
function approvalActView(a: ActWithTitle) {
  return {
    id: a.id, action: a.action, effect: a.effect, templateCode: a.templateCode, templateVersion: a.templateVersion, title: a.title,
    locale: a.locale, groundCode: a.groundCode, documentId: a.documentId, needsApproval: a.needsApproval, status: a.status,
    createdAt: a.createdAt.toISOString(), signedAt: a.signedAt ? a.signedAt.toISOString() : null,
    approvedAt: null, approvedBy: null, returnReason: null, rejection: null, stale: false,
  };
}

/** ENF-9: the senior returns a signed resolution to the bailiff with a written reason; it never takes effect. */
export async function returnAct(deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, actId: string, reason: string) {
  const now = deps.clock.now();
  if (reason.trim().length < 5) throw new DomainError(ErrorCode.validation, { fields: ['reason'] });
  if (!/^[0-9a-f-]{36}$/i.test(actId)) throw new DomainError(ErrorCode.notFound);
  const act = await findAct(deps.db, actId);
  if (!act) throw new DomainError(ErrorCode.notFound);
  authorizeAct(subject, act, await requireProceeding(deps.db, act.proceedingId), 'act.return');
  await deps.db.transaction(async (tx) => {
    // Lock order: the proceeding, then its act (as the signature does), the journal last.
    const row = await requireProceeding(tx, act.proceedingId, true);
    if (!(await returnActAwaitingApproval(tx, actId, subject.id, now, reason.trim()))) throw new DomainError(ErrorCode.actState);
    await adjustAwaitingApproval(tx, act.proceedingId, -1);
    // ISSUE-13 item 10: the author is told (outbox e-mail, after commit).
    await notifyActAuthor(tx, act, row.registrationNumber, subject.id, { kind: 'returned', reason: reason.trim() }, now);
    tx.journal({ at: now, actor, action: 'enforcement.act_returned', objectType: 'proceeding', objectId: act.proceedingId,
      details: { actId, reason: reason.trim() } });
  });
}

export async function reassignmentCandidates(deps: { db: Database; clock: Clock }, subject: Subject, proceedingId: string) {
  const row = await requireSenior(deps.db, subject, proceedingId);
  const candidates = await loadCandidates(deps.db, deps.clock.now(), row.regionKato);
  return { candidates: candidates.map((c) => ({ id: c.id, fullName: c.fullName, kind: c.kind, load: c.load, active: c.active !== false,
    licence: c.licence ? { number: c.licence.number, until: c.licence.register && c.licence.register.status !== 'terminated' ? null : c.licence.validUntil } : null })) };
}

/** ENF-12: a senior bailiff reassigns with a written reason; the decision is stored and journalled like the automatic one. */
export async function reassignProceeding(
  deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, proceedingId: string, input: { bailiffId: string; reason: string },
) {
  const now = deps.clock.now();
  const row = await requireSenior(deps.db, subject, proceedingId);
  if (input.reason.trim().length < 10) throw new DomainError(ErrorCode.validation, { fields: ['reason'] });
  if (!['registered', 'initiated', 'suspended'].includes(row.status)) throw new DomainError(ErrorCode.transitionForbidden, { from: row.status });
  await deps.db.transaction(async (tx) => {
    const locked = await requireProceeding(tx, proceedingId, true);
    const last = await findLatestDecision(tx, proceedingId);
    if (!last) throw new DomainError(ErrorCode.notFound);
    const candidates = await loadCandidates(tx, now, row.regionKato);
    const decision = withNames(distribution.reassign({ ...last, chosen: locked.bailiffId },
      { target: input.bailiffId, reason: input.reason, by: subject.id }, candidates, now), candidates);
    await storeDecision(tx, proceedingId, decision, { decidedBy: subject.id, previousBailiffId: locked.bailiffId, writtenReason: input.reason.trim() });
    await bumpProceedingVersion(tx, proceedingId);
    tx.journal({ at: now, actor, action: 'enforcement.reassigned', objectType: 'proceeding', objectId: proceedingId,
      details: { from: locked.bailiffId, to: input.bailiffId, reason: input.reason.trim() } });
  });
}
