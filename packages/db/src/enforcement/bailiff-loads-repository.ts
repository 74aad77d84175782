import { distribution } from '@oryndau/domain';
import type { Sql } from '../database';

// Issue 18 item 4 (ENF-12): bailiffs' loads as counters (migration 0027),
// moved in the same transaction as the change that moves them, so that an
// automatic distribution reads O(bailiffs of the region) rows and never
// counts proceedings or decisions.
//
// Writers — every change of proceedings.bailiff_id or proceedings.status:
//   * insertDistributionDecision (distribution-repository.ts): a new
//     proceeding's first bailiff, a senior's reassignment;
//   * saveProceedingState (proceedings-repository.ts): a status into or out
//     of the load statuses (refused, ended, transferred, reopened …);
//   * insertProceeding writes `registered` with no bailiff: no load yet.
// A bulk loader that writes proceedings with plain SQL (scripts/bench/seed.ts)
// calls rebuildBailiffLoads once at the end.
//
// Lock order: the counters are business rows UNDER the proceeding — the
// proceeding (or the department's registration counter, for a new one) is
// locked first, then the bailiff_loads rows in bailiff-id order (domain
// `loadDeltas` sorts them), then the one bailiff_assignment_days row, the
// journal last (transaction.ts). Nothing is read after a counter moves but
// the use-case's own rows, so concurrent distributions to one bailiff wait
// for each other only for the short rest of the transaction; the read that
// picks the bailiff (listBailiffCandidates) takes no lock at all.

const LOAD_STATUS_LIST = distribution.LOAD_STATUSES.map((s) => `'${s}'`).join(', ');
/** The day at +05 of a decision, as distribution.assignmentDay computes it (migration 0027 backfilled with the same). */
const DECISION_DAY = `((decided_at AT TIME ZONE 'UTC') + interval '5 hours')::date`;

/** Applies the deltas (already in bailiff-id order, `distribution.loadDeltas`) to the load counters. */
export async function applyBailiffLoadDeltas(tx: Sql, deltas: readonly distribution.LoadDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const values = deltas.map((_, i) => `($${2 * i + 1}::uuid, $${2 * i + 2}::integer)`).join(', ');
  // One statement; INSERT … ON CONFLICT takes the rows' locks in VALUES order, which is bailiff-id order.
  await tx.query(
    `INSERT INTO bailiff_loads (bailiff_id, open_proceedings) VALUES ${values}
     ON CONFLICT (bailiff_id) DO UPDATE SET open_proceedings = bailiff_loads.open_proceedings + excluded.open_proceedings`,
    deltas.flatMap((d) => [d.bailiffId, d.delta]));
}

/** One more decision that chose the bailiff, on the day (+05) it was taken. */
export async function countAssignment(tx: Sql, bailiffId: string, decidedAt: Date): Promise<void> {
  await tx.query(
    `INSERT INTO bailiff_assignment_days (bailiff_id, day, assignments) VALUES ($1, $2, 1)
     ON CONFLICT (bailiff_id, day) DO UPDATE SET assignments = bailiff_assignment_days.assignments + 1`,
    [bailiffId, distribution.assignmentDay(decidedAt)]);
}

export type BailiffLoadMismatch = {
  bailiffId: string;
  /** `open` = bailiff_loads; `assignments` = bailiff_assignment_days of `day`. */
  counter: 'open' | 'assignments';
  day: string | null;
  kept: number;
  recounted: number;
};

type MismatchRow = { bailiff_id: string; day: string | null; kept: string; recounted: string };

/**
 * Recounts every counter from the proceedings and the decisions and lists
 * the ones that differ (empty = consistent). A full scan: for an
 * administrator's or a health check, never for a distribution.
 */
export async function checkBailiffLoads(sql: Sql): Promise<{ ok: boolean; mismatches: BailiffLoadMismatch[] }> {
  const open = await sql.query<MismatchRow>(
    `SELECT coalesce(c.bailiff_id, r.bailiff_id) AS bailiff_id, NULL AS day, coalesce(c.open_proceedings, 0) AS kept, coalesce(r.n, 0) AS recounted
       FROM bailiff_loads c
       FULL JOIN (SELECT bailiff_id, count(*) AS n FROM proceedings WHERE bailiff_id IS NOT NULL AND status IN (${LOAD_STATUS_LIST})
                   GROUP BY bailiff_id) r ON r.bailiff_id = c.bailiff_id
      WHERE coalesce(c.open_proceedings, 0) <> coalesce(r.n, 0)
      ORDER BY 1`);
  const days = await sql.query<MismatchRow>(
    `SELECT coalesce(c.bailiff_id, r.bailiff_id) AS bailiff_id, coalesce(c.day, r.day)::text AS day,
            coalesce(c.assignments, 0) AS kept, coalesce(r.n, 0) AS recounted
       FROM bailiff_assignment_days c
       FULL JOIN (SELECT bailiff_id, ${DECISION_DAY} AS day, count(*) AS n FROM distribution_decisions WHERE bailiff_id IS NOT NULL
                   GROUP BY 1, 2) r ON r.bailiff_id = c.bailiff_id AND r.day = c.day
      WHERE coalesce(c.assignments, 0) <> coalesce(r.n, 0)
      ORDER BY 1, 2`);
  const mismatches = [
    ...open.rows.map((r) => ({ bailiffId: r.bailiff_id, counter: 'open' as const, day: null, kept: Number(r.kept), recounted: Number(r.recounted) })),
    ...days.rows.map((r) => ({ bailiffId: r.bailiff_id, counter: 'assignments' as const, day: r.day, kept: Number(r.kept), recounted: Number(r.recounted) })),
  ];
  return { ok: mismatches.length === 0, mismatches };
}

/**
 * Sets every counter to a fresh recount, in the caller's transaction. For
 * bulk loaders that wrote proceedings or decisions with plain SQL, and to
 * repair what checkBailiffLoads found; it locks both tables against
 * distributions meanwhile (SHARE ROW EXCLUSIVE: readers go on).
 */
export async function rebuildBailiffLoads(tx: Sql): Promise<void> {
  await tx.query('LOCK TABLE bailiff_loads, bailiff_assignment_days IN SHARE ROW EXCLUSIVE MODE');
  await tx.query('DELETE FROM bailiff_loads');
  await tx.query(
    `INSERT INTO bailiff_loads (bailiff_id, open_proceedings)
     SELECT bailiff_id, count(*)::integer FROM proceedings WHERE bailiff_id IS NOT NULL AND status IN (${LOAD_STATUS_LIST}) GROUP BY bailiff_id`);
  await tx.query('DELETE FROM bailiff_assignment_days');
  await tx.query(
    `INSERT INTO bailiff_assignment_days (bailiff_id, day, assignments)
     SELECT bailiff_id, ${DECISION_DAY}, count(*)::integer FROM distribution_decisions WHERE bailiff_id IS NOT NULL GROUP BY 1, 2`);
}
