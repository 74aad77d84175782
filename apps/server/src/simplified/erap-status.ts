import type { Adapters, ErapFineStatus } from '@oryndau/adapters';
import type { ChannelSender, Database, Sql } from '@oryndau/db';
import { enqueueMessage, inRecipientOrder } from '@oryndau/db';

/** Outbox channel of the statuses reported back to ЕРАП (SIMP-2…SIMP-6). */
export const ERAP_STATUS_CHANNEL = 'erap';

/**
 * Queues a status for ЕРАП in the caller's transaction: it leaves after
 * commit and is retried until ЕРАП acknowledges it (the outbox id is the
 * idempotency key, so a retry after a crash is accepted once).
 */
export async function enqueueErapStatus(
  tx: Sql, status: { erapFineId: string; status: ErapFineStatus; at: Date; caseId: string; proceedingNumber?: string }, now: Date,
): Promise<string> {
  return enqueueMessage(tx, {
    channel: ERAP_STATUS_CHANNEL,
    maxAttempts: 100_000,
    recipient: status.erapFineId,
    subject: status.status,
    body: `${status.erapFineId}: ${status.status}`,
    payload: {
      status: status.status, at: status.at.toISOString(), caseId: status.caseId,
      ...(status.proceedingNumber ? { proceedingNumber: status.proceedingNumber } : {}),
    },
  }, now);
}

/** The outbox sender: statuses of one fine reach ЕРАП in the order they happened. */
export function erapStatusSender(db: Database, adapters: Adapters): ChannelSender {
  return inRecipientOrder(db, async (message) => {
    const p = message.payload;
    const receipt = await adapters.erap.pushStatus({
      eventId: message.id,
      fineId: message.recipient,
      status: p.status as ErapFineStatus,
      at: String(p.at),
      ...(typeof p.proceedingNumber === 'string' ? { proceedingNumber: p.proceedingNumber } : {}),
    });
    return { externalId: receipt.eventId };
  });
}
