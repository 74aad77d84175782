import { randomUUID } from 'node:crypto';
import type { Database, JournalActor, Sql } from '@oryndau/db';
import { addCaseEvent, findCourtAct, listAppealsOfCase, saveCourtActBlocked } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import { loadWorkingCalendar } from '../../enforcement/store';
import { courtLocalTime } from '../court-time';
import type { ActContext } from './act-context';

// FILE-15 (ГПК art. 240 p.1, 431; УПК art. 470): an appeal received in time
// — a "Courts, part 1" filing of service 'appeal' aimed at the case, its
// receipt date (court's zone, FILE-13) between the act's final form and the
// last day of the appeal term — stops the act from entering into force.

/** The act's legal force as the law gives it (null: none of its own), from the day it was made in final form. */
export async function legalForceOfAct(sql: Sql, ctx: ActContext): Promise<courts.LegalForce | null> {
  if (!ctx.act.signedAt) return null;
  const finalFormDate = courtLocalTime(ctx.act.signedAt, ctx.court.timeZone).date;
  return courts.computeLegalForce({ kind: ctx.act.kind, form: ctx.courtCase.form, instance: ctx.courtCase.instance, finalFormDate,
    calendar: await loadWorkingCalendar(sql) });
}

/** The first appeal that blocks the act, or null. */
export async function blockingAppeal(sql: Sql, ctx: ActContext): Promise<{ id: string; number: string; receiptDate: string } | null> {
  const legalForce = await legalForceOfAct(sql, ctx);
  if (!legalForce || !ctx.act.signedAt) return null;
  const finalFormDate = courtLocalTime(ctx.act.signedAt, ctx.court.timeZone).date;
  return (await listAppealsOfCase(sql, ctx.act.caseId))
    .find((a) => a.receiptDate >= finalFormDate && courts.appealBlocksEntry(legalForce, a.receiptDate)) ?? null;
}

/**
 * Records the block (its own transaction, committed: the refusal that
 * follows must not roll it back) and answers 409 `courts.legal_force_blocked`.
 */
export async function refuseBlockedByAppeal(db: Database, ctx: ActContext, appeal: { id: string; number: string }, actor: JournalActor, now: Date)
  : Promise<never> {
  await db.transaction(async (tx) => {
    const act = await findCourtAct(tx, ctx.act.id, { lock: true });
    if (!act || act.inForceBlockedByFilingId !== null || act.inForceAt !== null) return;
    if (!(await saveCourtActBlocked(tx, act.id, act.version, appeal.id, now))) return;
    await addCaseEvent(tx, { id: randomUUID(), caseId: act.caseId, kind: 'appeal_filed', occurredAt: now,
      localDate: courtLocalTime(now, ctx.court.timeZone).date, details: { actId: act.id, filingId: appeal.id, filingNumber: appeal.number }, actorUserId: null });
    tx.journal({ at: now, actor, action: 'courts.act_blocked_by_appeal', objectType: 'court_act', objectId: act.id,
      details: { filingId: appeal.id, filingNumber: appeal.number } });
  });
  throw new DomainError(ErrorCode.legalForceBlockedByAppeal, { filingNumber: appeal.number });
}
