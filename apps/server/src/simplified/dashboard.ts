import type { Sql } from '@oryndau/db';
import type { IsoDate } from '@oryndau/kz';
import { DASHBOARD_ZONE, type DashboardCount } from '@oryndau/contracts';
import { daysOf, type DashboardRange } from './dashboard-range';

// The ministry's figures of the simplified-proceedings pilot. A case counts
// on the Almaty day of each of its events: received (created_at), initiated
// (initiated_at) and closed (closed_at, by how it closed). Days are cut by
// PostgreSQL's tzdata (`AT TIME ZONE`), the same on PGlite and PostgreSQL 15.


export type DashboardDay = { date: IsoDate } & Record<DashboardCount, number>;

export type Dashboard = {
  from: IsoDate;
  to: IsoDate;
  zone: typeof DASHBOARD_ZONE;
  days: DashboardDay[];
  totals: Record<DashboardCount, number> & {
    /** terminated / (terminated + cancelledExpired + cancelledDisagreed) among cases closed in the range; null when none closed. */
    paidInTimeShare: number | null;
    /** Median of paid_at − initiated_at over the cases terminated in the range, whole seconds; null when none. */
    medianTimeToPaySeconds: number | null;
    /** Initiated and still open now (whatever the range). */
    pending: number;
  };
};

/** Which count a closing outcome feeds; going ordinary at intake (ineligible, no phone) is one figure. */
const COUNT_OF_EVENT: Readonly<Record<string, DashboardCount>> = {
  received: 'received',
  initiated: 'initiated',
  paid: 'terminated',
  expired: 'cancelledExpired',
  disagreed: 'cancelledDisagreed',
  ineligible: 'ordinary',
  no_phone: 'ordinary',
};

// The zone is a constant of ours, never input: safe to write into the SQL.
const BOUNDS = `SELECT ($1::date)::timestamp AT TIME ZONE '${DASHBOARD_ZONE}' AS lo, ($2::date + 1)::timestamp AT TIME ZONE '${DASHBOARD_ZONE}' AS hi`;

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
SELECT ((at AT TIME ZONE '${DASHBOARD_ZONE}')::date)::text AS day, kind, count(*)::int AS n FROM events GROUP BY 1, 2`;

const SUMMARY_SQL = `
WITH bounds AS (${BOUNDS})
SELECT
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (c.paid_at - c.initiated_at))::float8)
     FROM simplified_cases c, bounds b
    WHERE c.closed_outcome = 'paid' AND c.closed_at >= b.lo AND c.closed_at < b.hi
      AND c.paid_at IS NOT NULL AND c.initiated_at IS NOT NULL) AS median_seconds,
  (SELECT count(*)::int FROM simplified_cases WHERE status = 'initiated' AND closed_at IS NULL) AS pending`;

const zeros = (): Record<DashboardCount, number> =>
  ({ received: 0, initiated: 0, terminated: 0, cancelledExpired: 0, cancelledDisagreed: 0, ordinary: 0 });

export async function loadSimplifiedDashboard(sql: Sql, range: DashboardRange): Promise<Dashboard> {
  const params = [range.from, range.to];
  const perDay = await sql.query<{ day: string; kind: string; n: number }>(PER_DAY_SQL, params);
  const summary = await sql.query<{ median_seconds: number | string | null; pending: number }>(SUMMARY_SQL, params);

  const byDay = new Map<IsoDate, DashboardDay>(daysOf(range).map((date) => [date, { date, ...zeros() }]));
  const totals = zeros();
  for (const row of perDay.rows) {
    const count = COUNT_OF_EVENT[row.kind];
    const day = byDay.get(row.day);
    // Both exist by construction (the bounds are the range's days; outcomes are CHECKed); skip rather than invent a day.
    if (count === undefined || day === undefined) continue;
    day[count] += Number(row.n);
    totals[count] += Number(row.n);
  }
  const closed = totals.terminated + totals.cancelledExpired + totals.cancelledDisagreed;
  const median = summary.rows[0]?.median_seconds ?? null;
  return {
    from: range.from,
    to: range.to,
    zone: DASHBOARD_ZONE,
    days: [...byDay.values()],
    totals: {
      ...totals,
      paidInTimeShare: closed === 0 ? null : totals.terminated / closed,
      medianTimeToPaySeconds: median === null ? null : Math.round(Number(median)),
      pending: Number(summary.rows[0]?.pending ?? 0),
    },
  };
}
