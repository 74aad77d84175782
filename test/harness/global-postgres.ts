import type { TestProject } from 'vitest/node';
import { startCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * Starts one PostgreSQL 15 cluster for the whole integration run (unless
 * TEST_POSTGRES_URL points at an existing server); each test file makes its
 * own database in it.
 */
export async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => undefined;
  }
  const cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
  process.stdout.write(`PostgreSQL 15 test cluster at ${cluster.url}\n`);
  return () => cluster.stop();
}
