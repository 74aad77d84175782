import type { Database } from '@oryndau/db';
import { healthResponse } from '@oryndau/contracts';
import type { ZodApp } from '../app';
import type { SystemKeyStatus } from '../simplified/system-key';
import { crlHealth } from '../signing/crl-refresh';

export type HealthChecks = {
  /** The system seal's key (simplified/system-key.ts): what is missing or wrong, by name — never the PIN. */
  systemKey: () => SystemKeyStatus;
  /** Issue 11 item 11: the CRL download job's sources (TRUST_CRL_URLS); its last success per source is shown. */
  crls?: { sources: readonly string[]; now: () => Date };
};

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
      summary: 'Liveness, database reachability, the system key and the CRL downloads',
      response: { 200: healthResponse, 503: healthResponse },
    },
    config: { rateLimit: false },
  }, async (_request, reply) => {
    const systemKey = systemKeyCheck(checks.systemKey());
    try {
      await db.query('SELECT 1');
      const { crls } = checks;
      const lines = crls?.sources.length ? await crlHealth(db, crls.sources, crls.now()) : null;
      return { status: systemKey.ok ? 'ok' as const : 'degraded' as const, database: { ok: true, kind: db.kind }, systemKey,
        ...(lines ? { crls: lines } : {}) };
    } catch {
      return reply.status(503).send({ status: 'degraded' as const, database: { ok: false, kind: db.kind }, systemKey });
    }
  });
}
