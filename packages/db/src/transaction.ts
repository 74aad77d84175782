import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Sql, TransactionOptions, Tx } from './database';
import { appendJournalRecords } from './journal';
import type { JournalRecord } from './journal';

// THE LOCK ORDER (one rule for the whole server; README "Design notes"):
//   1. business rows, aggregate root first — the proceeding (or simplified
//      case, user …), then the rows under it: its acts, documents, signing
//      challenges, arrests, requests, tasks;
//   2. the journal, last — appended here by the runner, never by a use-case.
// Appending the journal locks nothing another transaction locks (issue 12:
// one INSERT; the sealer orders the entries after COMMIT), so the journal
// can never be part of a lock cycle nor make writers wait for each other.

/** PostgreSQL SQLSTATEs after which running the whole transaction again may succeed. */
const RETRYABLE = new Set(['40P01', '40001']);

export const DEFAULT_TRANSACTION_ATTEMPTS = 3;

/** deadlock_detected (40P01) or serialization_failure (40001), from `pg` or PGlite. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** 10–30 ms, then 20–60 ms, …: jittered so that two victims of one deadlock do not collide again in step. */
function retryDelayMs(attempt: number): number {
  return 10 * 2 ** (attempt - 1) * (1 + 2 * Math.random());
}

/**
 * One attempt: `fn` runs with a collector; the collected journal records are
 * appended after it resolves, inside the same transaction, just before
 * COMMIT. A record added after `fn` resolved is a bug and refused.
 */
async function attemptOnce<T>(sql: Sql, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const records: JournalRecord[] = [];
  let open = true;
  const tx: Tx = {
    query: (text, params) => sql.query(text, params),
    exec: (script) => sql.exec(script),
    journal(record) {
      if (!open) throw new Error('tx.journal() after the transaction body finished: the record would be lost');
      records.push(record);
    },
  };
  const result = await fn(tx);
  open = false;
  await appendJournalRecords(sql, records);
  return result;
}

/**
 * The transaction runner both engines share. `begin` opens a transaction,
 * runs the body with its `Sql` and commits (or rolls back when the body
 * throws). A retryable failure — in the body or at COMMIT — runs everything
 * again from BEGIN, up to `attempts` times in all, then answers 409.
 */
export async function runTransaction<T>(
  begin: (body: (sql: Sql) => Promise<T>) => Promise<T>, fn: (tx: Tx) => Promise<T>, options: TransactionOptions = {},
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_TRANSACTION_ATTEMPTS);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await begin((sql) => attemptOnce(sql, fn));
    } catch (error) {
      if (!isRetryableTransactionError(error)) throw error;
      if (attempt >= attempts) {
        throw new DomainError(ErrorCode.concurrentUpdate, { attempts, sqlState: (error as { code: string }).code });
      }
      await sleep(retryDelayMs(attempt));
    }
  }
}
