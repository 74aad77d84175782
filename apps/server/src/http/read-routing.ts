import type { Database, ReadReplica, Sql } from '@oryndau/db';
import type { Clock } from '@oryndau/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

// Issue 18 item 6 (docs/scaling.md "Several processes and a replica"): the
// read-only routes — the ЭНП portal's case page and court list, the public
// verification page, the pilot dashboard — read from a streaming replica when
// DATABASE_REPLICA_URL is set. A replica lags the primary by up to a few
// hundred milliseconds, so a client that has just written keeps its routed
// reads on the primary for a short window: a cookie stamped on every
// state-changing request says until when. The cookie is no credential —
// forging it only sends one's own reads to the primary — and it is the same
// for every server process behind the load balancer (no shared memory needed).

/** Holds the instant (ms since the epoch) until which this client's routed reads go to the primary. */
export const PRIMARY_COOKIE = 'oryndau_primary';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type ReadRouting = {
  /** true when a replica is configured (else every read is the primary's). */
  readonly replica: boolean;
  /** Where this request's pure reads go: the replica, unless none is configured or the client wrote a moment ago. */
  for(request: FastifyRequest): Sql;
};

export function readRouting(primary: Database, replica: ReadReplica | null, clock: Clock): ReadRouting {
  return {
    replica: replica !== null,
    for(request) {
      if (!replica) return primary;
      const until = Number(request.cookies[PRIMARY_COOKIE]);
      return Number.isFinite(until) && until > clock.now().getTime() ? primary : replica;
    },
  };
}

/**
 * With a replica: every state-changing request (any method but GET/HEAD/OPTIONS) stamps the cookie as it
 * arrives — answered or refused, it may have written — so the same client's next reads see its own write.
 * Without a replica nothing is added: responses stay as they were. Registered before the routes.
 */
export function registerReadRouting(app: FastifyInstance, routing: ReadRouting, options: { stickyMs: number; clock: Clock; secure: boolean }): void {
  if (!routing.replica || options.stickyMs <= 0) return;
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const until = options.clock.now().getTime() + options.stickyMs;
    void reply.setCookie(PRIMARY_COOKIE, String(until), {
      path: '/', httpOnly: true, sameSite: 'lax', secure: options.secure, maxAge: Math.ceil(options.stickyMs / 1000),
    });
  });
}
