import { randomUUID } from 'node:crypto';
import type { JournalActor, Tx } from '@oryndau/db';
import { addCaseEvent, saveCourtActInForce } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import type { DocumentSigningHook } from '../../signing/sign-document';
import type { StoredDocument } from '../../signing/documents';
import { courtLocalTime } from '../court-time';
import { actResource, benchOf, loadActContextByDocument } from './act-context';
import type { ActContext } from './act-context';
import { scheduleArchiveHandover } from '../archive/schedule-archive-handover';
import { blockingAppeal } from './appeal-check';
import { notifyActParticipants } from './notify-act-participants';

/** The mark as signed: the canonical JSON of the document (domain legalForceMark). */
export function markOf(document: StoredDocument): courts.LegalForceMark | null {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(document.content)) as courts.LegalForceMark;
    return parsed.kind === courts.LEGAL_FORCE_MARK_KIND ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * FILE-15, SIG-6 (§48–49, §51): THE use-case "the act entered into legal
 * force" — in the transaction of the mark's signature: in_force_at, the
 * signer (and the chairman's reason), the course of the case, the
 * participants told, the archive's handover deadline (FILE-17), the journal.
 * The writ is prepared afterwards by the secretary (FILE-16, §52).
 */
export async function markLegalForce(tx: Tx, input: {
  ctx: ActContext; mark: courts.LegalForceMark; signatureId: string; subject: Subject; actor: JournalActor; now: Date;
}): Promise<void> {
  const { ctx, mark, now } = input;
  const saved = await saveCourtActInForce(tx, ctx.act.id, ctx.act.version, { signatureId: input.signatureId, signedBy: input.subject.id,
    absenceReason: mark.judgeAbsenceReason ?? null, inForceAt: now });
  if (!saved) throw new DomainError(ErrorCode.courtsVersionConflict);
  const localDate = courtLocalTime(now, ctx.court.timeZone).date;
  await addCaseEvent(tx, { id: randomUUID(), caseId: ctx.act.caseId, kind: 'entered_into_force', occurredAt: now, localDate,
    details: { actId: ctx.act.id, kind: ctx.act.kind, legalForceDate: mark.legalForceDate, capacity: mark.markedBy.capacity },
    actorUserId: input.subject.id });
  // FILE-17, §62: a decision in force makes the case due at the archive three working days later.
  if (courts.CASE_ENDING_ACT_KINDS.includes(ctx.act.kind)) {
    await scheduleArchiveHandover(tx, { caseId: ctx.act.caseId, inForceOn: mark.legalForceDate }, now);
  }
  const told = await notifyActParticipants(tx, ctx.act.caseId, { kind: 'act_in_force', actKind: ctx.act.kind, caseNumber: ctx.courtCase.number,
    court: ctx.court.name, date: mark.legalForceDate }, now);
  tx.journal({ at: now, actor: input.actor, action: 'courts.act_entered_into_force', objectType: 'court_act', objectId: ctx.act.id,
    details: { caseId: ctx.act.caseId, legalForceDate: mark.legalForceDate, signatureId: input.signatureId, markDocumentId: ctx.act.legalForceDocumentId,
      capacity: mark.markedBy.capacity, judgeAbsenceReason: mark.judgeAbsenceReason ?? null, participantsNotified: told } });
}

/**
 * The legal-force mark document (`court.legal_force_mark`): read with the
 * act; signed only by the person it names (the judge, or the chairman with
 * the judge's absence reason), on or after the legal-force date, unless an
 * appeal came in time.
 */
export const legalForceMarkHook: DocumentSigningHook = {
  async mayRead(sql, subject, document) {
    const ctx = await loadActContextByDocument(sql, document.id);
    return ctx !== null && ctx.act.legalForceDocumentId === document.id && can(subject, 'courts.act.read', actResource(ctx));
  },
  async maySign(sql, subject, document) {
    const ctx = await loadActContextByDocument(sql, document.id);
    const mark = markOf(document);
    return ctx !== null && mark !== null && ctx.act.legalForceDocumentId === document.id && ctx.act.inForceAt === null
      && mark.markedBy.userId === subject.id
      && can(subject, 'courts.act.markLegalForce', { ...benchOf(ctx), asChairman: mark.markedBy.capacity === 'chairman' });
  },
  async lockOwner(tx, document) {
    await loadActContextByDocument(tx, document.id, { lock: true });
  },
  async onSigned(tx, { subject, actor, document, signatureId, now }) {
    const ctx = await loadActContextByDocument(tx, document.id);
    const mark = markOf(document);
    if (!ctx || !mark || ctx.act.legalForceDocumentId !== document.id) throw new DomainError(ErrorCode.courtsVersionConflict);
    if (ctx.act.inForceAt !== null) throw new DomainError(ErrorCode.legalForceAlreadyMarked);
    if (ctx.act.inForceBlockedByFilingId !== null) throw new DomainError(ErrorCode.legalForceBlockedByAppeal);
    if (!courts.legalForceMarkAllowedOn(mark.legalForceDate, courtLocalTime(now, ctx.court.timeZone).date)) {
      throw new DomainError(ErrorCode.legalForceTooEarly, { date: mark.legalForceDate });
    }
    const appeal = await blockingAppeal(tx, ctx);
    if (appeal) throw new DomainError(ErrorCode.legalForceBlockedByAppeal, { filingNumber: appeal.number });
    await markLegalForce(tx, { ctx, mark, signatureId, subject, actor, now });
  },
};
