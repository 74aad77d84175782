import type { Sql } from './database';
import { GENESIS_HASH, JOURNAL_COLUMNS, entryHash, journalEntryFromRow } from './journal';

export type JournalBreak = {
  seq: number;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' | 'head_mismatch';
};

export type JournalVerification =
  | { ok: true; checked: number; lastSeq: number; lastHash: string }
  | { ok: false; checked: number; firstBroken: JournalBreak };

/**
 * Walks the whole chain from the genesis and names the first entry that does
 * not fit: its content changed (hash), an entry before it was replaced or
 * removed (prev hash, sequence), or entries were cut off the end (head).
 */
export async function verifyJournal(sql: Sql, batchSize = 1000): Promise<JournalVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const batch = await sql.query(
      `SELECT ${JOURNAL_COLUMNS} FROM journal WHERE seq >= $1 ORDER BY seq LIMIT $2`,
      [expectedSeq, batchSize],
    );
    for (const row of batch.rows) {
      const entry = journalEntryFromRow(row as Parameters<typeof journalEntryFromRow>[0]);
      const fail = (reason: JournalBreak['reason']): JournalVerification =>
        ({ ok: false, checked, firstBroken: { seq: entry.seq, reason } });
      if (entry.seq !== expectedSeq) return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: 'sequence_gap' } };
      if (entry.prevHash !== prevHash) return fail('prev_hash_mismatch');
      const { hash: _stored, ...rest } = entry;
      if (entryHash(rest) !== entry.hash) return fail('hash_mismatch');
      prevHash = entry.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (batch.rows.length < batchSize) break;
  }
  const head = await sql.query<{ seq: number; hash: string }>('SELECT seq, hash FROM journal_head WHERE id = 1');
  const tip = head.rows[0];
  if (!tip || Number(tip.seq) !== expectedSeq - 1 || tip.hash !== prevHash) {
    return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: 'head_mismatch' } };
  }
  return { ok: true, checked, lastSeq: expectedSeq - 1, lastHash: prevHash };
}
