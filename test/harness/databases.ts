import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { migrate, openPglite, openPostgres } from '../../packages/db/src/index';
import type { Database, DatabaseKind } from '../../packages/db/src/index';

export const ENGINES: readonly DatabaseKind[] = ['pglite', 'postgres'];

/** Creates an empty database on the test cluster and returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('postgresUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The migrated PGlite files of test/harness/global-postgres.ts, read once per test process. */
let snapshot: Uint8Array<ArrayBuffer> | undefined;

export async function openMigrated(kind: DatabaseKind): Promise<{ db: Database; url: string | null }> {
  if (kind === 'pglite') {
    snapshot ??= readFileSync(inject('pgliteSnapshotPath'));
    const db = await openPglite(undefined, snapshot);
    // Nothing to do unless the snapshot is older than the migrations; it proves the database is at the latest one.
    await migrate(db);
    return { db, url: null };
  }
  const url = await createTestDatabase();
  const db = await openPostgres(url);
  await migrate(db);
  return { db, url };
}

/**
 * Runs the same suite on PGlite and on PostgreSQL 15, titled with the engine
 * so the report shows both (ARCHITECTURE.md: test both engines in CI).
 */
export function describeOnEachEngine(
  title: string,
  body: (ctx: { db: () => Database; url: () => string | null; kind: DatabaseKind }) => void,
): void {
  for (const kind of ENGINES) {
    describe(`${title} [${kind}]`, () => {
      let handle: { db: Database; url: string | null } | undefined;
      beforeAll(async () => {
        handle = await openMigrated(kind);
      });
      afterAll(async () => {
        await handle?.db.close();
      });
      body({
        db: () => {
          if (!handle) throw new Error('database not opened yet');
          return handle.db;
        },
        url: () => handle?.url ?? null,
        kind,
      });
    });
  }
}
