import type { Sql } from '@oryndau/db';
import { countSimplifiedEventsPerDay, summariseSimplifiedCases } from '@oryndau/db';
import type { IsoDate } from '@oryndau/kz';
import { DASHBOARD_ZONE, type DashboardCount } from '@oryndau/contracts';
import { daysOf, type DashboardRange } from './dashboard-range';

// The ministry's figures of the simplified-proceedings pilot, per Almaty day
// (the counting itself: packages/db simplified/dashboard-queries.ts).


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

const zeros = (): Record<DashboardCount, number> =>
  ({ received: 0, initiated: 0, terminated: 0, cancelledExpired: 0, cancelledDisagreed: 0, ordinary: 0 });

export async function loadSimplifiedDashboard(sql: Sql, range: DashboardRange): Promise<Dashboard> {
  const query = { from: range.from, to: range.to, zone: DASHBOARD_ZONE };
  const perDay = await countSimplifiedEventsPerDay(sql, query);
  const summary = await summariseSimplifiedCases(sql, query);

  const byDay = new Map<IsoDate, DashboardDay>(daysOf(range).map((date) => [date, { date, ...zeros() }]));
  const totals = zeros();
  for (const row of perDay) {
    const count = COUNT_OF_EVENT[row.kind];
    const day = byDay.get(row.day);
    // Both exist by construction (the bounds are the range's days; outcomes are CHECKed); skip rather than invent a day.
    if (count === undefined || day === undefined) continue;
    day[count] += row.n;
    totals[count] += row.n;
  }
  const closed = totals.terminated + totals.cancelledExpired + totals.cancelledDisagreed;
  const median = summary.medianTimeToPaySeconds;
  return {
    from: range.from,
    to: range.to,
    zone: DASHBOARD_ZONE,
    days: [...byDay.values()],
    totals: {
      ...totals,
      paidInTimeShare: closed === 0 ? null : totals.terminated / closed,
      medianTimeToPaySeconds: median === null ? null : Math.round(median),
      pending: summary.pending,
    },
  };
}
