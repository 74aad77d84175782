import type { Database, JournalActor } from '@oryndau/db';
import { DomainError, ErrorCode, can, distribution } from '@oryndau/domain';
import type { ActStatus, Clock, Subject } from '@oryndau/domain';
import { authorizeAct, authorizeProceeding } from './authorize';
import { loadCandidates, storeDecision, withNames } from './distribution-store';
import { scopeOf } from './queues';
import { requireProceedingRow } from './store';

type Decision = ReturnType<typeof distribution.distribute>;

async function requireSenior(db: Database, subject: Subject, proceedingId: string) {
  const row = await requireProceedingRow(db, proceedingId);
  authorizeProceeding(subject, row, 'proceeding.reassign');
  return row;
}

/** ENF-9: «Входящие/Уведомления» — acts the region's bailiffs signed that wait for the senior's signature. */
export async function listApprovals(db: Database, subject: Subject) {
  if (!can(subject, 'enforcement.approvals.read', undefined)) throw new DomainError(ErrorCode.forbidden);
  const scope = scopeOf(subject);
  if (!('regionKato' in scope)) return { items: [] };
  const result = await db.query<Record<string, unknown>>(
    `SELECT a.*, d.title_kk, d.title_ru, p.registration_number, p.debtor_name, p.debtor_identifier, u.full_name AS bailiff_name
       FROM proceeding_acts a JOIN proceedings p ON p.id = a.proceeding_id JOIN documents d ON d.id = a.document_id
       JOIN users u ON u.id = a.created_by
      WHERE a.status = 'awaiting_approval' AND p.region_kato = $1 ORDER BY a.signed_at`, [scope.regionKato]);
  return {
    items: result.rows.map((a) => ({
      act: {
        id: a.id, action: a.action, effect: a.effect, templateCode: a.template_code, templateVersion: Number(a.template_version),
        title: { kk: a.title_kk, ru: a.title_ru }, locale: a.locale, groundCode: a.ground_code, documentId: a.document_id,
        needsApproval: a.needs_approval, status: a.status, createdAt: new Date(a.created_at as Date).toISOString(),
        createdBy: { id: a.created_by, fullName: a.bailiff_name }, signedAt: a.signed_at ? new Date(a.signed_at as Date).toISOString() : null,
        approvedAt: null, approvedBy: null, returnReason: null, rejection: null,
      },
      proceedingId: a.proceeding_id, registrationNumber: a.registration_number,
      debtor: { name: a.debtor_name, identifier: a.debtor_identifier }, bailiff: { id: a.created_by, fullName: a.bailiff_name },
    })),
  };
}

/** ENF-9: the senior returns a signed resolution to the bailiff with a written reason; it never takes effect. */
export async function returnAct(deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, actId: string, reason: string) {
  const now = deps.clock.now();
  if (reason.trim().length < 5) throw new DomainError(ErrorCode.validation, { fields: ['reason'] });
  if (!/^[0-9a-f-]{36}$/i.test(actId)) throw new DomainError(ErrorCode.notFound);
  const act = (await deps.db.query<{ proceeding_id: string; status: ActStatus; created_by: string }>(
    'SELECT proceeding_id, status, created_by FROM proceeding_acts WHERE id = $1', [actId])).rows[0];
  if (!act) throw new DomainError(ErrorCode.notFound);
  authorizeAct(subject, act, await requireProceedingRow(deps.db, act.proceeding_id), 'act.return');
  await deps.db.transaction(async (tx) => {
    // Lock order: the proceeding, then its act (as the signature does), the journal last.
    await requireProceedingRow(tx, act.proceeding_id, true);
    const moved = await tx.query(
      `UPDATE proceeding_acts SET status = 'returned', returned_by = $2, returned_at = $3, return_reason = $4
        WHERE id = $1 AND status = 'awaiting_approval'`, [actId, subject.id, now.toISOString(), reason.trim()]);
    if (moved.rowCount !== 1) throw new DomainError(ErrorCode.actState);
    await tx.query('UPDATE proceedings SET awaiting_approval = greatest(awaiting_approval - 1, 0) WHERE id = $1', [act.proceeding_id]);
    tx.journal({ at: now, actor, action: 'enforcement.act_returned', objectType: 'proceeding', objectId: act.proceeding_id,
      details: { actId, reason: reason.trim() } });
  });
}

export async function reassignmentCandidates(deps: { db: Database; clock: Clock }, subject: Subject, proceedingId: string) {
  const row = await requireSenior(deps.db, subject, proceedingId);
  const candidates = await loadCandidates(deps.db, deps.clock.now(), row.region_kato);
  return { candidates: candidates.map((c) => ({ id: c.id, fullName: c.fullName, kind: c.kind, load: c.load, active: c.active !== false,
    licence: c.licence ? { number: c.licence.number, until: c.licence.validUntil } : null })) };
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
    const locked = await requireProceedingRow(tx, proceedingId, true);
    const last = (await tx.query<{ decision: Decision }>(
      'SELECT decision FROM distribution_decisions WHERE proceeding_id = $1 ORDER BY decided_at DESC LIMIT 1', [proceedingId])).rows[0];
    if (!last) throw new DomainError(ErrorCode.notFound);
    const candidates = await loadCandidates(tx, now, row.region_kato);
    const decision = withNames(distribution.reassign({ ...last.decision, chosen: locked.bailiff_id },
      { target: input.bailiffId, reason: input.reason, by: subject.id }, candidates, now), candidates);
    await storeDecision(tx, proceedingId, decision, { decidedBy: subject.id, previousBailiffId: locked.bailiff_id, writtenReason: input.reason.trim() });
    await tx.query('UPDATE proceedings SET version = version + 1 WHERE id = $1', [proceedingId]);
    tx.journal({ at: now, actor, action: 'enforcement.reassigned', objectType: 'proceeding', objectId: proceedingId,
      details: { from: locked.bailiff_id, to: input.bailiffId, reason: input.reason.trim() } });
  });
}
