// Issue 18 item 6, `npm run cluster` (scripts/cluster.ts) and the cluster
// test (apps/server/src/cluster.int.test.ts): a PostgreSQL 15 primary with a
// streaming replica, N server processes (apps/server/src/main.ts, the real
// entry point) each with DATABASE_URL = the primary and DATABASE_REPLICA_URL
// = the replica, and HAProxy in front. The first process migrates, seeds and
// makes the dev PKI alone; the others start once it is healthy (they share
// its data directory: PKI, files, journal witness). Everything lives in one
// temp directory, removed by stop().
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../test/harness/postgres-cluster';
import { haproxyInstalled, startHaproxy } from './haproxy';
import type { Haproxy } from './haproxy';
import { startReplication } from './pg-replication';
import type { Replication } from './pg-replication';
import { stopChild } from '../bench/stop-on-signals';

const MAIN = fileURLToPath(new URL('../../apps/server/src/main.ts', import.meta.url));

/**
 * How every server process is run, as production should run it (docs/scaling.md "Memory of a server process"):
 * - `--max-old-space-size` (CLUSTER_SERVER_HEAP_MB, 512): a process holds ≈ 100 MiB of live JavaScript; without a
 *   limit V8 sizes its heap for the machine (≈ 4 GiB on this one) and lets the old generation grow to four times the
 *   live size before it collects, so the resident memory wandered between 360 and 500 MiB with no leak behind it.
 *   With 512 MiB the growing factor is ≈ 1.4 and there is still five times the live size of room.
 * - `MALLOC_MMAP_THRESHOLD_=131072` (unless set): a fixed threshold, so glibc returns every large block (an ЭНП
 *   sign-in's scrypt takes 16 MiB) to the system when it is freed, instead of raising the threshold and keeping such
 *   blocks in the worker threads' arenas.
 */
const SERVER_HEAP_MB = Number(process.env.CLUSTER_SERVER_HEAP_MB ?? '512');
const MALLOC_MMAP_THRESHOLD = process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072';

export type ClusterOptions = {
  /** Server processes behind HAProxy (default 2). */
  processes?: number;
  /** HAProxy's port (default: a free one). */
  port?: number;
  /** Extra environment of every server process (wins over the defaults below). */
  env?: Record<string, string>;
  /** Where the processes' logs and the data go (default: a new temp directory, removed by stop). */
  dir?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /**
   * Aborts the start (Ctrl-C while it runs, a minute or more): the start then stops whatever it had started — the
   * servers, both PostgreSQL servers (pg_ctl starts them in a session of their own, so no terminal signal reaches
   * them), the directory — and rejects. Without it an interrupted start left PostgreSQL running.
   */
  signal?: AbortSignal;
};

/** The error an aborted start rejects with. */
export class ClusterStartAborted extends Error {
  constructor() {
    super('the cluster\'s start was interrupted; everything it had started is stopped');
    this.name = 'ClusterStartAborted';
  }
}

export type ServerProcess = { port: number; url: string; child: ChildProcess; log: string };

export type RunningCluster = {
  /** HAProxy's address: what a client uses. */
  url: string;
  primaryUrl: string;
  replicaUrl: string;
  servers: ServerProcess[];
  haproxy: Haproxy;
  dir: string;
  /** Stops HAProxy, the servers (SIGTERM, then SIGKILL after 10 s), both PostgreSQL servers, and removes the directory. Safe to call twice. */
  stop(): Promise<void>;
};

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function startServer(dir: string, index: number, port: number, env: Record<string, string>): ServerProcess {
  const log = join(dir, `server-${index}.log`);
  const out = createWriteStream(log);
  const child = spawn(process.execPath, [`--max-old-space-size=${SERVER_HEAP_MB}`, '--import', 'tsx', MAIN], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env as Record<string, string>, TZ: 'UTC', MALLOC_MMAP_THRESHOLD_: MALLOC_MMAP_THRESHOLD, ...env, PORT: String(port) },
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return { port, url: `http://127.0.0.1:${port}`, child, log };
}

async function waitHealthy(server: ServerProcess, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (signal?.aborted) throw new ClusterStartAborted();
    if (server.child.exitCode !== null) throw new Error(`server on ${server.port} exited (${server.child.exitCode}); see ${server.log}`);
    if (await healthy(server.url)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server on ${server.port} was not healthy in ${timeoutMs / 1000} s; see ${server.log}`);
}

async function stopServer(server: ServerProcess): Promise<void> {
  await stopChild(server.child);
}

export async function startOryndauCluster(options: ClusterOptions = {}): Promise<RunningCluster> {
  const processes = options.processes ?? 2;
  const log = options.log ?? (() => undefined);
  // Checked first: without HAProxy there is no cluster (and the test must fail, not skip).
  if (!haproxyInstalled()) throw new Error('HAProxy is not installed (apt-get install haproxy; .ci/run installs it)');
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'oryndau-cluster-'));
  mkdirSync(dir, { recursive: true });
  const removeDir = options.dir === undefined;
  let replication: Replication | null = null;
  let haproxy: Haproxy | null = null;
  const servers: ServerProcess[] = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await haproxy?.stop().catch(() => undefined);
    await Promise.all(servers.map((s) => stopServer(s).catch(() => undefined)));
    replication?.stop();
    if (removeDir) rmSync(dir, { recursive: true, force: true });
  };
  const checkAborted = () => {
    if (options.signal?.aborted) throw new ClusterStartAborted();
  };
  try {
    checkAborted();
    replication = await startReplication(dir);
    checkAborted();
    log(`PostgreSQL 15 primary on ${replication.primaryPort}, streaming replica on ${replication.replicaPort}`);
    const port = options.port ?? await freePort();
    const url = `http://127.0.0.1:${port}`;
    const data = join(dir, 'data');
    mkdirSync(data, { recursive: true });
    const env: Record<string, string> = {
      NODE_ENV: 'development', HOST: '127.0.0.1', DATABASE_URL: replication.primaryUrl, DATABASE_REPLICA_URL: replication.replicaUrl,
      DATA_DIR: data, PUBLIC_URL: url, TRUSTED_PROXIES: '127.0.0.1', SIMULATORS_PORT: '0', WEB_DIST: process.env.WEB_DIST ?? 'apps/web/dist',
      ...options.env,
    };
    const ports: number[] = [];
    for (let i = 0; i < processes; i++) ports.push(await freePort());
    // The first one alone: it migrates, seeds and creates the dev PKI the others then read.
    servers.push(startServer(dir, 1, ports[0]!, env));
    await waitHealthy(servers[0]!, 180_000, options.signal);
    for (let i = 1; i < processes; i++) servers.push(startServer(dir, i + 1, ports[i]!, env));
    await Promise.all(servers.slice(1).map((s) => waitHealthy(s, 180_000, options.signal)));
    log(`${processes} server process(es) on ${ports.join(', ')}`);
    checkAborted();
    haproxy = await startHaproxy(dir, port, ports);
    checkAborted();
    // Every backend passed HAProxy's own check before the cluster is handed out.
    for (let i = 0; i < 100 && !(await healthy(url)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    checkAborted();
    log(`HAProxy on ${url}`);
    return { url, primaryUrl: replication.primaryUrl, replicaUrl: replication.replicaUrl, servers, haproxy, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
