import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from './database';
import { sealJournal } from './journal-tree';
import type { SealOptions } from './journal-tree';

// The journal sealer's loop (docs/journal.md "Sealing"): a round every
// JOURNAL_SEAL_SECONDS in every server or worker process — the lease lets
// one of them seal — and, after a round it held the lease for, the BRIN it
// finds new entries with summarised up to the last complete block range.
/** Blocks per BRIN block range of `journal_txid_brin` (migration 0024: PostgreSQL's default, `pages_per_range` 128). */
const TXID_BRIN_PAGES_PER_RANGE = 128;
/** At most this many block ranges are asked for per round (a no-op for one already summarised costs microseconds). */
const SUMMARIZE_MAX_RANGES = 512;

/**
 * Keeps the sealer's BRIN (`journal_txid_brin`) summarised up to the last
 * complete block range, as the sealer goes. A BRIN range with no summary
 * matches every query, so without this each round would re-read every entry
 * appended since autovacuum last ran its autosummarize work items (once per
 * `autovacuum_naptime`, a minute by default): at a few thousand entries a
 * second, rounds that read tens of thousands of rows, growing until then.
 * The range being filled is left alone (summarised, every insert into it
 * would have to widen its summary under the index page's lock).
 *
 * Its own short transaction after a round, with a lock timeout: summarising
 * takes a SHARE UPDATE EXCLUSIVE lock, which an autovacuum of `journal`
 * holds for as long as it runs (and which then summarises the ranges itself),
 * so a busy lock skips this round's summary instead of stalling the sealer.
 * Writers' INSERTs do not conflict with it.
 */
export function journalRangeSummarizer(db: Database): () => Promise<number> {
  let next: number | null = null;
  return async () => {
    const blocks = await db.query<{ blocks: string | number }>(
      `SELECT pg_relation_size('journal') / current_setting('block_size')::bigint AS blocks`);
    const lastComplete = Math.floor(Number(blocks.rows[0]?.blocks ?? 0) / TXID_BRIN_PAGES_PER_RANGE) - 1;
    if (lastComplete < 0) return 0;
    const from = next === null ? Math.max(0, lastComplete - SUMMARIZE_MAX_RANGES + 1) : next;
    if (from > lastComplete) return 0;
    const to = Math.min(lastComplete, from + SUMMARIZE_MAX_RANGES - 1);
    try {
      const summarized = await db.transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '100ms'`);
        const result = await tx.query<{ n: string | number | null }>(
          `SELECT sum(brin_summarize_range('journal_txid_brin'::regclass, r * $3::bigint)) AS n FROM generate_series($1::bigint, $2::bigint) r`,
          [from, to, TXID_BRIN_PAGES_PER_RANGE]);
        return Number(result.rows[0]?.n ?? 0);
      }, { attempts: 1 });
      next = to + 1;
      return summarized;
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === '55P03') return 0; // lock_not_available: autovacuum has it
      throw error;
    }
  };
}

export type SealerLoopOptions = SealOptions & { db: Database; intervalMs: number; onError?: (error: unknown) => void };

/**
 * The sealing loop of a server or worker process: a round every
 * `intervalMs` (JOURNAL_SEAL_SECONDS); the process holding the lease seals,
 * the others only try to take it over once it lapses. At most one signed
 * head per interval, and none when nothing is new.
 */
export function startJournalSealer(options: SealerLoopOptions): { stop(): Promise<void> } {
  let stopped = false;
  const controller = new AbortController();
  const summarize = journalRangeSummarizer(options.db);
  const loop = (async () => {
    while (!stopped) {
      const started = Date.now();
      try {
        const round = await sealJournal(options.db, options);
        if (round.holder) await summarize();
      } catch (error) {
        options.onError?.(error);
      }
      const wait = Math.max(0, options.intervalMs - (Date.now() - started));
      try {
        await sleep(wait, undefined, { signal: controller.signal });
      } catch {
        // stopped
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      controller.abort();
      await loop;
    },
  };
}
