import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSessionUser } from '../identity/sessions';
import type { SessionPolicy } from '../identity/sessions';
import { toSubject, toView } from '../identity/users';
import type { UserView } from '../identity/users';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserView | null;
    sessionToken: string | null;
  }
}

export const SESSION_COOKIE = 'oryndau_sid';
export const CSRF_COOKIE = 'oryndau_csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type SessionOptions = { db: Database; clock: Clock; policy: SessionPolicy; secureCookies: boolean };

/**
 * The CSRF token of a session: derived from its secret token, so it cannot be
 * made without the session cookie, a token of another session is refused,
 * and reading it (it is readable by the page) reveals nothing of the session.
 */
export function csrfTokenOf(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('oryndau-csrf-v1').digest('base64url');
}

/**
 * Loads the signed-in user from the session cookie, and enforces the
 * double-submit CSRF check on every state-changing API request — bound to the
 * session when there is one (issue 11 item 8); before sign-in, the plain
 * double-submit cookie.
 */
export function registerSession(app: FastifyInstance, options: SessionOptions): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request, reply) => {
    ensureCsrfCookie(request, reply, options.secureCookies);
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await resolveSessionUser(options.db, token, options.clock.now(), options.policy);
      const user = found?.user ?? null;
      if (found && user && !user.disabled) {
        request.user = toView(user, found.actingFor);
        request.sessionToken = token;
        // A page still holding a token from before sign-in (or another session) gets this session's token back.
        const bound = csrfTokenOf(token);
        if (request.cookies[CSRF_COOKIE] !== bound) setCsrfCookie(request, reply, bound, options.secureCookies);
      } else {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    // Machine-to-machine integrations authenticate with a bearer token, never a cookie: no CSRF there.
    // ENP-8: a one-click unsubscribe (RFC 8058) comes from a mail client with no cookie; its path's random token is its only authority.
    if (!SAFE_METHODS.has(request.method) && request.url.startsWith('/api/') && !request.url.startsWith('/api/integrations/')
      && !request.url.startsWith('/api/enp/unsubscribe/')) {
      const header = request.headers['x-csrf-token'];
      const expected = request.sessionToken ? csrfTokenOf(request.sessionToken) : request.cookies[CSRF_COOKIE];
      if (typeof header !== 'string' || !expected || !equal(header, expected)) throw new DomainError(ErrorCode.csrf);
    }
  });
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply, secure: boolean): void {
  if (request.cookies[CSRF_COOKIE]) return;
  setCsrfCookie(request, reply, randomBytes(24).toString('base64url'), secure);
}

function setCsrfCookie(request: FastifyRequest, reply: FastifyReply, token: string, secure: boolean): void {
  // Readable by the page's script (that is the point of double-submit);
  // SameSite=Strict keeps other sites from sending it.
  reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', httpOnly: false, secure });
  request.cookies[CSRF_COOKIE] = token;
}

/** Starts a session in the browser: its cookie, and the CSRF token bound to it. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, maxHours: number): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: maxHours * 3600 });
  reply.setCookie(CSRF_COOKIE, csrfTokenOf(token), { path: '/', sameSite: 'strict', httpOnly: false, secure });
}

/** The signed-in subject, or a 401. */
export function requireSubject(request: FastifyRequest): Subject {
  if (!request.user) throw new DomainError(ErrorCode.unauthenticated);
  return toSubject(request.user);
}

/** The journal's "who" for this request. */
export function actorOf(request: FastifyRequest) {
  return {
    userId: request.user?.id ?? null,
    iin: request.user?.iin ?? null,
    role: request.user?.roles.join(',') || null,
    requestId: request.id,
    organisationId: request.user?.organisation?.id ?? null,
    // The client's address as TRUSTED_PROXIES lets fastify see it (X-2: the journal records where an action came from).
    address: request.ip,
  };
}
