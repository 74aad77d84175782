import type { Adapters, CourtSystemPort, ExecutiveDocumentStatus } from '@oryndau/adapters';
import type { ChannelSender, Database, ProceedingRecord, Sql } from '@oryndau/db';
import { enqueueMessage, findCourtExternalId, findCourtWritByExternalId, findUserName, inRecipientOrder } from '@oryndau/db';
import { groundByCode } from '@oryndau/domain';
import type { CourtStatus, ProceedingTransitioned } from '@oryndau/domain';

export const COURT_STATUS_CHANNEL = 'court-system';

const WIRE_STATUS: Readonly<Record<CourtStatus, ExecutiveDocumentStatus>> = {
  refused: 'refused',
  returned_without_execution: 'returned',
  transferred: 'transferred',
  taken_for_execution: 'taken_for_execution',
  suspended: 'suspended',
  completed: 'completed',
};

/**
 * ENF-11: every transition of a court's electronic writ is reported back
 * through the outbox, in the transition's transaction — it leaves only after
 * commit and is retried until the courts' system acknowledges it.
 */
export async function enqueueCourtStatus(tx: Sql, row: ProceedingRecord, event: ProceedingTransitioned, now: Date): Promise<void> {
  const externalId = await findCourtExternalId(tx, row.executiveDocumentId);
  if (!externalId) return;
  const bailiff = row.bailiffId ? (await findUserName(tx, row.bailiffId)) ?? undefined : undefined;
  const ground = event.groundCode ? groundByCode(event.groundCode) : undefined;
  const status = WIRE_STATUS[event.courtStatus];
  await enqueueMessage(tx, {
    channel: COURT_STATUS_CHANNEL,
    // Retried (backoff capped at an hour) until the court acknowledges: a status is never dropped.
    maxAttempts: 100_000,
    recipient: externalId,
    subject: status,
    body: `${row.registrationNumber}: ${event.from} → ${event.to}`,
    payload: {
      status, at: event.at.toISOString(), registrationNumber: row.registrationNumber, proceedingId: row.id,
      ...(ground ? { reason: ground.text } : {}),
      ...(bailiff ? { bailiffName: bailiff } : {}),
    },
  }, now);
}

/**
 * The outbox sender: statuses of one document reach the court in the order
 * they happened. A writ issued by one of Oryndau's own courts (FILE-16: a
 * court_writs row knows its external id) is reported to the court side's
 * receiver (`ownCourts`); any other to the courts' system of the adapters.
 */
export function courtStatusSender(db: Database, adapters: Adapters, ownCourts?: CourtSystemPort): ChannelSender {
  return inRecipientOrder(db, async (message) => {
    const p = message.payload;
    const ours = ownCourts !== undefined && (await findCourtWritByExternalId(db, message.recipient)) !== null;
    const court = ours ? ownCourts : adapters.courtSystem;
    const receipt = await court.pushExecutiveDocumentStatus({
      eventId: message.id,
      documentId: message.recipient,
      status: p.status as ExecutiveDocumentStatus,
      at: String(p.at),
      ...(p.reason ? { reason: p.reason as { kk: string; ru: string } } : {}),
      ...(typeof p.bailiffName === 'string' ? { bailiffName: p.bailiffName } : {}),
      note: String(p.registrationNumber ?? ''),
    });
    return { externalId: receipt.eventId };
  });
}
