import { actsToSignResponse, courtWorkQuery, errorResponses, legalForceMarksResponse, writsToSignResponse } from '@oryndau/contracts';
import type { AppDeps, ZodApp } from '../../app';
import { requireSubject } from '../../http/session';
import { actsToSign } from './acts-to-sign';
import { legalForceMarks } from './legal-force-marks';
import { writsToSign } from './writs-to-sign';

/**
 * Issue 15 (FILE-14, FILE-15, FILE-16): the lists behind the court staff's home counters — «Жұмыс» / «Работа».
 * Someone without the queue gets 403; the signing and marking happen on the case's page.
 */
export function registerCourtWorkRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  app.get('/api/court-work/acts-to-sign', {
    schema: { tags: ['courts'], summary: 'FILE-14: the judge\'s acts waiting for their signature (what the home counter counts)',
      querystring: courtWorkQuery, response: { 200: actsToSignResponse, ...errorResponses } },
  }, async (request) => actsToSign(db, requireSubject(request)));

  app.get('/api/court-work/legal-force-marks', {
    schema: { tags: ['courts'], summary: 'FILE-15: legal-force marks due — the judge\'s cases, or court-wide for the chairman (overdue flag)',
      querystring: courtWorkQuery, response: { 200: legalForceMarksResponse, ...errorResponses } },
  }, async (request) => legalForceMarks(db, requireSubject(request), clock.now()));

  app.get('/api/court-work/writs-to-sign', {
    schema: { tags: ['courts'], summary: 'FILE-16: the secretary\'s prepared writs lacking their signature (what the home counter counts)',
      querystring: courtWorkQuery, response: { 200: writsToSignResponse, ...errorResponses } },
  }, async (request) => writsToSign(db, requireSubject(request)));
}
