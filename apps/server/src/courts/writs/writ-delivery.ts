import { randomUUID } from 'node:crypto';
import type { EnforcementIntakePort, WritReceipt, WritSubmission } from '@oryndau/adapters';
import { isAdapterError } from '@oryndau/adapters';
import type { ChannelSender, CourtWritRecord, Database } from '@oryndau/db';
import { addCaseEvent, appendWritStatus, findCourt, findCourtWrit, findDocument, findSignatureCms, saveCourtWrit } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';

const COURT_SYSTEM_ACTOR = { userId: null, iin: null, role: 'court_system', requestId: null };

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** §56: the submission enforcement's intake takes — the signed card bytes, both signatures, the act's copy and the judge's signature. */
async function submissionOf(db: Database, writ: CourtWritRecord): Promise<WritSubmission> {
  const [card, copy] = await Promise.all([findDocument(db, writ.cardDocumentId), findDocument(db, writ.actCopyDocumentId)]);
  const ids = [writ.judgeSignatureId, writ.secretarySignatureId, writ.actCopySignatureId];
  const cms = await findSignatureCms(db, ids.filter((id): id is string => id !== null));
  const [judge, secretary, actCopy] = ids.map((id) => (id === null ? undefined : cms.get(id)));
  if (!card || !copy || !judge || !secretary || !actCopy) throw new Error(`writ ${writ.id} is not complete: a document or a signature is missing`);
  return {
    writ: base64(card.content),
    signatures: { judge: base64(judge), secretary: base64(secretary) },
    courtAct: { mediaType: 'application/pdf', content: base64(copy.content), signature: base64(actCopy) },
  };
}

/**
 * §57: enforcement's receipt — registration number, date, "registered" —
 * on the writ, as its first status, with the case event `writ_registered`
 * and the journal entry. A repeated delivery after a crash finds the writ
 * registered already (the intake answered with the same registration) and
 * records nothing twice.
 */
export async function recordWritReceipt(db: Database, writId: string, receipt: WritReceipt, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const writ = await findCourtWrit(tx, writId, { lock: true });
    if (!writ || writ.status !== 'sent') return;
    const state = courts.decideWrit(writ, 'register');
    if (!(await saveCourtWrit(tx, writ.id, writ.version, { status: state.status, proceedingId: receipt.proceedingId,
      registrationNumber: receipt.registrationNumber, registrationDate: receipt.registrationDate, registeredAt: now }, now))) {
      throw new DomainError(ErrorCode.courtsVersionConflict);
    }
    await appendWritStatus(tx, { id: randomUUID(), writId: writ.id, eventId: `receipt:${writ.id}`, status: 'registered', at: now, receivedAt: now,
      registrationNumber: receipt.registrationNumber, registrationDate: receipt.registrationDate, reason: null, bailiffName: null, note: null });
    const court = (await findCourt(tx, writ.courtId))!;
    await addCaseEvent(tx, { id: randomUUID(), caseId: writ.caseId, kind: 'writ_registered', occurredAt: now,
      localDate: localDateOf(now, court.timeZone), actorUserId: null,
      details: { writId: writ.id, number: writ.number, registrationNumber: receipt.registrationNumber, registrationDate: receipt.registrationDate } });
    tx.journal({ at: now, actor: COURT_SYSTEM_ACTOR, action: 'court.writ_registered', objectType: 'court_writ', objectId: writ.id,
      details: { proceedingId: receipt.proceedingId, registrationNumber: receipt.registrationNumber, registrationDate: receipt.registrationDate,
        duplicate: receipt.duplicate } });
  });
}

/** §57: the intake refused the writ (a signature failed its checklist): the writ is `refused` with what it said; a new one may be prepared. */
async function recordWritRefused(db: Database, writId: string, refusal: { status: number; message: string | null }, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const writ = await findCourtWrit(tx, writId, { lock: true });
    if (!writ || writ.status !== 'sent') return;
    const state = courts.decideWrit(writ, 'refuse');
    if (!(await saveCourtWrit(tx, writ.id, writ.version, { status: state.status, refusal }, now))) throw new DomainError(ErrorCode.courtsVersionConflict);
    await appendWritStatus(tx, { id: randomUUID(), writId: writ.id, eventId: `refusal:${writ.id}`, status: 'refused', at: now, receivedAt: now,
      registrationNumber: null, registrationDate: null, reason: null, bailiffName: null, note: refusal.message });
    tx.journal({ at: now, actor: COURT_SYSTEM_ACTOR, action: 'court.writ_refused', objectType: 'court_writ', objectId: writ.id, details: refusal });
  });
}

/**
 * FILE-16, §56–57: the outbox sender of the `court-writs` channel. It POSTs
 * the signed writ to enforcement's intake over HTTP (in one deployment this
 * very server) and stores the receipt. Unreachable, 5xx, 401 (a wrong
 * token): thrown, so the outbox retries with backoff until acknowledged; a
 * 422 is the intake's answer — the writ is refused, the message done.
 */
export function courtWritSender(db: Database, intake: EnforcementIntakePort, clock: Clock): ChannelSender {
  return async (message) => {
    const writ = await findCourtWrit(db, String(message.payload.writId ?? ''));
    if (!writ) throw new Error(`writ ${String(message.payload.writId)} not found`);
    // Delivered before a crash and recorded: nothing to send again.
    if (writ.status !== 'sent') return { externalId: writ.proceedingId };
    let receipt: WritReceipt;
    try {
      receipt = await intake.submitWrit(await submissionOf(db, writ));
    } catch (error) {
      if (isAdapterError(error) && error.code === 'rejected' && error.details.status === 422) {
        await recordWritRefused(db, writ.id, { status: 422, message: error.details.remoteMessage ?? null }, clock.now());
        return { externalId: null };
      }
      throw error;
    }
    await recordWritReceipt(db, writ.id, receipt, clock.now());
    return { externalId: receipt.proceedingId };
  };
}
