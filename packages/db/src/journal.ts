import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { Database, Sql } from './database';

/** Who did it, in which role, within which HTTP request. */
export type JournalActor = {
  userId: string | null;
  iin: string | null;
  role: string | null;
  requestId: string | null;
};

export type JournalRecord = {
  at: Date;
  actor: JournalActor;
  /** Dotted verb, e.g. `auth.login`, `proceeding.initiate`, `person.view`. */
  action: string;
  objectType: string;
  objectId: string | null;
  details?: Record<string, unknown>;
};

export type JournalEntry = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorIin: string | null;
  actorRole: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  requestId: string | null;
  details: unknown;
  prevHash: string;
  hash: string;
};

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an entry covers every field and the previous hash. */
export function entryHash(entry: Omit<JournalEntry, 'hash'>): string {
  const material = canonicalJson({
    seq: entry.seq,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorIin: entry.actorIin,
    actorRole: entry.actorRole,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    requestId: entry.requestId,
    details: entry.details,
    prevHash: entry.prevHash,
  });
  return createHash('sha256').update(material, 'utf8').digest('hex');
}

/**
 * THE one place that writes the journal (X-2). Only the transaction runner
 * calls it (`transaction.ts`), with the records a use-case collected through
 * `tx.journal()`, as the transaction's last statements: the entries commit
 * or roll back with the change they record, and the head row — which every
 * appender locks, so the chain has one order — is taken last and held only
 * until COMMIT. Not exported from the package: a use-case cannot write the
 * journal out of order. (Issue 12 swaps this for an insert-only log sealed
 * by a worker; nothing else has to change.)
 */
export async function appendJournalRecords(tx: Sql, records: readonly JournalRecord[]): Promise<JournalEntry[]> {
  if (records.length === 0) return [];
  const head = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM journal_head WHERE id = 1 FOR UPDATE',
  );
  const tip = head.rows[0];
  if (!tip) throw new Error('journal_head is missing: the database is not migrated');
  let seq = Number(tip.seq);
  let prevHash = tip.hash;
  const entries: JournalEntry[] = [];
  for (const record of records) {
    // Millisecond precision is what timestamptz round-trips through JS exactly.
    const at = new Date(record.at.getTime());
    const draft: Omit<JournalEntry, 'hash'> = {
      seq: seq + 1,
      at,
      actorId: record.actor.userId,
      actorIin: record.actor.iin,
      actorRole: record.actor.role,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      requestId: record.actor.requestId,
      details: JSON.parse(canonicalJson(record.details ?? {})) as unknown,
      prevHash,
    };
    const entry: JournalEntry = { ...draft, hash: entryHash(draft) };
    // The entry and the new head in one statement: one round trip per entry.
    await tx.query(
      `WITH appended AS (
         INSERT INTO journal (seq, at, actor_id, actor_iin, actor_role, action, object_type, object_id, request_id,
                              details, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)
         RETURNING seq, hash)
       UPDATE journal_head h SET seq = a.seq, hash = a.hash FROM appended a WHERE h.id = 1`,
      [entry.seq, entry.at.toISOString(), entry.actorId, entry.actorIin, entry.actorRole, entry.action,
        entry.objectType, entry.objectId, entry.requestId, canonicalJson(entry.details), entry.prevHash, entry.hash],
    );
    entries.push(entry);
    seq = entry.seq;
    prevHash = entry.hash;
  }
  return entries;
}

/**
 * A journal entry with no other change (a refused signature, a login, a
 * read of personal data): a transaction of its own through the same runner.
 */
export async function recordJournal(db: Database, record: JournalRecord): Promise<void> {
  await db.transaction(async (tx) => {
    tx.journal(record);
  });
}

type JournalRow = {
  seq: number; at: Date; actor_id: string | null; actor_iin: string | null; actor_role: string | null;
  action: string; object_type: string; object_id: string | null; request_id: string | null;
  details: unknown; prev_hash: string; hash: string;
};

export function journalEntryFromRow(row: JournalRow): JournalEntry {
  return {
    seq: Number(row.seq), at: new Date(row.at), actorId: row.actor_id, actorIin: row.actor_iin,
    actorRole: row.actor_role, action: row.action, objectType: row.object_type, objectId: row.object_id,
    requestId: row.request_id, details: row.details, prevHash: row.prev_hash, hash: row.hash,
  };
}

export const JOURNAL_COLUMNS =
  'seq, at, actor_id, actor_iin, actor_role, action, object_type, object_id, request_id, details, prev_hash, hash';

export type JournalFilter = {
  actorIin?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeSeq?: number | undefined;
  limit: number;
};

/** Newest first, keyset-paginated by `seq`. */
export async function listJournal(sql: Sql, filter: JournalFilter): Promise<JournalEntry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter.actorIin) add('actor_iin = ?', filter.actorIin);
  if (filter.action) add('action = ?', filter.action);
  if (filter.objectType) add('object_type = ?', filter.objectType);
  if (filter.objectId) add('object_id = ?', filter.objectId);
  if (filter.from) add('at >= ?', filter.from.toISOString());
  if (filter.to) add('at < ?', filter.to.toISOString());
  if (filter.beforeSeq !== undefined) add('seq < ?', filter.beforeSeq);
  params.push(filter.limit);
  const result = await sql.query<JournalRow>(
    `SELECT ${JOURNAL_COLUMNS} FROM journal ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY seq DESC LIMIT $${params.length}`,
    params,
  );
  return result.rows.map(journalEntryFromRow);
}
