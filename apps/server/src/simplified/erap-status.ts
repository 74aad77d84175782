import type { Adapters, ErapFineStatus } from '@oryndau/adapters';
import type { ChannelSender, Database, OutboxMessage, Sql } from '@oryndau/db';
import { enqueueMessage, inRecipientOrder } from '@oryndau/db';

/** Outbox channel of the statuses reported back to ЕРАП (SIMP-2…SIMP-6). */
export const ERAP_STATUS_CHANNEL = 'erap';

/**
 * Queues a status for ЕРАП in the caller's transaction: it leaves after
 * commit and is retried until ЕРАП acknowledges it (the outbox id is the
 * idempotency key, so a retry after a crash is accepted once).
 */
export async function enqueueErapStatus(tx: Sql, status: ErapStatus, now: Date): Promise<string> {
  return enqueueMessage(tx, erapStatusMessage(status), now);
}

type ErapStatus = { erapFineId: string; status: ErapFineStatus; at: Date; caseId: string; proceedingNumber?: string };

/** The outbox message of a status for ЕРАП (queued one at a time above, or many at once by the intake). */
export function erapStatusMessage(status: ErapStatus): OutboxMessage {
  return {
    channel: ERAP_STATUS_CHANNEL,
    maxAttempts: 100_000,
    recipient: status.erapFineId,
    subject: status.status,
    body: `${status.erapFineId}: ${status.status}`,
    payload: {
      status: status.status, at: status.at.toISOString(), caseId: status.caseId,
      ...(status.proceedingNumber ? { proceedingNumber: status.proceedingNumber } : {}),
    },
  };
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
