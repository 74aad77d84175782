import { hostname } from 'node:os';
import { startJournalSealer } from '@oryndau/db';
import type { Database, SealOptions } from '@oryndau/db';
import type { FastifyBaseLogger } from 'fastify';
import type { JournalWitness } from '../config';
import type { SystemSeal } from '../simplified/system-seal';
import { enqueueTreeHead } from './witnesses';

export type SealerDeps = { seal: SystemSeal; witnesses: readonly JournalWitness[]; intervalMs: number; holder?: string };

/**
 * How this server seals the journal (issue 12 item 2): the head signed with
 * the system organisation's key and verified against the whole checklist
 * (SystemSeal.seal), then queued for every witness in the same transaction.
 */
export function journalSealOptions(deps: SealerDeps): SealOptions {
  return {
    holder: deps.holder ?? `${hostname()}:${process.pid}`,
    leaseMs: Math.max(10_000, deps.intervalMs * 5),
    sign: async (bytes, at) => (await deps.seal.seal(bytes, at)).cms,
    onSigned: (tx, head) => enqueueTreeHead(tx, deps.witnesses, head),
  };
}

/**
 * The journal's sealer in this process. Every process runs one; the lease
 * (journal_sealer) lets one seal at a time and hands over when its holder
 * stops renewing. Without a usable system key nothing is sealed and /health says so.
 */
export function startSealer(deps: SealerDeps & { db: Database; log: Pick<FastifyBaseLogger, 'error'> }): { stop(): Promise<void> } {
  let lastError = '';
  return startJournalSealer({
    ...journalSealOptions(deps),
    db: deps.db,
    intervalMs: deps.intervalMs,
    onError: (error) => {
      // Logged once per distinct failure, not once a second.
      const text = error instanceof Error ? error.message : String(error);
      if (text !== lastError) deps.log.error({ err: error }, 'journal sealing failed');
      lastError = text;
    },
  });
}
