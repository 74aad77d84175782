import type { Database } from '@oryndau/db';
import { z } from 'zod';
import type { ZodApp } from '../app';
import { crlHealth } from '../signing/crl-refresh';

// Issue 11 item 11: the CRL download job's last success per source (omitted when no TRUST_CRL_URLS are configured).
const crlLine = z.object({
  source: z.string(), issuer: z.string().nullable(), lastSuccessAt: z.string().nullable(), nextUpdate: z.string().nullable(),
  failures: z.number(), current: z.boolean(),
});

export function registerHealthRoutes(app: ZodApp, db: Database, crls?: { sources: readonly string[]; now: () => Date }): void {
  app.get('/health', {
    schema: {
      tags: ['system'],
      summary: 'Liveness and database reachability',
      response: {
        200: z.object({ status: z.literal('ok'), database: z.object({ ok: z.boolean(), kind: z.string() }), crls: z.array(crlLine).optional() }),
        503: z.object({ status: z.literal('degraded'), database: z.object({ ok: z.boolean(), kind: z.string() }) }),
      },
    },
    config: { rateLimit: false },
  }, async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      const lines = crls?.sources.length ? await crlHealth(db, crls.sources, crls.now()) : null;
      return { status: 'ok' as const, database: { ok: true, kind: db.kind }, ...(lines ? { crls: lines } : {}) };
    } catch {
      return reply.status(503).send({ status: 'degraded' as const, database: { ok: false, kind: db.kind } });
    }
  });
}
