import { randomUUID } from 'node:crypto';
import type { ActRecord, JournalActor, Sql, Tx } from '@oryndau/db';
import {
  adjustAwaitingApproval, closeTasks, findActByDocument, insertArrest, liftActiveArrests, liftArrestByAct, markActApplied, markActApproved,
  markActAwaitingApproval, markActSigned, proceedingStateOf, refreshNextDue, signDraftRequests, upsertTask,
} from '@oryndau/db';
import {
  DomainError, ErrorCode, can, decide, executionTermDueDate, groundByCode, isDraftStale, voluntaryExecutionDueDate,
} from '@oryndau/domain';
import type { Proceeding, ProceedingCommand } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import type { WorkingCalendar } from '@oryndau/kz';
import type { DocumentSigningHook } from '../signing/sign-document';
import { actResource, mayViewProceeding } from './authorize';
import { enqueueCourtStatus } from './court-status';
import { notifyActAuthor } from './notify-author';
import { loadWorkingCalendar, requireProceeding, saveState } from './store';
import type { ProceedingRecord } from './store';
import { assertBailiffLicenceActive } from './bailiff-licence-check';

/** Execution term: 2 months from initiation, suspended days added back (deadlines.ts). */
async function executionTask(tx: Sql, row: ProceedingRecord, state: Proceeding, now: Date, calendar: WorkingCalendar) {
  if (!state.initiatedAt) return;
  const due = executionTermDueDate({ initiatedAt: state.initiatedAt, zone: row.timeZone, suspensions: state.suspensions, asOf: now, extended: false }, calendar);
  await upsertTask(tx, row.id, 'execution_term', due, now);
}

async function applyTransition(tx: Tx, act: ActRecord, actor: JournalActor, now: Date): Promise<void> {
  const row = await requireProceeding(tx, act.proceedingId, true);
  // The resolution was rendered from the card at base_version: if another act moved it since, it is stale.
  if (row.version !== act.baseVersion) {
    throw new DomainError(ErrorCode.versionConflict, { expected: act.baseVersion, actual: row.version });
  }
  const before = proceedingStateOf(row);
  const action = act.action!;
  const command: ProceedingCommand = action === 'transfer'
    ? { action, toDepartmentId: act.params.toDepartmentCode ?? '' }
    : { action, ...(act.groundCode ? { groundCode: act.groundCode } : {}) };
  const result = decide(before, command, now);
  if (!result.ok) throw result.error;
  await saveState(tx, result.state, before.version);
  const state = result.state;
  const today = localDateOf(now, row.timeZone);
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
    const lifted = await liftActiveArrests(tx, row.id, now);
    if (lifted.length > 0) {
      tx.journal({ at: now, actor, action: 'enforcement.arrests_lifted', objectType: 'proceeding', objectId: row.id,
        details: { arrests: lifted, because: 'proceeding_ended' } });
    }
  }
  await refreshNextDue(tx, row.id);
  for (const event of result.events) await enqueueCourtStatus(tx, row, event, now);
  tx.journal({ at: now, actor, action: `enforcement.${action}`, objectType: 'proceeding', objectId: row.id,
    details: { actId: act.id, from: before.status, to: state.status, groundCode: act.groundCode, version: state.version,
      ground: act.groundCode ? groundByCode(act.groundCode)?.lawRef ?? null : null } });
}

async function applyArrest(tx: Sql, act: ActRecord, now: Date): Promise<{ arrestId: string; kind: string; items: number }> {
  const arrest = act.params.arrest;
  const kind = act.templateCode === 'enf.arrest_accounts' ? 'accounts' : act.templateCode === 'enf.arrest_property' ? 'property' : 'travel';
  const arrestId = randomUUID();
  await insertArrest(tx, { id: arrestId, proceedingId: act.proceedingId, actId: act.id, kind, imposedAt: now,
    items: (arrest?.items ?? []).map((item) => ({ id: randomUUID(), kind: item.kind, description: item.description.trim(),
      identifier: item.identifier ?? null, valueTiyn: item.valueTiyn ?? null })) });
  return { arrestId, kind, items: arrest?.items.length ?? 0 };
}

/**
 * The act takes effect: everything in the signature's transaction. Every
 * applied act leaves an entry on its proceeding's journal (X-2, ENF-10):
 * a transition its `enforcement.<action>`, the others the entries below.
 */
async function applyAct(tx: Tx, act: ActRecord, actor: JournalActor, now: Date): Promise<void> {
  const onProceeding = (action: string, details: Record<string, unknown>) => tx.journal({ at: now, actor, action, objectType: 'proceeding',
    objectId: act.proceedingId, details: { actId: act.id, templateCode: act.templateCode, ...details } });
  switch (act.effect) {
    case 'transition':
      await applyTransition(tx, act, actor, now);
      break;
    case 'request': {
      const signed = await signDraftRequests(tx, act.id);
      onProceeding('enforcement.request_signed', { requests: signed.map((r) => ({ requestId: r.id, type: r.requestType })) });
      break;
    }
    case 'arrest': {
      const arrest = await applyArrest(tx, act, now);
      onProceeding('enforcement.arrest_imposed', arrest);
      break;
    }
    case 'arrest_lift': {
      if (!(await liftArrestByAct(tx, act.params.arrestId ?? '', act.id, now))) throw new DomainError(ErrorCode.actState);
      onProceeding('enforcement.arrest_lifted', { arrestId: act.params.arrestId, because: 'resolution' });
      break;
    }
    case 'resolution':
      onProceeding('enforcement.resolution_signed', {});
      break;
  }
  await markActApplied(tx, act.id, now);
}

/**
 * SIG-1, ENF-9: what a valid signature on an act's document does. The
 * bailiff's signature applies the act, or — when its template needs
 * approval — hands it to the senior bailiff, whose signature applies it.
 */
export const enforcementActHook: DocumentSigningHook = {
  async mayRead(sql, subject, document) {
    const act = await findActByDocument(sql, document.id);
    if (!act) return false;
    return mayViewProceeding(subject, await requireProceeding(sql, act.proceedingId));
  },
  async maySign(sql, subject, document) {
    const act = await findActByDocument(sql, document.id);
    if (!act) return false;
    // The author signs the draft; a senior of the region approves it (ENF-9): policies.ts `act.sign`.
    return can(subject, 'act.sign', actResource(act, await requireProceeding(sql, act.proceedingId)));
  },
  async lockOwner(tx, document) {
    // The act's proceeding_id never changes, so it is read without a lock.
    const act = await findActByDocument(tx, document.id);
    if (act) await requireProceeding(tx, act.proceedingId, true);
  },
  async onSigned(tx, { subject, actor, document, now }) {
    const act = await findActByDocument(tx, document.id, { lock: true });
    if (!act) throw new DomainError(ErrorCode.notFound);
    if (act.status === 'draft' && act.createdBy === subject.id) {
      await assertBailiffLicenceActive(tx, subject, now);
      // ISSUE-13 item 8: a draft rendered from a card that changed since is regenerated, never signed (the card says so at once).
      const row = await requireProceeding(tx, act.proceedingId, true);
      if (isDraftStale(act, row.version)) throw new DomainError(ErrorCode.versionConflict, { expected: act.baseVersion, actual: row.version });
      if (act.needsApproval) {
        await markActAwaitingApproval(tx, act.id, now);
        await adjustAwaitingApproval(tx, act.proceedingId, 1);
        tx.journal({ at: now, actor, action: 'enforcement.act_sent_for_approval', objectType: 'proceeding',
          objectId: act.proceedingId, details: { actId: act.id, templateCode: act.templateCode } });
        return;
      }
      await markActSigned(tx, act.id, now);
      await applyAct(tx, act, actor, now);
      return;
    }
    if (act.status === 'awaiting_approval' && subject.id !== act.createdBy) {
      await markActApproved(tx, act.id, subject.id, now);
      await adjustAwaitingApproval(tx, act.proceedingId, -1);
      tx.journal({ at: now, actor, action: 'enforcement.act_approved', objectType: 'proceeding', objectId: act.proceedingId,
        details: { actId: act.id, templateCode: act.templateCode } });
      await applyAct(tx, act, actor, now);
      const row = await requireProceeding(tx, act.proceedingId);
      await notifyActAuthor(tx, act, row.registrationNumber, subject.id, { kind: 'approved' }, now);
      return;
    }
    throw new DomainError(ErrorCode.actState);
  },
};
