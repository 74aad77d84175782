// Issue 18 item 6: the same load with 1 and with 2 server processes, both
// measured through HAProxy (scripts/cluster/haproxy.ts) so the proxy's cost
// is in both figures: one HAProxy with the first process alone behind it,
// one with both. The scaling factor is the 2-process rate over the 1-process
// rate (requests of all the phases together). On this 2-core machine the
// server processes share the cores with PostgreSQL, HAProxy and the load
// generator, so the factor says how far a second process helps *here*; on a
// machine with a core per process it is the figure to compare with 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../test/harness/postgres-cluster';
import { startHaproxy } from '../cluster/haproxy';
import type { Haproxy } from '../cluster/haproxy';
import { soloSnapshot, soloSplit } from './cpu';
import { HttpTarget, runPhase } from './load';
import type { PhaseStats, PostBody, Response } from './load';

type Timed = (path: string, cookie: string | null, post?: PostBody) => Promise<Response>;
export type ScalingPhase<C> = { key: string; name: string; step: (client: C, timed: Timed) => Promise<void> };
/** `machineCores`: every core busy on the machine meanwhile (2.0 = saturated: the figure is then bound by the CPU, ours or others'). */
export type ScalingFigures = { rps: number; p99Ms: number; requests: number; errors: number; machineCores: number };
export type Scaling = {
  processes1: Record<string, ScalingFigures>; processes2: Record<string, ScalingFigures>;
  /** Per phase: 2-process rate / 1-process rate. */
  factors: Record<string, number>;
  /** All phases together: requests per second with 2 processes over those with 1. */
  scalingFactor: number;
};

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export async function measureScaling<C>(options: {
  ports: readonly [number, number]; clients: readonly C[]; seconds: number; phases: readonly ScalingPhase<C>[]; say: (line: string) => void;
  /**
   * Unmeasured load first, per phase, through each proxy: a fresh process runs its first seconds at a fraction
   * of its speed (it compiles its hot paths, prepares its statements per connection) — a 3-s phase at 10 clients
   * measured 408 req/s cold and 1,057 req/s right after on the same process.
   */
  warmupSeconds?: number;
}): Promise<Scaling> {
  const dir = mkdtempSync(join(tmpdir(), 'oryndau-scaling-'));
  const proxies: Haproxy[] = [];
  try {
    const one = await startHaproxy(dir, await freePort(), [options.ports[0]], 'one');
    proxies.push(one);
    const two = await startHaproxy(dir, await freePort(), options.ports, 'two');
    proxies.push(two);
    const run = async (proxy: Haproxy, label: string) => {
      const target = new HttpTarget(proxy.port, options.clients.length);
      const figures: Record<string, ScalingFigures> = {};
      let requests = 0;
      let seconds = 0;
      try {
        if (options.warmupSeconds) {
          for (const phase of options.phases) await runPhase('warm-up', options.clients, options.warmupSeconds, phase.step, target);
        }
        for (const phase of options.phases) {
          const before = soloSnapshot();
          const stats: PhaseStats = await runPhase(`${phase.name} (${label})`, options.clients, options.seconds, phase.step, target);
          const cpu = soloSplit(before, soloSnapshot());
          const machineCores = round(cpu.selfCores + cpu.otherCores);
          figures[phase.key] = { rps: round(stats.rps, 1), p99Ms: round(stats.p99Ms), requests: stats.requests, errors: stats.errors, machineCores };
          requests += stats.requests;
          seconds += stats.seconds;
          options.say(`  ${`${phase.name}, ${label}`.padEnd(44)} ${stats.rps.toFixed(1).padStart(8)} req/s  p99 ${stats.p99Ms.toFixed(2)} ms  errors ${stats.errors}  machine ${machineCores.toFixed(2)} cores busy`);
        }
      } finally {
        target.close();
      }
      return { figures, rate: requests / seconds };
    };
    const single = await run(one, '1 process via HAProxy');
    const double = await run(two, '2 processes via HAProxy');
    const factors: Record<string, number> = {};
    for (const phase of options.phases) {
      const a = single.figures[phase.key]!.rps;
      factors[phase.key] = a > 0 ? round(double.figures[phase.key]!.rps / a) : 0;
    }
    const scalingFactor = single.rate > 0 ? round(double.rate / single.rate) : 0;
    options.say(`  scaling factor (2 processes / 1): ${scalingFactor} — ${Object.entries(factors).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    return { processes1: single.figures, processes2: double.figures, factors, scalingFactor };
  } finally {
    for (const proxy of proxies) await proxy.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
