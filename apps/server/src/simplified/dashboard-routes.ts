import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../app';
import { resolveLocale } from '../http/locale';
import { errorResponses, localeSchema } from '../http/schemas';
import { requireSubject } from '../http/session';
import { isoDate } from '../http/validation';
import { DASHBOARD_COUNTS, loadSimplifiedDashboard, type Dashboard } from './dashboard';
import { dashboardCsv, dashboardCsvFilename } from './dashboard-csv';
import { DASHBOARD_ZONE, dashboardRange } from './dashboard-range';

const rangeQuery = z.object({
  from: isoDate().optional().describe('First day (Asia/Almaty), YYYY-MM-DD; default: 29 days before `to`'),
  to: isoDate().optional().describe('Last day, inclusive; default: today in Asia/Almaty'),
});

const counts = Object.fromEntries(DASHBOARD_COUNTS.map((c) => [c, z.number().int()])) as Record<(typeof DASHBOARD_COUNTS)[number], z.ZodNumber>;

const dashboardSchema = z.object({
  from: z.string(),
  to: z.string(),
  zone: z.literal(DASHBOARD_ZONE),
  days: z.array(z.object({ date: z.string(), ...counts })),
  totals: z.object({
    ...counts,
    paidInTimeShare: z.number().min(0).max(1).nullable(),
    medianTimeToPaySeconds: z.number().nullable(),
    pending: z.number().int(),
  }),
}).describe('SimplifiedDashboard');

/** The pilot dashboard of simplified proceedings for the ministry (administrators and senior bailiffs). */
export function registerSimplifiedDashboardRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;

  const load = async (request: FastifyRequest, query: z.infer<typeof rangeQuery>): Promise<Dashboard> => {
    const subject = requireSubject(request);
    if (!can(subject, 'simplified.dashboard', undefined)) throw new DomainError(ErrorCode.forbidden);
    return loadSimplifiedDashboard(db, dashboardRange(query, clock.now()));
  };

  app.get('/api/simplified/dashboard', {
    schema: {
      tags: ['simplified'], summary: 'SIMP pilot dashboard: cases per Almaty day, share paid in time, median time to pay (at most 366 days)',
      querystring: rangeQuery,
      response: { 200: dashboardSchema, ...errorResponses },
    },
  }, async (request) => load(request, request.query));

  app.get('/api/simplified/dashboard.csv', {
    schema: {
      tags: ['simplified'], summary: 'SIMP pilot dashboard as CSV (UTF-8 with BOM, ";"), one row per day and a totals row',
      querystring: rangeQuery.extend({ lang: localeSchema.optional().describe('Header language; default from Accept-Language') }),
    },
  }, async (request, reply) => {
    const dashboard = await load(request, request.query);
    const locale = request.query.lang ?? resolveLocale(request.headers['accept-language'], request.user?.locale);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${dashboardCsvFilename(dashboard)}"`)
      .send(dashboardCsv(dashboard, locale));
  });
}
