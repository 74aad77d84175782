import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { FastifyRequest } from 'fastify';
import type { AppDeps, ZodApp } from '../app';
import { resolveLocale } from '../http/locale';
import { dashboardCsvQuery, dashboardCsvResponse, dashboardQuery, dashboardSchema, errorResponses } from '@oryndau/contracts';
import type { z } from 'zod';
import { requireSubject } from '../http/session';
import { loadSimplifiedDashboard, type Dashboard } from './dashboard';
import { dashboardCsv, dashboardCsvFilename } from './dashboard-csv';
import { dashboardRange } from './dashboard-range';

/** The pilot dashboard of simplified proceedings for the ministry (administrators and senior bailiffs). */
export function registerSimplifiedDashboardRoutes(app: ZodApp, deps: AppDeps): void {
  const { clock } = deps;

  const load = async (request: FastifyRequest, query: z.infer<typeof dashboardQuery>): Promise<Dashboard> => {
    const subject = requireSubject(request);
    if (!can(subject, 'simplified.dashboard', undefined)) throw new DomainError(ErrorCode.forbidden);
    // Issue 18 item 6: aggregates over days — a replica's lag of a moment changes nothing a reader could act on.
    return loadSimplifiedDashboard(deps.reads.for(request), dashboardRange(query, clock.now()));
  };

  app.get('/api/simplified/dashboard', {
    schema: {
      tags: ['simplified'], summary: 'SIMP pilot dashboard: cases per Almaty day, share paid in time, median time to pay (at most 366 days)',
      querystring: dashboardQuery,
      response: { 200: dashboardSchema, ...errorResponses },
    },
  }, async (request) => load(request, request.query));

  app.get('/api/simplified/dashboard.csv', {
    schema: {
      tags: ['simplified'], summary: 'SIMP pilot dashboard as CSV (UTF-8 with BOM, ";"), one row per day and a totals row',
      querystring: dashboardCsvQuery,
      response: { 200: dashboardCsvResponse, ...errorResponses },
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
