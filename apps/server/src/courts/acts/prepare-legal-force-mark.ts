import type { LegalForceMarkResponse } from '@oryndau/contracts';
import type { JournalActor } from '@oryndau/db';
import { findCourtAct, findUserContact, saveCourtActLegalForceDocument } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { createDocument, loadDocument } from '../../signing/documents';
import { courtLocalTime } from '../court-time';
import { benchOf, requireReadableAct } from './act-context';
import { blockingAppeal, legalForceOfAct, refuseBlockedByAppeal } from './appeal-check';
import type { ActDeps } from './create-court-act';

/**
 * FILE-15, SIG-6 (§49, §51): the judge of the case — or the court's
 * chairman, with the reason the judge is absent — asks to mark the act's
 * legal force. Checked here and again when the signature arrives: the act
 * is complete, has a legal-force date, that date has come, no appeal came in
 * time (recorded, then 409). The mark document (canonical JSON naming the
 * act's SHA-256) is stored for the existing signing dialog to sign.
 */
export async function prepareLegalForceMark(deps: ActDeps, subject: Subject, actor: JournalActor, actId: string, body: { absenceReason?: string | undefined })
  : Promise<LegalForceMarkResponse> {
  const ctx = await requireReadableAct(deps.db, subject, actId);
  const bench = benchOf(ctx);
  const asJudge = can(subject, 'courts.act.markLegalForce', { ...bench, asChairman: false });
  const reason = body.absenceReason?.trim() ?? '';
  if (!asJudge) {
    if (!can(subject, 'courts.act.markLegalForce', { ...bench, asChairman: true })) throw new DomainError(ErrorCode.forbidden);
    if (reason === '') throw new DomainError(ErrorCode.absenceReasonRequired);
  }
  if (ctx.act.status !== 'signed') throw new DomainError(ErrorCode.courtActNotComplete);
  if (ctx.act.inForceAt !== null) throw new DomainError(ErrorCode.legalForceAlreadyMarked);
  const now = deps.clock.now();
  if (ctx.act.inForceBlockedByFilingId !== null) throw new DomainError(ErrorCode.legalForceBlockedByAppeal);
  const legalForce = await legalForceOfAct(deps.db, ctx);
  const date = ctx.act.legalForceDate ?? legalForce?.date ?? null;
  if (date === null) throw new DomainError(ErrorCode.legalForceNone);
  if (!courts.legalForceMarkAllowedOn(date, courtLocalTime(now, ctx.court.timeZone).date)) throw new DomainError(ErrorCode.legalForceTooEarly, { date });
  const appeal = await blockingAppeal(deps.db, ctx);
  if (appeal) return refuseBlockedByAppeal(deps.db, ctx, appeal, actor, now);

  const who = await findUserContact(deps.db, subject.id);
  const mark = courts.legalForceMark({
    act: { id: ctx.act.id, kind: ctx.act.kind, documentId: ctx.act.documentId, sha256: (await loadDocument(deps.db, ctx.act.documentId))?.contentHash ?? '' },
    case: { id: ctx.courtCase.id, number: ctx.courtCase.number }, court: { id: ctx.court.id }, legalForceDate: date,
    markedBy: { userId: subject.id, iin: subject.iin, name: who?.fullName ?? subject.iin, capacity: asJudge ? 'judge' : 'chairman' },
    ...(asJudge ? {} : { judgeAbsenceReason: reason }),
  });
  const kind = courts.COURT_ACT_KIND_TEXTS[ctx.act.kind];
  return deps.db.transaction(async (tx) => {
    const act = await findCourtAct(tx, actId, { lock: true });
    if (!act || act.inForceAt !== null) throw new DomainError(ErrorCode.legalForceAlreadyMarked);
    const document = await createDocument(tx, { kind: 'court.legal_force_mark',
      title: { kk: `Заңды күшіне ену белгісі: ${kind.kk}, іс № ${ctx.courtCase.number}`,
        ru: `Отметка о вступлении в законную силу: ${kind.ru}, дело № ${ctx.courtCase.number}` },
      mediaType: 'application/json', content: courts.legalForceMarkBytes(mark), createdBy: subject.id }, now);
    if (!(await saveCourtActLegalForceDocument(tx, act.id, act.version, document.id, now))) throw new DomainError(ErrorCode.courtsVersionConflict);
    tx.journal({ at: now, actor, action: 'courts.legal_force_mark_prepared', objectType: 'court_act', objectId: act.id,
      details: { documentId: document.id, legalForceDate: date, capacity: mark.markedBy.capacity, judgeAbsenceReason: mark.judgeAbsenceReason ?? null } });
    return { documentId: document.id, legalForceDate: date };
  });
}
