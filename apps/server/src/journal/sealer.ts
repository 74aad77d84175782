import { hostname } from 'node:os';
import { startJournalSealer } from '@oryndau/db';
import type { Database } from '@oryndau/db';
import type { FastifyBaseLogger } from 'fastify';
import type { JournalWitness } from '../config';
import type { SystemSeal } from '../simplified/system-seal';
import { enqueueTreeHead } from './witnesses';

/**
 * Issue 12 item 2: the journal's sealer in this process. Every process runs
 * one; the lease (journal_sealer) lets one seal at a time and hands over
 * when it stops renewing. The head is signed with the system organisation's
 * key and verified against the whole checklist (SystemSeal.seal); without a
 * usable key nothing is sealed and /health says so.
 */
export function startSealer(deps: {
  db: Database; seal: SystemSeal; intervalMs: number; witnesses: readonly JournalWitness[]; log: Pick<FastifyBaseLogger, 'error'>;
}): { stop(): Promise<void> } {
  let lastError = '';
  return startJournalSealer({
    db: deps.db,
    intervalMs: deps.intervalMs,
    holder: `${hostname()}:${process.pid}`,
    leaseMs: Math.max(10_000, deps.intervalMs * 5),
    sign: async (bytes, at) => (await deps.seal.seal(bytes, at)).cms,
    onSigned: (tx, head) => enqueueTreeHead(tx, deps.witnesses, head),
    onError: (error) => {
      // Logged once per distinct failure, not once a second.
      const text = error instanceof Error ? error.message : String(error);
      if (text !== lastError) deps.log.error({ err: error }, 'journal sealing failed');
      lastError = text;
    },
  });
}
