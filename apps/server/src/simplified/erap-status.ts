import type { Adapters, ErapFineStatus } from '@oryndau/adapters';
import type { ChannelSender, Database, Sql } from '@oryndau/db';
import { enqueueMessage } from '@oryndau/db';

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

/**
 * The outbox sender. Statuses of one fine must reach ЕРАП in the order they
 * happened: a message waits while an older one for the same fine is still
 * undelivered.
 */
export function erapStatusSender(db: Database, adapters: Adapters): ChannelSender {
  return async (message) => {
    const older = await db.query(
      `SELECT 1 FROM outbox o WHERE o.channel = $1 AND o.recipient = $2 AND o.sent_at IS NULL AND o.failed_at IS NULL
          AND o.created_at < (SELECT created_at FROM outbox WHERE id = $3) LIMIT 1`,
      [ERAP_STATUS_CHANNEL, message.recipient, message.id]);
    if (older.rows.length > 0) throw new Error('an earlier status of this fine is still undelivered');
    const p = message.payload;
    const receipt = await adapters.erap.pushStatus({
      eventId: message.id,
      fineId: message.recipient,
      status: p.status as ErapFineStatus,
      at: String(p.at),
      ...(typeof p.proceedingNumber === 'string' ? { proceedingNumber: p.proceedingNumber } : {}),
    });
    return { externalId: receipt.eventId };
  };
}
