import type { Database, Sql, Tx } from './database';
import { fireDueDeadlines, type Deadline, type DeadlineHandler, type DeadlineRunResult } from './deadlines';

/**
 * Does the work of many due deadlines of one kind *inside their claiming
 * transaction* (issue 18 item 4): the changes of every one of them and their
 * `fired_at` marks commit together, or nothing does. It may leave some of
 * them for a later round (their ids returned: e.g. their subject is busy):
 * those are not marked and stay due.
 */
export type DeadlineChunkHandler = (tx: Tx, deadlines: readonly Deadline[], now: Date) => Promise<{ later: readonly string[] } | void>;

type DeadlineRow = {
  id: string; kind: string; subject_type: string; subject_id: string; due_at: Date; payload: Record<string, unknown>; attempts: number;
};

/**
 * Fires due deadlines of the kinds that have a chunk handler, up to `size`
 * per transaction (claimed as fireDueDeadlines claims one: due, not backing
 * off, `FOR UPDATE SKIP LOCKED`, oldest first), until none is due or `limit`
 * have fired. A chunk whose transaction fails is rolled back whole and its
 * kind is left to the one-by-one runner (fireDueDeadlines): there each timer
 * fails or fires on its own, with its own back-off — so one bad timer never
 * holds back the others of its chunk.
 */
export async function fireDueDeadlineChunks(
  db: Database, handlers: Readonly<Record<string, DeadlineChunkHandler>>, now: () => Date, options: { size?: number; limit?: number } = {},
): Promise<DeadlineRunResult & { fallback: boolean; error?: unknown }> {
  const size = Math.max(1, options.size ?? 100);
  const limit = options.limit ?? size;
  const result: DeadlineRunResult & { fallback: boolean; error?: unknown } = { fired: 0, failed: 0, fallback: false };
  for (const [kind, handler] of Object.entries(handlers)) {
    while (result.fired < limit) {
      const at = now();
      let claimed: number;
      try {
        claimed = await db.transaction(async (tx) => {
          const rows = (await tx.query<DeadlineRow>(
            `SELECT id, kind, subject_type, subject_id, due_at, payload, attempts FROM deadlines
              WHERE kind = $3 AND fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1
                AND (locked_until IS NULL OR locked_until <= $1)
              ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
            [at.toISOString(), Math.min(size, limit - result.fired), kind])).rows;
          if (rows.length === 0) return 0;
          const done = await handler(tx, rows.map((r) => ({ id: r.id, kind: r.kind, subjectType: r.subject_type, subjectId: r.subject_id,
            dueAt: new Date(r.due_at), payload: r.payload ?? {}, attempts: r.attempts })), at);
          const later = new Set(done?.later ?? []);
          const ids = rows.map((r) => r.id).filter((id) => !later.has(id));
          // Every one left for later: nothing fired; this round stops so that it does not claim them again at once.
          if (ids.length === 0) return 0;
          const marked = await tx.query(
            `UPDATE deadlines SET fired_at = $1, attempts = attempts + 1, locked_until = NULL
              WHERE id IN (${ids.map((_, i) => `$${i + 2}`).join(', ')}) AND fired_at IS NULL`, [at.toISOString(), ...ids]);
          if (marked.rowCount !== ids.length) throw new Error(`a deadline of kind "${kind}" fired twice`);
          return ids.length;
        });
      } catch (error) {
        // Rolled back: nothing of the chunk happened; the one-by-one runner takes its timers (and records any failure per timer).
        result.fallback = true;
        result.error = error;
        break;
      }
      if (claimed === 0) break;
      result.fired += claimed;
    }
  }
  return result;
}

/**
 * cancelOtherDeadlines for many subjects of one kind in one statement: every
 * open deadline of theirs but the one firing for each (its runner marks it).
 */
export async function cancelOtherDeadlinesOfMany(
  tx: Sql, which: { subjectType: string; kind: string; subjects: readonly { subjectId: string; exceptId: string }[] }, now: Date,
): Promise<number> {
  if (which.subjects.length === 0) return 0;
  const list = (from: number) => which.subjects.map((_, i) => `$${i + from}`).join(', ');
  const n = which.subjects.length;
  const result = await tx.query(
    `UPDATE deadlines SET cancelled_at = $1 WHERE subject_type = $2 AND kind = $3 AND fired_at IS NULL AND cancelled_at IS NULL
        AND subject_id IN (${list(4)}) AND id NOT IN (${list(4 + n)})`,
    [now.toISOString(), which.subjectType, which.kind, ...which.subjects.map((s) => s.subjectId), ...which.subjects.map((s) => s.exceptId)]);
  return result.rowCount;
}

/**
 * The worker's deadline round: the kinds with a chunk handler by chunks
 * first (up to `limit` timers), then up to `limit` of the other kinds one by
 * one — and, after a chunk failed, its kind's timers too, each with its own
 * failure and back-off.
 */
export async function fireDueDeadlinesByChunks(
  db: Database, handlers: Readonly<Record<string, DeadlineHandler>>, chunkHandlers: Readonly<Record<string, DeadlineChunkHandler>>, now: () => Date,
  options: { size?: number; limit?: number; onChunkError?: (error: unknown) => void } = {},
): Promise<DeadlineRunResult> {
  const limit = options.limit ?? 100;
  const chunked = await fireDueDeadlineChunks(db, chunkHandlers, now, { size: options.size ?? limit, limit });
  if (chunked.fallback) options.onChunkError?.(chunked.error);
  // The other kinds get their own share every round, however many chunked timers are due; the chunked kinds fire
  // one by one here only after a chunk of theirs failed.
  const single = await fireDueDeadlines(db, handlers, now, limit, chunked.fallback ? {} : { exceptKinds: Object.keys(chunkHandlers) });
  return { fired: chunked.fired + single.fired, failed: chunked.failed + single.failed };
}
