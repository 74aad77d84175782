// What the soak watches besides the answers: the resident memory of each
// server process (VmRSS from /proc — the cluster spawns node itself, so the
// child's pid is the process that serves) and where the machine's CPU went
// during the run (on 2 shared cores, other work disturbs the latencies).
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { cpuSnapshot, parentPid } from '../bench/cpu';
import type { CpuSnapshot } from '../bench/cpu';

/** Resident memory of a process in MiB, or NaN when it is gone (or not Linux). */
export function residentMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** The postmaster of a PostgreSQL server: the parent of the backend that answers us. */
export async function postmasterPid(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return parentPid(Number(((await client.query('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number }).pid));
  } finally {
    await client.end();
  }
}

export type Watched = { servers: number[]; haproxy: number; primary: number; replica: number };
type Snapshot = { servers: CpuSnapshot[]; primary: CpuSnapshot; replica: CpuSnapshot };
/** Average cores busy over the run (1.0 = one core). */
export type CpuUse = { servers: number; postgres: number; haproxy: number; soak: number; other: number };

export function snapshot(w: Watched): Snapshot {
  // cpuSnapshot's "server" is any one pid: HAProxy rides along with the primary's and the replica's snapshots.
  return { servers: w.servers.map((pid) => cpuSnapshot(pid, 0)), primary: cpuSnapshot(w.haproxy, w.primary), replica: cpuSnapshot(w.haproxy, w.replica) };
}

export function cpuUse(before: Snapshot, after: Snapshot): CpuUse {
  const wall = (after.primary.at - before.primary.at) / 1000;
  const servers = after.servers.reduce((sum, a, i) => sum + a.server - before.servers[i]!.server, 0) / wall;
  const postgres = (after.primary.postgres - before.primary.postgres + after.replica.postgres - before.replica.postgres) / wall;
  const haproxy = (after.primary.server - before.primary.server) / wall;
  const soak = (after.primary.self - before.primary.self) / wall;
  const machine = (after.primary.machine - before.primary.machine) / wall;
  return { servers, postgres, haproxy, soak, other: Math.max(0, machine - servers - postgres - haproxy - soak) };
}
