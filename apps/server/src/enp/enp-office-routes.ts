import {
  enpAccessListResponse, enpBlockBody, enpBlockParams, enpIssueAccessBody, enpIssueAccessParams, enpIssueAccessResponse, enpMatrixBody,
  enpMatrixResponse, enpStaffAccessHistoryResponse, enpStaffDocumentsResponse, errorResponses,
} from '@oryndau/contracts';
import { listEnpAccesses } from '@oryndau/db';
import { courts } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { resolveLocale } from '../http/locale';
import { actorOf, requireSubject } from '../http/session';
import { journalOfficeView, staffAccessHistory } from './access-history';
import { setDocumentBlock, staffDocuments } from './block-document';
import { issueEnpAccess } from './issue-access';
import { loadOfficeCase } from './office-case';
import { readEnpMatrix, saveEnpMatrix } from './visibility-matrix';

/**
 * Issue 16 (ЭНП), the court office's side under the staff session: issue
 * passwords with the card (ENP-1, ENP-2), list accesses, block documents
 * (ENP-5), read the access history (ENP-11); the matrix for administrators (ENP-6).
 */
export function registerEnpOfficeRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock, config } = deps;
  const issueDeps = { db, clock, passwordLog2N: config.passwordLog2N, lookupSecret: config.enp.lookupSecret, portalUrl: config.enp.portalUrl };
  const locale = (header: string | undefined) => resolveLocale(header, undefined);

  app.post('/api/enp/office/cases/:caseId/accesses', {
    schema: { tags: ['enp'], summary: 'ENP-1, ENP-2: issue (or re-issue) a participant\'s ЭНП password; the password once and the 10×15 cm card PDF',
      params: enpIssueAccessParams, body: enpIssueAccessBody, response: { 200: enpIssueAccessResponse, ...errorResponses } },
  }, async (request) => {
    const issued = await issueEnpAccess(issueDeps, requireSubject(request), actorOf(request), request.params.caseId, request.body);
    return { accessId: issued.accessId, password: issued.password, cardPdf: Buffer.from(issued.cardPdf).toString('base64'), replaced: issued.replaced };
  });

  app.get('/api/enp/office/cases/:caseId/accesses', {
    schema: { tags: ['enp'], summary: 'ENP-1: the case\'s ЭНП accesses, newest first (replaced ones marked); never a hash',
      params: enpIssueAccessParams, response: { 200: enpAccessListResponse, ...errorResponses } },
  }, async (request) => {
    await loadOfficeCase(db, requireSubject(request), request.params.caseId, 'enp.access.list');
    const items = await listEnpAccesses(db, request.params.caseId);
    return { items: items.map((a) => ({
      id: a.id, iin: a.iin, fullName: a.fullName, category: a.category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[a.category],
      appliedOn: a.appliedOn, email: a.email, representedEntity: a.representedEntity, channel: a.channel, issuedAt: a.issuedAt.toISOString(),
      issuedByName: a.issuedByName, replacedAt: a.replacedAt?.toISOString() ?? null,
    })) };
  });

  app.get('/api/enp/office/cases/:caseId/documents', {
    schema: { tags: ['enp'], summary: 'ENP-5: the case\'s documents as the portal names them, with their blocks (journalled as the office\'s look)',
      params: enpIssueAccessParams, response: { 200: enpStaffDocumentsResponse, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    const list = await staffDocuments(db, subject, request.params.caseId, locale(request.headers['accept-language']));
    await journalOfficeView({ db, clock }, actorOf(request), request.params.caseId, request.user?.fullName ?? '');
    return list;
  });

  for (const blocked of [true, false]) {
    app.post(`/api/enp/office/cases/:caseId/documents/:documentId/${blocked ? 'block' : 'unblock'}`, {
      schema: { tags: ['enp'], summary: `ENP-5: ${blocked ? 'block a document from the portal' : 'open a blocked document again'}, with the reason (journalled)`,
        params: enpBlockParams, body: enpBlockBody, response: { 200: enpStaffDocumentsResponse, ...errorResponses } },
    }, async (request) => {
      const subject = requireSubject(request);
      await setDocumentBlock({ db, clock }, subject, actorOf(request),
        { caseId: request.params.caseId, documentId: request.params.documentId, reason: request.body.reason, blocked });
      return staffDocuments(db, subject, request.params.caseId, locale(request.headers['accept-language']));
    });
  }

  app.get('/api/enp/office/cases/:caseId/access-history', {
    schema: { tags: ['enp'], summary: 'ENP-11: who looked at the case through ЭНП — IIN, name, category, what, when, from where',
      params: enpIssueAccessParams, response: { 200: enpStaffAccessHistoryResponse, ...errorResponses } },
  }, async (request) => staffAccessHistory(db, requireSubject(request), request.params.caseId));

  app.get('/api/enp/matrix', {
    schema: { tags: ['enp'], summary: 'ENP-6: the visibility matrix in force (category × kind × form) with each cell\'s legal basis',
      response: { 200: enpMatrixResponse, ...errorResponses } },
  }, async (request) => readEnpMatrix(db, requireSubject(request)));

  app.put('/api/enp/matrix', {
    schema: { tags: ['enp'], summary: 'ENP-6: save a new version of the matrix against the version it was edited from (409 enp.matrix_conflict)',
      body: enpMatrixBody, response: { 200: enpMatrixResponse, ...errorResponses } },
    bodyLimit: 2 * 1024 * 1024,
  }, async (request) => {
    const subject = requireSubject(request);
    await saveEnpMatrix({ db, clock }, subject, actorOf(request), request.body);
    return readEnpMatrix(db, subject);
  });
}

