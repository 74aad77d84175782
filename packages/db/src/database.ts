// The one seam between the code and PostgreSQL. Two engines stand behind it:
// PGlite (embedded, the zero-configuration default) and a PostgreSQL server
// reached through `pg` (production, and the second engine every integration
// test runs on). Code above this file writes plain SQL with $1 parameters
// and never knows which engine runs it.

import type { JournalRecord } from './journal';

export type Row = Record<string, unknown>;

export type QueryResult<T extends Row = Row> = { rows: T[]; rowCount: number };

/** Something that runs SQL: the database itself or an open transaction. */
export interface Sql {
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /**
   * On a PostgreSQL server's transaction only: statements that return
   * nothing and may travel with the COMMIT, in the same message — one round
   * trip fewer (the journal's INSERT, `journal.ts`). `literal` quotes a
   * string for such a statement (it has no parameters).
   */
  readonly withCommit?: {
    literal(value: string): string;
    add(statement: string): void;
    /** Prepares `text` as `name` on this connection once (PREPARE); the statements then EXECUTE it. */
    prepare(name: string, text: string): Promise<void>;
  };
}

/**
 * An open transaction as a use-case sees it (`db.transaction(async (tx) => …)`).
 *
 * `journal(record)` does not write anything: it collects the record, and the
 * transaction runner appends every collected record, in the order given,
 * once, as the transaction's last statements before COMMIT
 * (`transaction.ts`). That is the server's one lock order — business rows
 * first (the proceeding or case, then its acts, documents, challenges …),
 * the journal last — and nothing else can write the journal: the appender
 * is not exported from this package. A record collected by an attempt that
 * rolls back (or is retried) is never written.
 */
export interface Tx extends Sql {
  journal(record: JournalRecord): void;
}

export type DatabaseKind = 'pglite' | 'postgres';

export type TransactionOptions = {
  /** How many times a deadlock (40P01) or serialization failure (40001) is tried in all (default 3). */
  attempts?: number;
};

export interface Database extends Sql {
  readonly kind: DatabaseKind;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back
   * when it throws. Everything a use-case changes — state, journal entry,
   * outbox messages, deadlines — goes through the same `tx`.
   *
   * A deadlock or serialization failure reported by PostgreSQL runs `fn`
   * again from the start (a bounded number of times, see
   * `TransactionOptions`), so `fn` must do nothing outside the database
   * that would be wrong to repeat; when every attempt fails the caller gets
   * `DomainError(ErrorCode.concurrentUpdate)` (409), never the raw error.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

/**
 * A read-only handle on a streaming replica of the primary (DATABASE_REPLICA_URL,
 * docs/scaling.md): plain statements, no transactions, no journal. What it
 * answers may lag the primary by a few hundred milliseconds, so only reads that
 * need not see the caller's own latest write are sent here.
 */
export interface ReadReplica extends Sql {
  readonly kind: 'replica';
  close(): Promise<void>;
}

export type DatabaseConfig = { databaseUrl?: string | undefined; dataDir?: string | undefined };

/** Opens PostgreSQL when a URL is given, else PGlite in `dataDir` (or memory). */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(config.databaseUrl);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(config.dataDir);
}
