import type { Sql } from '../database';

// The ministry's figures of the simplified-proceedings pilot. A case counts
// on the local day (of `zone`) of each of its events: received (created_at),
// initiated (initiated_at) and closed (closed_at, by how it closed). Days are
// cut by PostgreSQL's tzdata (`AT TIME ZONE`), the same on PGlite and
// PostgreSQL 15.

/** `kind`: received, initiated, or the closing outcome (paid, expired, disagreed, ineligible, no_phone). */
export type DashboardEventCount = { day: string; kind: string; n: number };

export type DashboardRangeQuery = { from: string; to: string; zone: string };

const BOUNDS = 'SELECT ($1::date)::timestamp AT TIME ZONE $3::text AS lo, ($2::date + 1)::timestamp AT TIME ZONE $3::text AS hi';

const PER_DAY_SQL = `
WITH bounds AS (${BOUNDS}),
events AS (
  SELECT c.created_at AS at, 'received' AS kind FROM simplified_cases c, bounds b WHERE c.created_at >= b.lo AND c.created_at < b.hi
  UNION ALL
  SELECT c.initiated_at, 'initiated' FROM simplified_cases c, bounds b WHERE c.initiated_at >= b.lo AND c.initiated_at < b.hi
  UNION ALL
  SELECT c.closed_at, c.closed_outcome FROM simplified_cases c, bounds b
   WHERE c.closed_outcome IS NOT NULL AND c.closed_at >= b.lo AND c.closed_at < b.hi
)
SELECT ((at AT TIME ZONE $3::text)::date)::text AS day, kind, count(*)::int AS n FROM events GROUP BY 1, 2`;

const SUMMARY_SQL = `
WITH bounds AS (${BOUNDS})
SELECT
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (c.paid_at - c.initiated_at))::float8)
     FROM simplified_cases c, bounds b
    WHERE c.closed_outcome = 'paid' AND c.closed_at >= b.lo AND c.closed_at < b.hi
      AND c.paid_at IS NOT NULL AND c.initiated_at IS NOT NULL) AS median_seconds,
  (SELECT count(*)::int FROM simplified_cases WHERE status = 'initiated' AND closed_at IS NULL) AS pending`;

/** Events per local day and kind inside the range (days without events are absent). */
export async function countSimplifiedEventsPerDay(sql: Sql, range: DashboardRangeQuery): Promise<DashboardEventCount[]> {
  const found = await sql.query<{ day: string; kind: string; n: number | string }>(PER_DAY_SQL, [range.from, range.to, range.zone]);
  return found.rows.map((r) => ({ day: r.day, kind: r.kind, n: Number(r.n) }));
}

export type DashboardSummary = {
  /** Median of paid_at − initiated_at over the cases paid (closed) in the range, in seconds; null when none. */
  medianTimeToPaySeconds: number | null;
  /** Initiated and still open now, whatever the range. */
  pending: number;
};

export async function summariseSimplifiedCases(sql: Sql, range: DashboardRangeQuery): Promise<DashboardSummary> {
  const row = (await sql.query<{ median_seconds: number | string | null; pending: number | string }>(
    SUMMARY_SQL, [range.from, range.to, range.zone])).rows[0];
  const median = row?.median_seconds ?? null;
  return { medianTimeToPaySeconds: median === null ? null : Number(median), pending: Number(row?.pending ?? 0) };
}
