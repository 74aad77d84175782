import type { Sql } from '../database';
import type { CourtCounterKind } from './codes';

/**
 * The next number of a court's sequence (`case`: key `${year}:${form}`;
 * `filing`: key the receipt date), inside the caller's transaction. The
 * upsert takes the counter row's lock, so concurrent transactions get
 * distinct, gap-free numbers in commit order; a rolled-back transaction
 * gives its number back. First lock of the server's order (COURTS-DESIGN.md).
 */
export async function nextCourtSequence(tx: Sql, courtId: string, kind: CourtCounterKind, key: string): Promise<number> {
  const result = await tx.query<{ last_sequence: number }>(
    `INSERT INTO court_counters (court_id, kind, key, last_sequence) VALUES ($1, $2, $3, 1)
     ON CONFLICT (court_id, kind, key) DO UPDATE SET last_sequence = court_counters.last_sequence + 1
     RETURNING last_sequence`,
    [courtId, kind, key]);
  const row = result.rows[0];
  if (!row) throw new Error('court counter did not advance');
  return Number(row.last_sequence);
}
