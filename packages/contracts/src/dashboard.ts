import { z } from 'zod';
import { binary, localeSchema } from './errors';
import { isoDate } from './validation';

// The ministry's pilot dashboard of simplified proceedings (simplified/dashboard-routes.ts).

export const DASHBOARD_ZONE = 'Asia/Almaty';
export const DASHBOARD_COUNTS = ['received', 'initiated', 'terminated', 'cancelledExpired', 'cancelledDisagreed', 'ordinary'] as const;
export type DashboardCount = (typeof DASHBOARD_COUNTS)[number];

/** GET /api/simplified/dashboard */
export const dashboardQuery = z.object({
  from: isoDate().optional().describe('First day (Asia/Almaty), YYYY-MM-DD; default: 29 days before `to`'),
  to: isoDate().optional().describe('Last day, inclusive; default: today in Asia/Almaty'),
});
/** GET /api/simplified/dashboard.csv */
export const dashboardCsvQuery = dashboardQuery.extend({ lang: localeSchema.optional().describe('Header language; default from Accept-Language') });

const counts = Object.fromEntries(DASHBOARD_COUNTS.map((c) => [c, z.number().int()])) as Record<DashboardCount, z.ZodNumber>;

export const dashboardSchema = z.object({
  from: z.string(),
  to: z.string(),
  zone: z.literal(DASHBOARD_ZONE),
  days: z.array(z.object({ date: z.string(), ...counts })),
  totals: z.object({
    ...counts,
    /** terminated / (terminated + cancelled) among cases closed in the range, 0..1; null when none closed. */
    paidInTimeShare: z.number().min(0).max(1).nullable(),
    medianTimeToPaySeconds: z.number().nullable(),
    /** Initiated and still open now. */
    pending: z.number().int(),
  }),
}).describe('SimplifiedDashboard');

export const dashboardCsvResponse = binary(['text/csv'], 'The dashboard as CSV (UTF-8 with BOM, ";"): one row per day and a totals row');

export type Dashboard = z.infer<typeof dashboardSchema>;
export type DashboardCounts = Record<DashboardCount, number>;
export type DashboardDay = Dashboard['days'][number];
