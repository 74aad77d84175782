import type { Database } from '@oryndau/db';
import { journalSealStatus } from '@oryndau/db';
import { healthResponse } from '@oryndau/contracts';
import type { ZodApp } from '../app';
import type { SystemKeyStatus } from '../simplified/system-key';
import { crlHealth } from '../signing/crl-refresh';

export type HealthChecks = {
  /** The system seal's key (simplified/system-key.ts): what is missing or wrong, by name — never the PIN. */
  systemKey: () => SystemKeyStatus;
  /** Issue 11 item 11: the CRL download job's sources (TRUST_CRL_URLS); its last success per source is shown. */
  crls?: { sources: readonly string[]; now: () => Date };
  /** Issue 12: the journal's sealer interval (JOURNAL_SEAL_SECONDS); entries older than the bound unsealed make the status degraded. */
  journal?: { sealMs: number };
};

/** How long an entry may wait for its seal before /health reports it: five rounds, at least 10 s. */
export const sealingBoundMs = (sealMs: number) => Math.max(10_000, sealMs * 5);

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
      const sealing = await journalSealStatus(db);
      const boundMs = sealingBoundMs(checks.journal?.sealMs ?? 1000);
      const late = sealing.oldestUnsealedAgeMs !== null && sealing.oldestUnsealedAgeMs > boundMs;
      const journal = {
        ok: !late, treeSize: sealing.treeSize, lastSealedAt: sealing.lastSealedAt?.toISOString() ?? null, unsealed: sealing.unsealed,
        oldestUnsealedAgeMs: sealing.oldestUnsealedAgeMs, boundMs,
        detail: late ? `${sealing.unsealed} entries wait longer than ${boundMs} ms for their seal${systemKey.ok ? '' : ' (no system key to sign tree heads)'}`
          : `${sealing.treeSize} entries sealed${sealing.holder ? ` by ${sealing.holder}` : ''}, ${sealing.unsealed} waiting`,
      };
      return { status: systemKey.ok && journal.ok ? 'ok' as const : 'degraded' as const, database: { ok: true, kind: db.kind }, systemKey,
        ...(lines ? { crls: lines } : {}), journal };
    } catch {
      return reply.status(503).send({ status: 'degraded' as const, database: { ok: false, kind: db.kind }, systemKey });
    }
  });
}
