import type { Database } from '@oryndau/db';
import { z } from 'zod';
import type { ZodApp } from '../app';
import type { SystemKeyStatus } from '../simplified/system-key';

export type HealthChecks = {
  /** The system seal's key (simplified/system-key.ts): what is missing or wrong, by name — never the PIN. */
  systemKey: () => SystemKeyStatus;
};

const check = z.object({ ok: z.boolean(), detail: z.string() });
const body = z.object({
  /** `degraded`: something named below is not working; the HTTP status is 503 only when the database is down. */
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), kind: z.string() }),
  systemKey: check,
});

const systemKeyCheck = (status: SystemKeyStatus) => (status.ok
  ? { ok: true, detail: `${status.source === 'file' ? 'SYSTEM_KEY_FILE' : 'dev PKI'}, BIN ${status.bin}, valid until ${status.notAfter}` }
  : { ok: false, detail: status.problem });

/**
 * Liveness for load balancers and operators. A missing system key keeps the
 * answer 200 (the server still serves everything but the ЕРАП intake, so it
 * must stay in the balancer's pool) with `status: degraded` and the reason.
 */
export function registerHealthRoutes(app: ZodApp, db: Database, checks: HealthChecks): void {
  app.get('/health', {
    schema: {
      tags: ['system'],
      summary: 'Liveness, database reachability and the system key',
      response: { 200: body, 503: body },
    },
    config: { rateLimit: false },
  }, async (_request, reply) => {
    const systemKey = systemKeyCheck(checks.systemKey());
    try {
      await db.query('SELECT 1');
      return { status: systemKey.ok ? 'ok' as const : 'degraded' as const, database: { ok: true, kind: db.kind }, systemKey };
    } catch {
      return reply.status(503).send({ status: 'degraded' as const, database: { ok: false, kind: db.kind }, systemKey });
    }
  });
}
