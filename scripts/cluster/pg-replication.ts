// Issue 18 item 6: a PostgreSQL 15 primary and one streaming replica on this
// machine, from Debian's binaries (/usr/lib/postgresql/15/bin). The primary
// runs with wal_level=replica and a replication role; the replica is a
// `pg_basebackup -R` copy (standby.signal + primary_conninfo) in hot-standby
// mode, so it answers read-only queries while it replays the primary's WAL.
// Like the test harness's cluster (test/harness/postgres-cluster.ts): temp
// directories, loopback ports, fsync off — a throwaway cluster, not a
// production installation. As root the data belongs to the `postgres` user.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { PG_BIN, asClusterOwner, freePort } from '../../test/harness/postgres-cluster';

export const REPLICATION_ROLE = 'replicator';
export const DATABASE = 'oryndau';

export type Replication = {
  primaryUrl: string; replicaUrl: string; primaryPort: number; replicaPort: number;
  /** Stops both servers (immediate: the data is thrown away). Safe to call twice. */
  stop(): void;
};

/** A directory the cluster's owner can use (mode 0700: PostgreSQL refuses anything looser). */
function ownedDirectory(path: string): string {
  mkdirSync(path, { recursive: true });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(path, uid, gid);
  }
  chmodSync(path, 0o700);
  return path;
}

function serverOptions(port: number, socketDir: string): string {
  return [
    `-p ${port}`, `-k ${socketDir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=on',
    '-c max_connections=300', '-c shared_buffers=64MB', '-c wal_level=replica', '-c max_wal_senders=5', '-c hot_standby=on',
    // The replica keeps answering long reads while the primary vacuums: it tells the primary what it still reads.
    '-c hot_standby_feedback=on', '-c wal_keep_size=256MB',
  ].join(' ');
}

/** Starts the primary in `dir`/primary and the replica in `dir`/replica; `dir` must exist. */
export async function startReplication(dir: string): Promise<Replication> {
  if (!existsSync(join(PG_BIN, 'pg_basebackup'))) {
    throw new Error(`PostgreSQL 15 binaries not found in ${PG_BIN} (apt-get install postgresql-15)`);
  }
  // The cluster's owner must pass through `dir` (a temp directory is 0700 and, as root, root's).
  if (process.getuid?.() === 0) chmodSync(dir, 0o711);
  const base = ownedDirectory(join(dir, 'pg'));
  const primaryData = join(base, 'primary');
  const replicaData = join(base, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const started: string[] = [];
  const stop = () => {
    for (const data of started.splice(0).reverse()) {
      try {
        asClusterOwner(join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch (error) {
        process.stderr.write(`pg_ctl stop ${data}: ${String(error)}\n`);
      }
    }
  };
  try {
    asClusterOwner(join(PG_BIN, 'initdb'), ['-D', primaryData, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    asClusterOwner(join(PG_BIN, 'pg_ctl'), ['-D', primaryData, '-l', join(base, 'primary.log'), '-o', serverOptions(primaryPort, base), '-w', '-t', '60', 'start']);
    started.push(primaryData);
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${primaryPort}/postgres` });
    await admin.connect();
    try {
      // initdb's pg_hba.conf trusts loopback replication connections; the role only needs REPLICATION.
      await admin.query(`CREATE ROLE ${REPLICATION_ROLE} WITH REPLICATION LOGIN`);
      await admin.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await admin.end();
    }
    asClusterOwner(join(PG_BIN, 'pg_basebackup'),
      ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', REPLICATION_ROLE, '-D', replicaData, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
    asClusterOwner(join(PG_BIN, 'pg_ctl'), ['-D', replicaData, '-l', join(base, 'replica.log'), '-o', serverOptions(replicaPort, base), '-w', '-t', '60', 'start']);
    started.push(replicaData);
    await waitForStreaming(`postgres://postgres@127.0.0.1:${primaryPort}/postgres`);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/${DATABASE}`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/${DATABASE}`,
    primaryPort, replicaPort, stop,
  };
}

/** The replica is connected and streaming (pg_stat_replication on the primary), within 30 s. */
async function waitForStreaming(primaryUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    for (let i = 0; i < 300; i++) {
      const rows = (await client.query(`SELECT state FROM pg_stat_replication WHERE usename = $1`, [REPLICATION_ROLE])).rows as { state: string }[];
      if (rows.some((r) => r.state === 'streaming')) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the replica did not start streaming from the primary in 30 s');
  } finally {
    await client.end();
  }
}

/**
 * Waits until the replica has replayed everything the primary has written so far (its replay position passes
 * the primary's current WAL position) — how a test or a bench knows a read routed to the replica sees the data.
 */
export async function waitForReplay(primaryUrl: string, replicaUrl: string, timeoutMs = 30_000): Promise<void> {
  const primary = new pg.Client({ connectionString: primaryUrl });
  const replica = new pg.Client({ connectionString: replicaUrl });
  await primary.connect();
  await replica.connect();
  try {
    const target = ((await primary.query('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0] as { lsn: string }).lsn;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const caught = (await replica.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [target])).rows[0] as { ok: boolean | null };
      if (caught.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`the replica did not replay up to ${target} in ${timeoutMs} ms`);
  } finally {
    await primary.end();
    await replica.end();
  }
}
