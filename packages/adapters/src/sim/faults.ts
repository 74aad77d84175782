import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SystemName } from '../systems';
import { mulberry32 } from './prng';

// Failure injection shared by all simulators. Real state systems are slow
// and go down; the outbox worker and the use-cases must be exercised against
// that in dev and in tests, not only in production.

/** Fixed milliseconds, or a range drawn per request. */
export type LatencySetting = number | { readonly minMs: number; readonly maxMs: number };

/** `unavailable`: answer 503 at once. `timeout`: hold the request, then 504 (clients give up first). */
export type ForcedFailure = 'unavailable' | 'timeout';

export interface FaultDefaults {
  readonly latency: LatencySetting;
  /** 0..1: share of requests answered 503 at random (seeded, so runs repeat). */
  readonly failureRate: number;
  /** How long a forced `timeout` holds the request before answering 504. */
  readonly hangMs: number;
  readonly seed: number;
}

export const DEFAULT_FAULTS: FaultDefaults = { latency: { minMs: 20, maxMs: 80 }, failureRate: 0, hangMs: 30_000, seed: 1 };

export interface RequestLogEntry {
  readonly system: SystemName;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly at: string;
}

interface SystemFaults {
  latency: LatencySetting;
  failureRate: number;
  forced: ForcedFailure[];
}

export class FaultInjector {
  private readonly perSystem = new Map<SystemName, SystemFaults>();
  private readonly random: () => number;
  private readonly log: RequestLogEntry[] = [];

  constructor(private readonly defaults: FaultDefaults = DEFAULT_FAULTS) {
    this.random = mulberry32(defaults.seed);
  }

  setLatency(system: SystemName, latency: LatencySetting): void {
    this.get(system).latency = latency;
  }

  setFailureRate(system: SystemName, rate: number): void {
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`failure rate must be within 0..1, got ${rate}`);
    this.get(system).failureRate = rate;
  }

  /** The next `count` requests to `system` fail this way, then it behaves again. */
  failNext(system: SystemName, kind: ForcedFailure, count = 1): void {
    this.get(system).forced.push(...Array.from({ length: count }, () => kind));
  }

  reset(system?: SystemName): void {
    if (system === undefined) this.perSystem.clear();
    else this.perSystem.delete(system);
  }

  requests(system?: SystemName): readonly RequestLogEntry[] {
    return system === undefined ? [...this.log] : this.log.filter((e) => e.system === system);
  }

  /** Fastify onRequest hook for one system's routes; `/_sim/` control routes are never disturbed. */
  hook(system: SystemName) {
    return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      if (request.url.includes('/_sim/')) return;
      const faults = this.get(system);
      const forced = faults.forced.shift();
      const failure = forced ?? (this.random() < faults.failureRate ? 'unavailable' : null);
      if (failure === 'timeout') {
        await pause(this.defaults.hangMs, request.raw.socket);
        await reply.code(504).send({ error: { code: 'timeout', message: 'simulated gateway timeout' } });
        return;
      }
      await pause(this.delay(faults.latency), request.raw.socket);
      if (failure === 'unavailable') {
        await reply
          .code(503)
          .header('retry-after', '1')
          .send({ error: { code: 'unavailable', message: 'simulated outage' } });
      }
    };
  }

  /** Fastify onResponse hook recording the traffic, so tests can assert what was (not) sent. */
  logHook(system: SystemName) {
    return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      if (request.url.includes('/_sim/')) return;
      this.log.push({ system, method: request.method, url: request.url, status: reply.statusCode, at: new Date().toISOString() });
    };
  }

  private delay(latency: LatencySetting): number {
    if (typeof latency === 'number') return latency;
    return latency.minMs + Math.floor(this.random() * (latency.maxMs - latency.minMs + 1));
  }

  private get(system: SystemName): SystemFaults {
    let faults = this.perSystem.get(system);
    if (faults === undefined) {
      faults = { latency: this.defaults.latency, failureRate: this.defaults.failureRate, forced: [] };
      this.perSystem.set(system, faults);
    }
    return faults;
  }
}

// Ends early when the client hangs up, so a timed-out client does not keep
// the simulator (and `close()`) waiting for the full delay.
function pause(ms: number, socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || socket.destroyed) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      socket.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timer.unref();
    socket.once('close', done);
  });
}
