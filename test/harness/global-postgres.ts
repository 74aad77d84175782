import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate, pgliteSnapshot } from '../../packages/db/src/index';
import { startCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A migrated PGlite database's files, which every PGlite suite starts from (test/harness/databases.ts). */
    pgliteSnapshotPath: string;
    /** Dev PKIs kept for the run, one per start instant and environment (test/harness/test-system.ts). */
    pkiTemplatesDir: string;
  }
}

/**
 * Starts one PostgreSQL 15 cluster for the whole integration run (unless
 * TEST_POSTGRES_URL points at an existing server); each test file makes its
 * own database in it.
 */
export async function setup(project: TestProject): Promise<() => void> {
  // Made once for the run: a PGlite open from it takes ≈ 0.6 s, with initdb and the migrations ≈ 5 s.
  const snapshotDir = mkdtempSync(join(tmpdir(), 'oryndau-pglite-'));
  const snapshotPath = join(snapshotDir, 'migrated.tar');
  writeFileSync(snapshotPath, await pgliteSnapshot((db) => migrate(db)));
  project.provide('pgliteSnapshotPath', snapshotPath);
  const pkiTemplates = join(snapshotDir, 'pki');
  mkdirSync(pkiTemplates);
  project.provide('pkiTemplatesDir', pkiTemplates);
  const removeSnapshot = () => rmSync(snapshotDir, { recursive: true, force: true });

  const given = process.env.TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return removeSnapshot;
  }
  const cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
  process.stdout.write(`PostgreSQL 15 test cluster at ${cluster.url}\n`);
  return () => {
    removeSnapshot();
    cluster.stop();
  };
}
