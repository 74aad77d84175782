import {
  enpAccessHistoryResponse, enpCaseResponse, enpDocumentFileResponse, enpDocumentParams, enpSignInBody, enpSignInResponse, enpSignOutResponse,
  errorResponses,
} from '@oryndau/contracts';
import type { EnpCaseResponse } from '@oryndau/contracts';
import { ENP_CACHED_PAGE_GUARD, GuardedJournalWriter, deleteEnpSession } from '@oryndau/db';
import type { FastifyRequest } from 'fastify';
import type { AppDeps, ZodApp } from '../app';
import { resolveLocale } from '../http/locale';
import { participantAccessHistory } from './access-history';
import { hashEnpToken } from './enp-credentials';
import { ENP_COOKIE, clearEnpCookie, requireEnpAccess, setEnpCookie } from './enp-session';
import { enpSignIn } from './enp-sign-in';
import { EnpPageCache, EnpSessionCache } from './case-page-cache';
import { participantCasePage } from './participant-case-page';
import { participantDownload } from './participant-download';
import { enpTargetOf } from './enp-target';

/** A file name for Content-Disposition: ASCII fallback plus the UTF-8 name (RFC 6266). */
const disposition = (name: string) => `attachment; filename="document"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Issue 16 (ЭНП), the public portal: search by IIN and password (ENP-3),
 * the participant's case (ENP-4…ENP-6), its documents one by one, and when
 * the case was viewed (ENP-11). The ЭНП session is its own cookie, not the
 * staff/cabinet session. State-changing calls keep the app's double-submit
 * CSRF check (the pre-session token of http/session.ts).
 */
export function registerEnpPortalRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock, config } = deps;
  const session = { db, clock, policy: config.enp.session };
  // Per process (each server process its own): the rendered case pages, versioned by their case's changes (ENP_PAGE_CACHE_ENTRIES).
  // Issue 18 item 6: the case page reads from the replica when one is configured (docs/scaling.md); the guarded
  // journal entry of a cached page (and so its session check) always goes to the primary.
  const pageDeps = {
    ...session, adapters: deps.adapters, cache: new EnpPageCache(config.enp.pageCacheEntries),
    sessions: new EnpSessionCache(config.enp.pageCacheEntries), views: new GuardedJournalWriter(db, ENP_CACHED_PAGE_GUARD),
    reads: (request: FastifyRequest) => deps.reads.for(request),
  };
  const signInDeps = {
    db, clock, passwordLog2N: config.passwordLog2N, lookupSecret: config.enp.lookupSecret, limits: config.enp, session: config.enp.session,
  };

  app.post('/api/enp/sign-in', {
    schema: { tags: ['enp'], summary: 'ENP-3: search the case by IIN and password; one 401 enp.credentials for any mismatch, 429 enp.locked with retryAt',
      body: enpSignInBody, response: { 200: enpSignInResponse, ...errorResponses } },
    config: { rateLimit: { max: config.login.ratePerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const signed = await enpSignIn(signInDeps, { iin: request.body.iin, password: request.body.password, address: request.ip,
      userAgent: request.headers['user-agent'] ?? null, requestId: request.id });
    setEnpCookie(reply, signed.token, config.production, config.enp.session.maxHours);
    return { caseId: signed.caseId, easdArchiveId: signed.easdArchiveId, expiresAt: signed.expiresAt.toISOString() };
  });

  app.post('/api/enp/sign-out', {
    schema: { tags: ['enp'], summary: 'ENP-3: end the ЭНП session', response: { 204: enpSignOutResponse, ...errorResponses } },
  }, async (request, reply) => {
    const token = request.cookies[ENP_COOKIE];
    if (token) await deleteEnpSession(db, hashEnpToken(token));
    clearEnpCookie(reply);
    return reply.code(204).send(null);
  });

  app.get('/api/enp/case', {
    schema: { tags: ['enp'], summary: 'ENP-4, ENP-6: the participant\'s case — particulars, participants by category, course and documents oldest first',
      response: { 200: enpCaseResponse, ...errorResponses } },
  }, async (request, reply) => {
    const page = await participantCasePage(pageDeps, request, resolveLocale(request.headers['accept-language'], undefined));
    // The page's text was validated against enpCaseResponse when it was rendered: fastify sends a string as is (the
    // serialiser is for objects), so a cached page is not parsed again. The type provider only knows the object form.
    if ('json' in page) return reply.type('application/json; charset=utf-8').send(page.json as unknown as EnpCaseResponse);
    return page.body;
  });

  app.get('/api/enp/case/documents/:documentId', {
    schema: { tags: ['enp'], summary: 'ENP-4: one document of the case view (else 404); an act as its PDF with the verification QR',
      params: enpDocumentParams, response: { 200: enpDocumentFileResponse, ...errorResponses } },
  }, async (request, reply) => {
    const access = await requireEnpAccess(session, request);
    const file = await participantDownload({ db, clock, files: deps.files, publicOrigin: config.publicOrigin, adapters: deps.adapters }, access, request.params.documentId,
      { id: request.id, address: request.ip });
    return reply.type(file.mediaType).header('content-disposition', disposition(file.fileName)).send(Buffer.from(file.bytes));
  });

  app.get('/api/enp/case/access-history', {
    schema: { tags: ['enp'], summary: 'ENP-11: when the case was viewed and by which category or court office (never another person\'s IIN)',
      response: { 200: enpAccessHistoryResponse, ...errorResponses } },
  }, async (request) => {
    const access = await requireEnpAccess(session, request);
    return participantAccessHistory(db, enpTargetOf(access));
  });
}
