// Where the CPU goes during a phase (Linux /proc): the server process, the
// benchmark's PostgreSQL cluster (postmaster and its children), this load
// generator, and everything else on the machine. On 2 cores they all
// compete, so the split says what a figure is bound by — and whether other
// work running at the same time disturbed it.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

type ProcStat = { ppid: number; seconds: number; reapedSeconds: number };

/** Parent pid, utime + stime and the reaped children's cutime + cstime (seconds) of a process, or null when it is gone (or not Linux). */
function procStat(pid: number): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ": state [0], ppid [1], …, utime [11], stime [12], cutime [13], cstime [14].
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      reapedSeconds: (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** The postmaster of a backend (its parent process). */
export function parentPid(pid: number): number {
  return procStat(pid)?.ppid ?? 0;
}

function clusterSeconds(postmasterPid: number): number {
  // Backends that ended (a pool closing idle connections) still count: the postmaster reaped them, so their time is in its cutime + cstime
  // — without it the total drops when one exits, and a short interval's CPU can come out negative.
  const postmaster = procStat(postmasterPid);
  let total = postmaster ? postmaster.seconds + postmaster.reapedSeconds : 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return Number.NaN;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat && stat.ppid === postmasterPid) total += stat.seconds;
  }
  return total;
}

/** Busy CPU seconds of the whole machine (all cores) from /proc/stat. */
function machineBusySeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number); // user nice system idle iowait irq softirq steal
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return (ticks.reduce((a, b) => a + b, 0) - idle) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

export type CpuSnapshot = { at: number; server: number; postgres: number; self: number; machine: number };
/** Average cores busy (1.0 = one core fully busy). */
export type CpuSplit = { serverCores: number; postgresCores: number; loadCores: number; otherCores: number };

export function cpuSnapshot(serverPid: number, postmasterPid: number): CpuSnapshot {
  const usage = process.cpuUsage();
  return {
    at: performance.now(), server: procStat(serverPid)?.seconds ?? Number.NaN, postgres: clusterSeconds(postmasterPid),
    self: (usage.user + usage.system) / 1e6, machine: machineBusySeconds(),
  };
}

export function cpuSplit(before: CpuSnapshot, after: CpuSnapshot): CpuSplit {
  const wall = (after.at - before.at) / 1000;
  const serverCores = (after.server - before.server) / wall;
  const postgresCores = (after.postgres - before.postgres) / wall;
  const loadCores = (after.self - before.self) / wall;
  const machineCores = (after.machine - before.machine) / wall;
  return { serverCores, postgresCores, loadCores, otherCores: Math.max(0, machineCores - serverCores - postgresCores - loadCores) };
}

/** For a bench that runs in-process (no server, no database): its own CPU and the machine's. */
export type SoloSnapshot = { at: number; self: number; machine: number };

export function soloSnapshot(): SoloSnapshot {
  const usage = process.cpuUsage();
  return { at: performance.now(), self: (usage.user + usage.system) / 1e6, machine: machineBusySeconds() };
}

/** Cores this process kept busy, and what everything else on the machine took meanwhile (it disturbs the figure). */
export function soloSplit(before: SoloSnapshot, after: SoloSnapshot): { selfCores: number; otherCores: number } {
  const wall = (after.at - before.at) / 1000;
  const selfCores = (after.self - before.self) / wall;
  return { selfCores, otherCores: Math.max(0, (after.machine - before.machine) / wall - selfCores) };
}
