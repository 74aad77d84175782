import type { Database } from '@oryndau/db';
import { z } from 'zod';
import type { ZodApp } from '../app';

export function registerHealthRoutes(app: ZodApp, db: Database): void {
  app.get('/health', {
    schema: {
      tags: ['system'],
      summary: 'Liveness and database reachability',
      response: {
        200: z.object({ status: z.literal('ok'), database: z.object({ ok: z.boolean(), kind: z.string() }) }),
        503: z.object({ status: z.literal('degraded'), database: z.object({ ok: z.boolean(), kind: z.string() }) }),
      },
    },
    config: { rateLimit: false },
  }, async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok' as const, database: { ok: true, kind: db.kind } };
    } catch {
      return reply.status(503).send({ status: 'degraded' as const, database: { ok: false, kind: db.kind } });
    }
  });
}
