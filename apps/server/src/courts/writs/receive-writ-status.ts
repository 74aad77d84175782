import { randomUUID } from 'node:crypto';
import type { CourtStatusReceipt, ExecutiveDocumentStatusUpdate } from '@oryndau/adapters';
import type { Database } from '@oryndau/db';
import { addCaseEvent, appendWritStatus, findCourt, findCourtWritByExternalId, findWritStatusByEvent, isUniqueViolation, saveCourtWrit } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';

const ENFORCEMENT_ACTOR = { userId: null, iin: null, role: 'enforcement_system', requestId: null };

/**
 * FILE-16, ENF-11, seed 003 §58: a status of one of our courts' writs,
 * reported by enforcement (the bailiff initiated, suspended, completed …).
 * Recorded on the writ found by its external id, in the order it arrives,
 * once per event id (a repeated delivery answers `duplicate: true`), with
 * the case event `writ_status` and the journal entry. A status the writ
 * cannot take yet (it arrives before the registration was stored) is a 409:
 * the sender retries, so the order holds. An unknown writ is a 404.
 */
export async function receiveWritStatus(deps: { db: Database; clock: Clock }, update: ExecutiveDocumentStatusUpdate): Promise<CourtStatusReceipt> {
  const now = deps.clock.now();
  const duplicate = async (): Promise<CourtStatusReceipt | null> => {
    const earlier = await findWritStatusByEvent(deps.db, update.eventId);
    return earlier ? { documentId: update.documentId, eventId: update.eventId, receivedAt: earlier.receivedAt.toISOString(), duplicate: true } : null;
  };
  const earlier = await duplicate();
  if (earlier) return earlier;
  try {
    return await deps.db.transaction(async (tx) => {
      const writ = await findCourtWritByExternalId(tx, update.documentId, { lock: true });
      if (!writ) throw new DomainError(ErrorCode.notFound);
      const status = courts.WRIT_STATUS_OF_WIRE[update.status];
      // `registered` travels in the intake's answer (writ-delivery.ts); as a status it only repeats what the writ already has.
      if (status === 'registered') {
        if (writ.status === 'sent') throw new DomainError(ErrorCode.writTransitionForbidden, { from: writ.status, action: 'register' });
        return { documentId: update.documentId, eventId: update.eventId, receivedAt: now.toISOString(), duplicate: true };
      }
      const state = courts.decideWrit(writ, courts.writActionOfStatus(status));
      if (!(await saveCourtWrit(tx, writ.id, writ.version, { status: state.status }, now))) throw new DomainError(ErrorCode.courtsVersionConflict);
      const position = await appendWritStatus(tx, { id: randomUUID(), writId: writ.id, eventId: update.eventId, status, at: new Date(update.at),
        receivedAt: now, registrationNumber: update.registrationNumber ?? null, registrationDate: update.registrationDate ?? null,
        reason: update.reason ?? null, bailiffName: update.bailiffName ?? null, note: update.note ?? null });
      const court = (await findCourt(tx, writ.courtId))!;
      await addCaseEvent(tx, { id: randomUUID(), caseId: writ.caseId, kind: 'writ_status', occurredAt: now, localDate: localDateOf(now, court.timeZone),
        actorUserId: null, details: { writId: writ.id, number: writ.number, status, position } });
      tx.journal({ at: now, actor: ENFORCEMENT_ACTOR, action: 'court.writ_status_received', objectType: 'court_writ', objectId: writ.id,
        details: { eventId: update.eventId, status, at: update.at, position, bailiffName: update.bailiffName ?? null } });
      return { documentId: update.documentId, eventId: update.eventId, receivedAt: now.toISOString(), duplicate: false };
    });
  } catch (error) {
    // Two deliveries of one event at once: the loser answers with the winner's record.
    if (isUniqueViolation(error)) {
      const again = await duplicate();
      if (again) return again;
    }
    throw error;
  }
}
