import { timingSafeEqual } from 'node:crypto';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';

/**
 * Machine-to-machine calls (the courts' system, ЕРАП) present a bearer
 * token, compared in constant time; no token configured refuses every call.
 */
export function requireIntegrationToken(request: FastifyRequest, token: string | null): void {
  const header = request.headers.authorization;
  const matches = (() => {
    if (!token || !header?.startsWith('Bearer ')) return false;
    const given = Buffer.from(header.slice(7));
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  })();
  if (!matches) throw new DomainError(ErrorCode.integrationUnauthorized);
}

/**
 * The token check as a route's `onRequest` hook: it runs before the body is
 * read or parsed, so a caller without the token never makes the server take
 * in a large body (issue 11 item 8).
 */
export function integrationTokenHook(token: string | null): onRequestAsyncHookHandler {
  return async (request) => requireIntegrationToken(request, token);
}
