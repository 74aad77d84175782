import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, QueryResult, Row, Sql } from './database';
import { runTransaction } from './transaction';

type PgliteLike = {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  exec(script: string): Promise<unknown>;
};

function wrap(target: PgliteLike): Sql {
  return {
    async query<T extends Row = Row>(text: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(text, [...params]);
      // PGlite reports affectedRows 0 for a SELECT; count its rows instead.
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    },
    async exec(script: string): Promise<void> {
      await target.exec(script);
    },
  };
}

/** `date` stays 'YYYY-MM-DD' as with the pg driver (see postgres.ts). */
const parsers = { 1082: (value: string) => value };

function asDatabase(pg: PGlite): Database {
  const base = wrap(pg);
  return {
    kind: 'pglite',
    ...base,
    // PGlite runs one transaction at a time, so it never deadlocks; the shared
    // runner still collects and appends the journal last, as on PostgreSQL.
    transaction: (fn, options) => runTransaction((body) => pg.transaction((tx) => body(wrap(tx))), fn, options),
    close: () => pg.close(),
  };
}

/**
 * Embedded PostgreSQL. One process owns the data directory, so server and
 * worker share this instance; PGlite serialises transactions itself — never
 * send a raw BEGIN through `query()`. `from`: an in-memory database starts
 * from these files (a `pgliteSnapshot`) instead of running initdb.
 */
export async function openPglite(dataDir?: string, from?: Uint8Array<ArrayBuffer>): Promise<Database> {
  if (dataDir && !dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ?? 'memory://', { parsers, ...(from ? { loadDataDir: new Blob([from]) } : {}) });
  return asDatabase(pg);
}

/**
 * The files (an uncompressed tar) of a fresh in-memory database after
 * `prepare` ran on it — for the tests, which open a database per suite:
 * PGlite's initdb is most of an open (≈ 3 s against ≈ 0.6 s from a snapshot).
 */
export async function pgliteSnapshot(prepare: (db: Database) => Promise<unknown>): Promise<Uint8Array<ArrayBuffer>> {
  const pg = await PGlite.create('memory://', { parsers });
  try {
    await prepare(asDatabase(pg));
    const files = await pg.dumpDataDir('none');
    return new Uint8Array(await files.arrayBuffer());
  } finally {
    await pg.close();
  }
}
