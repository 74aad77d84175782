import type { Database } from '@oryndau/db';
import { pruneEnpWorkingRows } from '@oryndau/db';
import { enp } from '@oryndau/domain';
import type { EnpPruned } from '@oryndau/db';

/**
 * The worker task that keeps the ЭНП working tables small (issue 16):
 * expired sessions, long-dispatched case changes, year-old unsubscribe
 * tokens. It runs at most every `ENP_RETENTION.runEveryMinutes` in a process
 * (the worker ticks every second) and drains a backlog one batch per table
 * per run. Nothing is journalled: the journal already holds the record.
 */
export function enpHousekeepingTask(db: Database): { name: string; run: (now: () => Date) => Promise<EnpPruned | null> } {
  let lastRun: number | null = null;
  return {
    name: 'enp-housekeeping',
    async run(now) {
      const at = now();
      if (lastRun !== null && at.getTime() - lastRun < enp.ENP_RETENTION.runEveryMinutes * 60_000) return null;
      const pruned = await pruneEnpWorkingRows(db, enp.enpRetentionCutoffs(at), enp.ENP_RETENTION.batch);
      // A full batch means more is waiting: run again on the next tick rather than in an hour.
      const full = Math.max(pruned.sessions, pruned.caseChanges, pruned.unsubscribeTokens) >= enp.ENP_RETENTION.batch;
      lastRun = full ? null : at.getTime();
      return pruned;
    },
  };
}
