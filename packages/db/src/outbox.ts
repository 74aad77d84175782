import { randomUUID } from 'node:crypto';
import { backoffMs } from './backoff';
import type { Database, Sql } from './database';

export type OutboxChannel = 'sms' | 'email' | (string & {});

export type OutboxMessage = {
  channel: OutboxChannel;
  recipient: string;
  subject?: string | null;
  body: string;
  /** Channel-specific extras, e.g. e-mail attachments or an ЕРАП status. */
  payload?: Record<string, unknown>;
  /** Give up after this many attempts (default 8). A state system's status feed is retried until acknowledged: pass a large number. */
  maxAttempts?: number;
  /**
   * Credentials inside `subject`/`body` (an ЭНП password, a debtor's link): masked once the message has left or was
   * given up, when the worker scrubs (deliverOutbox `scrubSecrets`, migration 0030). Kept until then: a retry needs them.
   */
  secrets?: readonly string[];
};

/** What a credential becomes in a delivered message's stored text. */
export const SECRET_MASK = '••••••';

/** `text` with every secret masked (longest first, so a secret inside another is not left half-visible). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  return [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join(SECRET_MASK), text);
}

/** Queues a message in the caller's transaction; nothing leaves before commit. */
export async function enqueueMessage(tx: Sql, message: OutboxMessage, now: Date): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO outbox (id, channel, recipient, subject, body, payload, created_at, next_attempt_at, max_attempts, secrets)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $7, $8, $9::text[])`,
    [id, message.channel, message.recipient, message.subject ?? null, message.body,
      JSON.stringify(message.payload ?? {}), now.toISOString(), message.maxAttempts ?? 8, message.secrets?.length ? [...message.secrets] : null],
  );
  return id;
}

export type ClaimedMessage = OutboxMessage & { id: string; attempts: number; payload: Record<string, unknown> };

/**
 * Delivers one message. The message id is the idempotency key: after a crash
 * between delivery and the `sent_at` mark the message is delivered again,
 * and the receiving side can recognise it.
 */
export type ChannelSender = (message: ClaimedMessage) => Promise<{ externalId?: string | null }>;

/**
 * Wraps a channel's sender so one recipient's messages leave in the order
 * they were queued: a message waits (fails and is retried with backoff)
 * while an older one to the same recipient is still undelivered — e.g. the
 * statuses of one document reported to a state system.
 */
export function inRecipientOrder(sql: Sql, send: ChannelSender): ChannelSender {
  return async (message) => {
    const older = await sql.query(
      `SELECT 1 FROM outbox o WHERE o.channel = $1 AND o.recipient = $2 AND o.sent_at IS NULL AND o.failed_at IS NULL
          AND o.created_at < (SELECT created_at FROM outbox WHERE id = $3) LIMIT 1`,
      [message.channel, message.recipient, message.id]);
    if (older.rows.length > 0) throw new Error(`an earlier ${message.channel} message to ${message.recipient} is still undelivered`);
    return send(message);
  };
}

type OutboxRow = {
  id: string; channel: string; recipient: string; subject: string | null; body: string;
  payload: Record<string, unknown>; attempts: number; max_attempts: number; secrets: string[] | null;
};

/** After a message's last attempt (sent or given up): its credentials masked in the stored text. */
async function scrub(sql: Sql, row: OutboxRow): Promise<void> {
  if (!row.secrets?.length) return;
  await sql.query('UPDATE outbox SET subject = $2, body = $3, secrets = NULL WHERE id = $1',
    [row.id, row.subject === null ? null : maskSecrets(row.subject, row.secrets), maskSecrets(row.body, row.secrets)]);
}

export type DeliveryResult = { sent: number; retried: number; failed: number };

/**
 * Claims due messages with a lease (so a crashed worker's claim expires and
 * another worker picks the message up) and delivers them outside any
 * transaction — a slow SMTP server must not hold database locks.
 */
export async function deliverOutbox(
  db: Database,
  senders: Readonly<Record<string, ChannelSender>>,
  now: () => Date,
  { batch = 20, leaseMs = 60_000, scrubSecrets = false }: { batch?: number; leaseMs?: number; scrubSecrets?: boolean } = {},
): Promise<DeliveryResult> {
  const at = now();
  const claimed = await db.transaction(async (tx) => {
    const rows = await tx.query<OutboxRow>(
      `SELECT id, channel, recipient, subject, body, payload, attempts, max_attempts, secrets FROM outbox
        WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
          AND (locked_until IS NULL OR locked_until <= $1)
        ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [at.toISOString(), batch],
    );
    for (const row of rows.rows) {
      await tx.query('UPDATE outbox SET locked_until = $2, attempts = attempts + 1 WHERE id = $1',
        [row.id, new Date(at.getTime() + leaseMs).toISOString()]);
    }
    return rows.rows;
  });
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  for (const row of claimed) {
    const attempts = row.attempts + 1;
    try {
      const sender = senders[row.channel];
      if (!sender) throw new Error(`no sender for channel "${row.channel}"`);
      const { externalId } = await sender({
        id: row.id, channel: row.channel, recipient: row.recipient, subject: row.subject, body: row.body,
        payload: row.payload ?? {}, attempts,
      });
      await db.query('UPDATE outbox SET sent_at = $2, external_id = $3, locked_until = NULL, last_error = NULL WHERE id = $1',
        [row.id, now().toISOString(), externalId ?? null]);
      if (scrubSecrets) await scrub(db, row);
      result.sent += 1;
    } catch (error) {
      const message = String(error instanceof Error ? error.message : error).slice(0, 2000);
      const giveUp = attempts >= row.max_attempts;
      const retryAt = new Date(now().getTime() + backoffMs(attempts));
      await db.query(
        `UPDATE outbox SET locked_until = NULL, last_error = $2, next_attempt_at = $3, failed_at = $4 WHERE id = $1`,
        [row.id, message, retryAt.toISOString(), giveUp ? now().toISOString() : null],
      );
      if (giveUp && scrubSecrets) await scrub(db, row);
      if (giveUp) result.failed += 1;
      else result.retried += 1;
    }
  }
  return result;
}
