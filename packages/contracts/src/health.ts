import { z } from 'zod';

// Liveness for load balancers and operators (routes/health.ts).

const check = z.object({ ok: z.boolean(), detail: z.string() });
/** Issue 11 item 11: the CRL download job's last success per source (omitted when no TRUST_CRL_URLS are configured). */
const crlLine = z.object({
  source: z.string(), issuer: z.string().nullable(), lastSuccessAt: z.string().nullable(), nextUpdate: z.string().nullable(),
  failures: z.number(), current: z.boolean(),
});

/** GET /health: 200, or 503 with the same body when the database is down. */
export const healthResponse = z.object({
  /** `degraded`: something named below is not working; the HTTP status is 503 only when the database is down. */
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), kind: z.string() }),
  systemKey: check,
  crls: z.array(crlLine).optional(),
  /**
   * Issue 12: the verifiable journal. `ok` is false when entries wait longer
   * than the bound (JOURNAL_SEAL_SECONDS × 5, at least 10 s) or no key signs heads.
   */
  journal: z.object({
    ok: z.boolean(), treeSize: z.number().int(), lastSealedAt: z.string().nullable(), unsealed: z.number().int(),
    oldestUnsealedAgeMs: z.number().int().nullable(), boundMs: z.number().int(), detail: z.string(),
  }).optional(),
}).describe('Health');

export type Health = z.infer<typeof healthResponse>;
