import { executiveDocumentStatusBodySchema, executiveDocumentStatusReceiptSchema } from '@oryndau/adapters';
import { courtWritsParams, courtWritsResponse, errorResponses, prepareWritBody, prepareWritResponse } from '@oryndau/contracts';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { integrationTokenHook } from '../../http/integration-auth';
import { actorOf, requireSubject } from '../../http/session';
import { prepareWrit } from './prepare-writ';
import { receiveWritStatus } from './receive-writ-status';
import { courtWritsView } from './writ-view';

/** The court side's receiver of enforcement's status feed: the same wire contract the courts' system speaks (adapters/court-system/contract.ts). */
export const COURT_WRIT_STATUS_BASE_PATH = '/api/integrations/enforcement';

const statusParams = z.object({ documentId: z.string().min(1).max(64) });

/** FILE-16, ENF-11 (issue 15 item 3): a case's writs, their preparation, and the statuses enforcement reports back. */
export function registerCourtWritRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;

  app.get('/api/court-cases/:id/writs', {
    schema: { tags: ['courts'], summary: 'FILE-16, §57–58: the case\'s writs of execution with every status in order (court staff, participants)',
      params: courtWritsParams, response: { 200: courtWritsResponse, ...errorResponses } },
  }, async (request) => courtWritsView(db, requireSubject(request), request.params.id));

  app.post('/api/court-cases/:id/writs', {
    schema: { tags: ['courts'], summary: 'FILE-16, §51–56: the secretary prepares the writ of an act in force (or for immediate execution); 409 when it exists',
      params: courtWritsParams, body: prepareWritBody, response: { 200: prepareWritResponse, ...errorResponses } },
  }, async (request) => prepareWrit({ db, clock }, requireSubject(request), actorOf(request), request.params.id, request.body));

  app.post(`${COURT_WRIT_STATUS_BASE_PATH}/executive-documents/:documentId/status`, {
    schema: { tags: ['integrations'], summary: 'FILE-16, ENF-11, §58: enforcement reports a status of a writ of our courts (idempotent by eventId)',
      params: statusParams, body: executiveDocumentStatusBodySchema, response: { 200: executiveDocumentStatusReceiptSchema, ...errorResponses } },
    onRequest: integrationTokenHook(deps.config.courtWrits.enforcementToken),
  }, async (request) => receiveWritStatus({ db, clock }, { ...request.body, documentId: request.params.documentId }));
}
