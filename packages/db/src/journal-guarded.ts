import type { Sql } from './database';
import { appendGuardedJournalRecords } from './journal';
import type { GuardArgs, JournalGuard, JournalRecord } from './journal';

// Issue 16 (bench:enp), ENP-11: the entries of reads served from a process's
// cache are appended in groups. Requests that arrive while a group's
// statement is on its way wait and go together in the next one ("natural"
// batching: no timer, so a lone request is never delayed; under load one
// statement — one commit, one WAL flush — carries many entries). Each
// request still gets its answer only after its own entry has committed.

export type GuardedJournalOptions = {
  /** Entries in one statement at most. */
  maxBatch?: number;
  /** Statements on their way at once (each holds a pooled connection). */
  maxInFlight?: number;
};

type Waiting = { record: JournalRecord; args: GuardArgs; resolve: (appended: boolean) => void; reject: (error: unknown) => void };

export class GuardedJournalWriter {
  private readonly queue: Waiting[] = [];
  private inFlight = 0;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;

  constructor(private readonly sql: Sql, private readonly guard: JournalGuard, options: GuardedJournalOptions = {}) {
    this.maxBatch = Math.max(1, options.maxBatch ?? 256);
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 2);
  }

  /** Resolves true once the entry has committed under its guard, false when the guard did not hold (nothing appended). */
  append(record: JournalRecord, args: GuardArgs): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.queue.push({ record, args, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight += 1;
      void appendGuardedJournalRecords(this.sql, this.guard, batch)
        .then((appended) => batch.forEach((waiting, i) => waiting.resolve(appended[i] === true)),
          (error: unknown) => batch.forEach((waiting) => waiting.reject(error)))
        .finally(() => {
          this.inFlight -= 1;
          this.pump();
        });
    }
  }
}
