import { timingSafeEqual } from 'node:crypto';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { FastifyRequest } from 'fastify';

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
