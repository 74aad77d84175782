import {
  enpBlockBody, enpEasdBlockParams, enpEasdCaseResponse, enpEasdParams, enpIssueAccessBody, enpIssueAccessResponse, enpStaffAccessHistoryResponse,
  errorResponses,
} from '@oryndau/contracts';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { resolveLocale } from '../http/locale';
import { actorOf, requireSubject } from '../http/session';
import { staffEasdAccessHistory } from './access-history';
import { easdOfficeCase, setEasdBlock } from './easd-office';
import { issueEasdAccess } from './issue-easd-access';

/**
 * ENP-10: the court office's ЭНП routes for an old case of the archive
 * system ЭАСД, by its archive id (staff session): the case with its scans
 * and accesses, issuing a password with its card, blocking a scan, and who
 * looked at it through ЭНП (ENP-11).
 */
export function registerEnpEasdOfficeRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock, config } = deps;
  const adapters = () => {
    if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'ЭАСД' });
    return deps.adapters;
  };
  const locale = (header: string | undefined) => resolveLocale(header, undefined);

  app.get('/api/enp/office/easd/:archiveId', {
    schema: { tags: ['enp'], summary: 'ENP-10: an ЭАСД case for the office\'s ЭНП section — its participants, scans with blocks, accesses',
      params: enpEasdParams, response: { 200: enpEasdCaseResponse, ...errorResponses } },
  }, async (request) => easdOfficeCase({ db, adapters: adapters() }, requireSubject(request), request.params.archiveId,
    locale(request.headers['accept-language'])));

  app.get('/api/enp/office/easd/:archiveId/access-history', {
    schema: { tags: ['enp'], summary: 'ENP-10, ENP-11: who looked at an ЭАСД case through ЭНП — IIN, name, category, what, when, from where',
      params: enpEasdParams, response: { 200: enpStaffAccessHistoryResponse, ...errorResponses } },
  }, async (request) => staffEasdAccessHistory({ db, adapters: adapters() }, requireSubject(request), request.params.archiveId));

  app.post('/api/enp/office/easd/:archiveId/accesses', {
    schema: { tags: ['enp'], summary: 'ENP-10, ENP-1, ENP-2: issue (or re-issue) a participant\'s ЭНП password for an ЭАСД case; the password once and the card PDF',
      params: enpEasdParams, body: enpIssueAccessBody, response: { 200: enpIssueAccessResponse, ...errorResponses } },
  }, async (request) => {
    const issued = await issueEasdAccess({ db, clock, adapters: adapters(), passwordLog2N: config.passwordLog2N, lookupSecret: config.enp.lookupSecret,
      portalUrl: config.enp.portalUrl }, requireSubject(request), actorOf(request), request.params.archiveId, request.body);
    return { accessId: issued.accessId, password: issued.password, cardPdf: Buffer.from(issued.cardPdf).toString('base64'), replaced: issued.replaced };
  });

  for (const blocked of [true, false]) {
    app.post(`/api/enp/office/easd/:archiveId/documents/:documentId/${blocked ? 'block' : 'unblock'}`, {
      schema: { tags: ['enp'], summary: `ENP-10, ENP-5: ${blocked ? 'block an ЭАСД scan from the portal' : 'open a blocked ЭАСД scan again'}, with the reason (journalled)`,
        params: enpEasdBlockParams, body: enpBlockBody, response: { 200: enpEasdCaseResponse, ...errorResponses } },
    }, async (request) => {
      const subject = requireSubject(request);
      await setEasdBlock({ db, clock, adapters: adapters() }, subject, actorOf(request),
        { archiveId: request.params.archiveId, documentId: request.params.documentId, reason: request.body.reason, blocked });
      return easdOfficeCase({ db, adapters: adapters() }, subject, request.params.archiveId, locale(request.headers['accept-language']));
    });
  }
}
