import { randomUUID } from 'node:crypto';
import type { CourtWritRecord, Sql, Tx } from '@oryndau/db';
import { addCaseEvent, enqueueMessage, findCourt, findCourtWritOfDocument, saveCourtWrit } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import type { DocumentSigningHook } from '../../signing/sign-document';
import type { StoredDocument } from '../../signing/documents';

/** The outbox channel that carries a signed writ to enforcement's intake (writ-delivery.ts). */
export const COURT_WRIT_CHANNEL = 'court-writs';

type Part = 'card' | 'act_copy';
type Slot = 'judge' | 'secretary' | 'actCopy';

/**
 * Which of the three signatures (§52) this person's signature on this
 * document is, while it is still missing: the judge's or the secretary's on
 * the card, the judge's on the act's copy. Null: nothing left for them to sign.
 */
export function openSlot(subject: Subject, writ: CourtWritRecord, part: Part): Slot | null {
  if (!can(subject, 'courts.writ.sign', { courtId: writ.courtId, judgeUserId: writ.judgeUserId, secretaryUserId: writ.secretaryUserId, part })) {
    return null;
  }
  if (writ.status !== 'draft' && writ.status !== 'signing') return null;
  const asJudge = subject.roles.includes('judge') && subject.id === writ.judgeUserId;
  if (part === 'act_copy') return asJudge && writ.actCopySignatureId === null ? 'actCopy' : null;
  if (asJudge && writ.judgeSignatureId === null) return 'judge';
  if (subject.roles.includes('court_secretary') && subject.id === writ.secretaryUserId && writ.secretarySignatureId === null) return 'secretary';
  return null;
}

const readable = (subject: Subject, writ: CourtWritRecord) => can(subject, 'courts.writ.read', { courtId: writ.courtId, participantIinBins: [] });

/**
 * FILE-16, §52, §56: a signature on the writ's card or its act's copy. In the
 * signature's transaction, under the writ's row lock: the slot must still be
 * open (a second signature by the same person, or after sending, is a 409);
 * the writ moves draft/signing → signing, and with the third signature →
 * signed → sent: the delivery to enforcement is queued in the outbox
 * (nothing leaves before commit), the case's course gets `writ_issued` and
 * `writ_sent`, and it is journalled.
 */
async function onWritSigned(tx: Tx, event: Parameters<DocumentSigningHook['onSigned']>[1]): Promise<void> {
  const { document, subject, signatureId, now, actor } = event;
  const found = await findCourtWritOfDocument(tx, document.id);
  if (!found) throw new DomainError(ErrorCode.notFound);
  const { writ, part } = found;
  const slot = openSlot(subject, writ, part);
  if (!slot) throw new DomainError(ErrorCode.writTransitionForbidden, { from: writ.status, action: 'sign' });
  const after = {
    judge: writ.judgeSignatureId !== null || slot === 'judge', secretary: writ.secretarySignatureId !== null || slot === 'secretary',
    actCopy: writ.actCopySignatureId !== null || slot === 'actCopy',
  };
  let state = courts.decideWrit(writ, courts.signingAction(after));
  const complete = state.status === 'signed';
  if (complete) state = courts.decideWrit(state, 'send');
  const saved = await saveCourtWrit(tx, writ.id, writ.version, {
    status: state.status,
    ...(slot === 'judge' ? { judgeSignatureId: signatureId } : slot === 'secretary' ? { secretarySignatureId: signatureId } : { actCopySignatureId: signatureId }),
    ...(complete ? { signedAt: now, sentAt: now } : {}),
  }, now);
  if (!saved) throw new DomainError(ErrorCode.courtsVersionConflict);
  tx.journal({ at: now, actor, action: 'court.writ_signed', objectType: 'court_writ', objectId: writ.id,
    details: { part, slot, signatureId, documentId: document.id, contentHash: document.contentHash, status: state.status } });
  if (!complete) return;
  const court = (await findCourt(tx, writ.courtId))!;
  const localDate = localDateOf(now, court.timeZone);
  // §56: sent at once. Retried (backoff capped at an hour) until enforcement acknowledges: a writ is never dropped.
  const messageId = await enqueueMessage(tx, { channel: COURT_WRIT_CHANNEL, recipient: writ.externalId, subject: writ.number,
    body: `${writ.number}: ${writ.addressee}`, payload: { writId: writ.id }, maxAttempts: 100_000 }, now);
  for (const kind of ['writ_issued', 'writ_sent'] as const) {
    await addCaseEvent(tx, { id: randomUUID(), caseId: writ.caseId, kind, occurredAt: now, localDate, actorUserId: subject.id,
      details: { writId: writ.id, number: writ.number, addressee: writ.addressee } });
  }
  tx.journal({ at: now, actor, action: 'court.writ_sent', objectType: 'court_writ', objectId: writ.id,
    details: { number: writ.number, caseId: writ.caseId, addressee: writ.addressee, category: writ.category, outboxMessageId: messageId } });
}

async function writOf(sql: Sql, document: StoredDocument, lock = false) {
  return findCourtWritOfDocument(sql, document.id, { lock });
}

/** FILE-16: the writ's card and the act's copy — read by the court's staff, signed by the judge and the secretary the writ names. */
export const courtWritHook: DocumentSigningHook = {
  async mayRead(sql, subject, document) {
    const found = await writOf(sql, document);
    return found !== null && readable(subject, found.writ);
  },
  async maySign(sql, subject, document) {
    const found = await writOf(sql, document);
    return found !== null && openSlot(subject, found.writ, found.part) !== null;
  },
  async lockOwner(tx, document) {
    await writOf(tx, document, true);
  },
  onSigned: onWritSigned,
};
