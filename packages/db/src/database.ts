// The one seam between the code and PostgreSQL. Two engines stand behind it:
// PGlite (embedded, the zero-configuration default) and a PostgreSQL server
// reached through `pg` (production, and the second engine every integration
// test runs on). Code above this file writes plain SQL with $1 parameters
// and never knows which engine runs it.

export type Row = Record<string, unknown>;

export type QueryResult<T extends Row = Row> = { rows: T[]; rowCount: number };

/** Something that runs SQL: the database itself or an open transaction. */
export interface Sql {
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Sql {
  readonly kind: DatabaseKind;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back
   * when it throws. Everything a use-case changes — state, journal entry,
   * outbox messages, deadlines — goes through the same `tx`.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
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
