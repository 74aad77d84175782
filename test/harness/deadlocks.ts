// How many deadlocks PostgreSQL detected in a test's database — the concurrency
// tests' "no deadlock" (each compares the count before and after its race).
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * `pg_stat_database.deadlocks` of the database at `url`. Statistics are
 * flushed when sessions end, so with `waitForOtherSessions` it first waits
 * (up to 5 s) until the server's sessions have gone; then it waits a moment
 * for the statistics collector and reads a fresh snapshot.
 */
export async function deadlocksDetected(url: string, options: { waitForOtherSessions?: boolean } = {}): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (let i = 0; options.waitForOtherSessions && i < 100; i += 1) {
      const others = await admin.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      if (others.rows[0]!.n === 0) break;
      await sleep(50);
    }
    await sleep(300);
    await admin.query('SELECT pg_stat_clear_snapshot()');
    return (await admin.query<{ n: number }>('SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()')).rows[0]!.n;
  } finally {
    await admin.end();
  }
}
