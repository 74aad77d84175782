import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database, SessionUser, Sql } from '@oryndau/db';
import { sessionGuardedSql } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TOUCH_AFTER_MS, hashSessionToken, resolveSessionUser, sessionLive } from '../identity/sessions';
import type { SessionPolicy } from '../identity/sessions';
import { toSubject, toView } from '../identity/users';
import type { UserView } from '../identity/users';
import { LruMap } from './lru-map';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserView | null;
    sessionToken: string | null;
    /** Issue 18 item 5: the user was taken from this process's copy of the session; the route's read must confirm it (readUnderSession). */
    sessionToConfirm: SessionToConfirm | null;
  }
  interface FastifyContextConfig {
    /** A GET whose handler reads through readUnderSession: the session is checked in the read's own statement. */
    sessionInQuery?: boolean;
  }
}

type SessionToConfirm = {
  tokenHash: string;
  /** The view the request's user was made from (JSON), to compare with what the database says. */
  viewJson: string;
  /** Checks the session again the ordinary way (one statement of its own), setting or clearing request.user. */
  recheck: () => Promise<void>;
  confirm: (fresh: SessionUser) => boolean;
};

type CheckedSession = { user: UserView; viewJson: string; lastSeenAt: Date; expiresAt: Date };

/** Sessions this process has checked (by the token's hash), for the routes whose reads check them again. */
const CHECKED_SESSIONS = 10_000;

export const SESSION_COOKIE = 'oryndau_sid';
export const CSRF_COOKIE = 'oryndau_csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type SessionOptions = { db: Database; clock: Clock; policy: SessionPolicy; secureCookies: boolean };

const viewJsonOf = (view: UserView) => JSON.stringify(view);

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

  app.decorateRequest('sessionToConfirm', null);
  const checked = new LruMap<string, CheckedSession>(CHECKED_SESSIONS);

  const resolve = async (request: FastifyRequest, reply: FastifyReply, token: string) => {
    const found = await resolveSessionUser(options.db, token, options.clock.now(), options.policy);
    const user = found?.user ?? null;
    const hash = hashSessionToken(token);
    if (found && user && !user.disabled) {
      request.user = toView(user, found.actingFor);
      request.sessionToken = token;
      checked.set(hash, { user: request.user, viewJson: viewJsonOf(request.user), lastSeenAt: found.lastSeenAt, expiresAt: found.expiresAt });
      // A page still holding a token from before sign-in (or another session) gets this session's token back.
      const bound = csrfTokenOf(token);
      if (request.cookies[CSRF_COOKIE] !== bound) setCsrfCookie(request, reply, bound, options.secureCookies);
    } else {
      checked.delete(hash);
      request.user = null;
      request.sessionToken = null;
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
  };

  app.addHook('onRequest', async (request, reply) => {
    ensureCsrfCookie(request, reply, options.secureCookies);
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const now = options.clock.now();
      const hash = request.routeOptions.config.sessionInQuery && request.method === 'GET' ? hashSessionToken(token) : null;
      const copy = hash ? checked.get(hash) : undefined;
      // Issue 18 item 5: a session seen within the minute — the route's read checks it in its own statement.
      if (hash && copy && now.getTime() - copy.lastSeenAt.getTime() <= TOUCH_AFTER_MS && sessionLive(copy, now, options.policy)) {
        request.user = copy.user;
        request.sessionToken = token;
        request.sessionToConfirm = {
          tokenHash: hash, viewJson: copy.viewJson, recheck: () => resolve(request, reply, token),
          confirm: (fresh) => !fresh.user.disabled && sessionLive(fresh, options.clock.now(), options.policy)
            && viewJsonOf(toView(fresh.user, fresh.actingFor)) === copy.viewJson,
        };
        if (request.cookies[CSRF_COOKIE] !== csrfTokenOf(token)) setCsrfCookie(request, reply, csrfTokenOf(token), options.secureCookies);
      } else {
        await resolve(request, reply, token);
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

  // A user taken from the process's copy of the session and never confirmed by the route's read: nothing is answered from it.
  // onSend, not preSerialization: a body sent as ready JSON text (the queue page) skips the serialisation hooks.
  app.addHook('onSend', async (request, reply) => {
    if (request.sessionToConfirm && reply.statusCode < 300) throw new Error(`route ${request.routeOptions.url ?? ''} is flagged sessionInQuery but did not read through readUnderSession`);
  });
}

/**
 * Issue 18 item 5: runs a route's read with the request's session checked in
 * the read's first statement (sessionGuardedSql) when the user was taken
 * from this process's copy; if the database no longer agrees (signed out,
 * disabled, another role or organisation, idle), the session is checked the
 * ordinary way and the read runs again for whoever the request now is — the
 * first answer is thrown away. A route flagged `sessionInQuery` must read
 * through here: its answer is refused otherwise (the onSend check
 * below).
 */
export async function readUnderSession<T>(request: FastifyRequest, db: Sql, read: (sql: Sql) => Promise<T>): Promise<T> {
  const pending = request.sessionToConfirm;
  if (!pending) return read(db);
  request.sessionToConfirm = null;
  const guarded = sessionGuardedSql(db, pending.tokenHash);
  let outcome: { value: T } | { error: unknown };
  try {
    outcome = { value: await read(guarded.sql) };
  } catch (error) {
    outcome = { error };
  }
  const fresh = await guarded.session();
  if (fresh && pending.confirm(fresh)) {
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }
  await pending.recheck();
  return read(db);
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
