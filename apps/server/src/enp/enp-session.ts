import type { Database, EnpAccessRecord, EnpCaseView, EnpSessionAccess, Sql } from '@oryndau/db';
import { deleteEnpSession, findEnpSessionAccess, findEnpSessionCaseView, findEnpSessionPageVersion, touchEnpSession } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashEnpToken } from './enp-credentials';

// ENP-3: the portal's own session — not the staff/cabinet session: it opens
// one case for one participant and nothing else. httpOnly, SameSite=Lax,
// path /api/enp (the only place it is needed).

export const ENP_COOKIE = 'oryndau_enp';
const COOKIE_PATH = '/api/enp';

/** A session's last request is written down at most once a minute (the idle limit counts from it). */
export const TOUCH_AFTER_MS = 60_000;

export type EnpSessionPolicy = { idleMinutes: number; maxHours: number };

export function setEnpCookie(reply: FastifyReply, token: string, secure: boolean, maxHours: number): void {
  reply.setCookie(ENP_COOKIE, token, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure, maxAge: maxHours * 3600 });
}

export function clearEnpCookie(reply: FastifyReply): void {
  reply.clearCookie(ENP_COOKIE, { path: COOKIE_PATH });
}

/** The hash of the request's ЭНП session token, or null without the cookie. */
export function enpTokenHashOf(request: FastifyRequest): string | null {
  const token = request.cookies[ENP_COOKIE];
  return token ? hashEnpToken(token) : null;
}

/**
 * The request's ЭНП session as `find` reads it by the token's hash, or 401
 * enp.signed_out. A session dies after `idleMinutes` without requests or at
 * its end, and with its access (a re-issue replaces it).
 */
async function liveSession<T extends EnpSessionAccess>(deps: { db: Database; clock: Clock; policy: EnpSessionPolicy }, request: FastifyRequest,
  find: (tokenHash: string) => Promise<T | null>): Promise<T> {
  const hash = enpTokenHashOf(request);
  if (!hash) throw new DomainError(ErrorCode.enpSignedOut);
  const found = await find(hash);
  const now = deps.clock.now();
  if (!found) throw new DomainError(ErrorCode.enpSignedOut);
  if (found.expiresAt <= now || found.lastSeenAt.getTime() + deps.policy.idleMinutes * 60_000 <= now.getTime()) {
    await deleteEnpSession(deps.db, hash);
    throw new DomainError(ErrorCode.enpSignedOut);
  }
  if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await touchEnpSession(deps.db, hash, now);
    return { ...found, lastSeenAt: now };
  }
  return found;
}

/** The access of the request's ЭНП session, or 401 enp.signed_out. */
export async function requireEnpAccess(deps: { db: Database; clock: Clock; policy: EnpSessionPolicy }, request: FastifyRequest)
  : Promise<EnpAccessRecord> {
  return (await liveSession(deps, request, (hash) => findEnpSessionAccess(deps.db, hash))).access;
}

/**
 * Issue 18 item 6: `reads` (the replica, when configured and the client has not just written) answers the
 * case page's session-and-view statement; ending or touching the session goes to the primary (`db`). A
 * session ended on the primary may still read for the replica's lag (a few hundred ms: docs/scaling.md).
 */
export type EnpReadDeps = { db: Database; reads?: Sql | undefined; clock: Clock; policy: EnpSessionPolicy };

/**
 * The access of the request's ЭНП session and the content version of its
 * case's page (null: an ЭАСД access), read by one cheap statement — the
 * cached page's path (case-page-cache.ts); or 401 enp.signed_out.
 */
export async function requireEnpPageVersion(deps: EnpReadDeps, request: FastifyRequest)
  : Promise<EnpSessionAccess & { pageVersion: string | null }> {
  const found = await liveSession(deps, request, (hash) => findEnpSessionPageVersion(deps.reads ?? deps.db, hash));
  return { access: found.access, pageVersion: found.pageVersion, lastSeenAt: found.lastSeenAt, expiresAt: found.expiresAt };
}

/**
 * The access of the request's ЭНП session, its case view and the version
 * that view is of, read by one statement (the portal's page without a
 * usable cached copy: bench:enp), or 401 enp.signed_out. The view is null
 * when the case is gone.
 */
export async function requireEnpCaseView(deps: EnpReadDeps, request: FastifyRequest)
  : Promise<EnpSessionAccess & { view: EnpCaseView | null; pageVersion: string | null }> {
  const found = await liveSession(deps, request, (hash) => findEnpSessionCaseView(deps.reads ?? deps.db, hash));
  return { access: found.access, view: found.view, pageVersion: found.pageVersion, lastSeenAt: found.lastSeenAt, expiresAt: found.expiresAt };
}
