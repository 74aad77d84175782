import { randomUUID } from 'node:crypto';
import type { JournalActor, Sql, Tx } from '@oryndau/db';
import {
  DomainError, ErrorCode, can, decide, executionTermDueDate, groundByCode, voluntaryExecutionDueDate,
} from '@oryndau/domain';
import type { ActStatus, ProceedingAction, ProceedingCommand } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import type { WorkingCalendar } from '@oryndau/kz';
import type { DocumentSigningHook } from '../signing/sign-document';
import { actResource, mayViewProceeding } from './authorize';
import type { ActParams } from './act-values';
import { enqueueCourtStatus } from './court-status';
import { closeTasks, loadWorkingCalendar, proceedingOf, refreshNextDue, requireProceedingRow, saveProceedingState, upsertTask } from './store';
import type { ProceedingRow } from './store';

export type ActRow = {
  id: string; proceeding_id: string; action: ProceedingAction | null; effect: 'transition' | 'resolution' | 'request' | 'arrest' | 'arrest_lift';
  template_code: string; ground_code: string | null; params: ActParams; document_id: string; needs_approval: boolean; base_version: number;
  status: ActStatus; created_by: string;
};

export async function actOfDocument(sql: Sql, documentId: string, lock = false): Promise<ActRow | null> {
  const result = await sql.query<ActRow>(`SELECT * FROM proceeding_acts WHERE document_id = $1${lock ? ' FOR UPDATE' : ''}`, [documentId]);
  return result.rows[0] ?? null;
}

/** Execution term: 2 months from initiation, suspended days added back (deadlines.ts). */
async function executionTask(tx: Sql, row: ProceedingRow, state: ReturnType<typeof proceedingOf>, now: Date, calendar: WorkingCalendar) {
  if (!state.initiatedAt) return;
  const due = executionTermDueDate({ initiatedAt: state.initiatedAt, zone: row.time_zone, suspensions: state.suspensions, asOf: now, extended: false }, calendar);
  await upsertTask(tx, row.id, 'execution_term', due, now);
}

async function applyTransition(tx: Tx, act: ActRow, actor: JournalActor, now: Date): Promise<void> {
  const row = await requireProceedingRow(tx, act.proceeding_id, true);
  // The resolution was rendered from the card at base_version: if another act moved it since, it is stale.
  if (Number(row.version) !== Number(act.base_version)) {
    throw new DomainError(ErrorCode.versionConflict, { expected: act.base_version, actual: row.version });
  }
  const before = proceedingOf(row);
  const action = act.action!;
  const command: ProceedingCommand = action === 'transfer'
    ? { action, toDepartmentId: act.params.toDepartmentCode ?? '' }
    : { action, ...(act.ground_code ? { groundCode: act.ground_code } : {}) };
  const result = decide(before, command, now);
  if (!result.ok) throw result.error;
  await saveProceedingState(tx, result.state, before.version);
  const state = result.state;
  const today = localDateOf(now, row.time_zone);
  switch (action) {
    case 'initiate': {
      // The working calendar is read once per act, and only by the acts that count days.
      const calendar = await loadWorkingCalendar(tx);
      await closeTasks(tx, row.id, ['initiation'], 'done', now);
      // The copy of the resolution goes to the debtor the day it is signed; the 5 calendar days run from that notice.
      await upsertTask(tx, row.id, 'voluntary_execution', voluntaryExecutionDueDate(today, false, calendar) ?? today, now);
      await executionTask(tx, row, state, now, calendar);
      break;
    }
    case 'refuse':
      await closeTasks(tx, row.id, ['initiation'], 'done', now);
      break;
    case 'resume':
      await executionTask(tx, row, state, now, await loadWorkingCalendar(tx));
      break;
    case 'suspend':
      break;
    case 'terminate': case 'returnToClaimant': case 'recall': case 'confirmExecution': case 'transfer':
      await closeTasks(tx, row.id, ['initiation', 'voluntary_execution', 'execution_term'], 'done', now);
      break;
  }
  if (state.status === 'ended') {
    // ENF-10: an ended proceeding keeps no arrests.
    const lifted = await tx.query<{ id: string }>(
      `UPDATE arrests SET status = 'lifted', lifted_at = $2, lift_reason = 'proceeding_ended' WHERE proceeding_id = $1 AND status = 'active' RETURNING id`,
      [row.id, now.toISOString()]);
    await tx.query(`UPDATE arrested_property SET status = 'released' WHERE proceeding_id = $1 AND status = 'arrested'`, [row.id]);
    if (lifted.rows.length > 0) {
      tx.journal({ at: now, actor, action: 'enforcement.arrests_lifted', objectType: 'proceeding', objectId: row.id,
        details: { arrests: lifted.rows.map((r) => r.id), because: 'proceeding_ended' } });
    }
  }
  await refreshNextDue(tx, row.id);
  for (const event of result.events) await enqueueCourtStatus(tx, row, event, now);
  tx.journal({ at: now, actor, action: `enforcement.${action}`, objectType: 'proceeding', objectId: row.id,
    details: { actId: act.id, from: before.status, to: state.status, groundCode: act.ground_code, version: state.version,
      ground: act.ground_code ? groundByCode(act.ground_code)?.lawRef ?? null : null } });
}

async function applyArrest(tx: Sql, act: ActRow, now: Date): Promise<{ arrestId: string; kind: string; items: number }> {
  const arrest = act.params.arrest;
  const kind = act.template_code === 'enf.arrest_accounts' ? 'accounts' : act.template_code === 'enf.arrest_property' ? 'property' : 'travel';
  const arrestId = randomUUID();
  await tx.query(
    `INSERT INTO arrests (id, proceeding_id, act_id, kind, status, details, imposed_at) VALUES ($1, $2, $3, $4, 'active', $5::jsonb, $6)`,
    [arrestId, act.proceeding_id, act.id, kind, JSON.stringify({ items: arrest?.items.length ?? 0 }), now.toISOString()]);
  for (const item of arrest?.items ?? []) {
    await tx.query(
      `INSERT INTO arrested_property (id, arrest_id, proceeding_id, kind, description, identifier, value_tiyn, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'arrested')`,
      [randomUUID(), arrestId, act.proceeding_id, item.kind, item.description.trim(), item.identifier ?? null, item.valueTiyn ?? null]);
  }
  return { arrestId, kind, items: arrest?.items.length ?? 0 };
}

/**
 * The act takes effect: everything in the signature's transaction. Every
 * applied act leaves an entry on its proceeding's journal (X-2, ENF-10):
 * a transition its `enforcement.<action>`, the others the entries below.
 */
async function applyAct(tx: Tx, act: ActRow, actor: JournalActor, now: Date): Promise<void> {
  const onProceeding = (action: string, details: Record<string, unknown>) => tx.journal({ at: now, actor, action, objectType: 'proceeding',
    objectId: act.proceeding_id, details: { actId: act.id, templateCode: act.template_code, ...details } });
  switch (act.effect) {
    case 'transition':
      await applyTransition(tx, act, actor, now);
      break;
    case 'request': {
      const signed = await tx.query<{ id: string; request_type: string }>(
        `UPDATE siopso_requests SET status = 'signed' WHERE act_id = $1 AND status = 'draft' RETURNING id, request_type`, [act.id]);
      onProceeding('enforcement.request_signed', { requests: signed.rows.map((r) => ({ requestId: r.id, type: r.request_type })) });
      break;
    }
    case 'arrest': {
      const arrest = await applyArrest(tx, act, now);
      onProceeding('enforcement.arrest_imposed', arrest);
      break;
    }
    case 'arrest_lift': {
      const lifted = await tx.query(
        `UPDATE arrests SET status = 'lifted', lifted_at = $2, lift_act_id = $3, lift_reason = 'resolution' WHERE id = $1 AND status = 'active'`,
        [act.params.arrestId, now.toISOString(), act.id]);
      if (lifted.rowCount !== 1) throw new DomainError(ErrorCode.actState);
      await tx.query(`UPDATE arrested_property SET status = 'released' WHERE arrest_id = $1`, [act.params.arrestId]);
      onProceeding('enforcement.arrest_lifted', { arrestId: act.params.arrestId, because: 'resolution' });
      break;
    }
    case 'resolution':
      onProceeding('enforcement.resolution_signed', {});
      break;
  }
  await tx.query(`UPDATE proceeding_acts SET status = 'applied', applied_at = $2 WHERE id = $1`, [act.id, now.toISOString()]);
}

/**
 * SIG-1, ENF-9: what a valid signature on an act's document does. The
 * bailiff's signature applies the act, or — when its template needs
 * approval — hands it to the senior bailiff, whose signature applies it.
 */
export const enforcementActHook: DocumentSigningHook = {
  async mayRead(sql, subject, document) {
    const act = await actOfDocument(sql, document.id);
    if (!act) return false;
    return mayViewProceeding(subject, await requireProceedingRow(sql, act.proceeding_id));
  },
  async maySign(sql, subject, document) {
    const act = await actOfDocument(sql, document.id);
    if (!act) return false;
    // The author signs the draft; a senior of the region approves it (ENF-9): policies.ts `act.sign`.
    return can(subject, 'act.sign', actResource(act, await requireProceedingRow(sql, act.proceeding_id)));
  },
  async lockOwner(tx, document) {
    // The act's proceeding_id never changes, so it is read without a lock.
    const act = await actOfDocument(tx, document.id);
    if (act) await requireProceedingRow(tx, act.proceeding_id, true);
  },
  async onSigned(tx, { subject, actor, document, now }) {
    const act = await actOfDocument(tx, document.id, true);
    if (!act) throw new DomainError(ErrorCode.notFound);
    if (act.status === 'draft' && act.created_by === subject.id) {
      if (act.needs_approval) {
        if (act.effect === 'transition') {
          const row = await requireProceedingRow(tx, act.proceeding_id, true);
          if (Number(row.version) !== Number(act.base_version)) throw new DomainError(ErrorCode.versionConflict);
        }
        await tx.query(`UPDATE proceeding_acts SET status = 'awaiting_approval', signed_at = $2 WHERE id = $1`, [act.id, now.toISOString()]);
        await tx.query('UPDATE proceedings SET awaiting_approval = awaiting_approval + 1 WHERE id = $1', [act.proceeding_id]);
        tx.journal({ at: now, actor, action: 'enforcement.act_sent_for_approval', objectType: 'proceeding',
          objectId: act.proceeding_id, details: { actId: act.id, templateCode: act.template_code } });
        return;
      }
      await tx.query('UPDATE proceeding_acts SET signed_at = $2 WHERE id = $1', [act.id, now.toISOString()]);
      await applyAct(tx, act, actor, now);
      return;
    }
    if (act.status === 'awaiting_approval' && subject.id !== act.created_by) {
      await tx.query('UPDATE proceeding_acts SET approved_by = $2, approved_at = $3 WHERE id = $1', [act.id, subject.id, now.toISOString()]);
      await tx.query('UPDATE proceedings SET awaiting_approval = greatest(awaiting_approval - 1, 0) WHERE id = $1', [act.proceeding_id]);
      tx.journal({ at: now, actor, action: 'enforcement.act_approved', objectType: 'proceeding', objectId: act.proceeding_id,
        details: { actId: act.id, templateCode: act.template_code } });
      await applyAct(tx, act, actor, now);
      return;
    }
    throw new DomainError(ErrorCode.actState);
  },
};
