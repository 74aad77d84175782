// Open-loop load at a fixed arrival rate: operation n is due at
// start + n / rate, whatever the earlier ones are doing (a slow server does
// not slow the arrivals down, as it would with closed-loop clients), and its
// latency runs from that due time to its end — so queueing inside the load
// generator or the server counts too (no coordinated omission).
import { SoakError } from './person';

export type Operation = { kind: string; run: () => Promise<void> };
export type KindStats = { count: number; errors: number; latencies: number[]; errorSamples: string[] };
export type LoopResult = { kinds: Map<string, KindStats>; seconds: number; issued: number; maxInFlight: number };

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? Number.NaN;
}

/** The kinds in proportion to their weights, interleaved (smooth weighted round-robin), one per call. */
export function weightedPicker(weights: Record<string, number>): () => string {
  const entries = Object.entries(weights).filter(([, w]) => w > 0);
  if (entries.length === 0) throw new Error('every weight of the mix is 0');
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const current = new Map(entries.map(([k]) => [k, 0]));
  return () => {
    let best = entries[0]![0];
    for (const [kind, weight] of entries) {
      current.set(kind, current.get(kind)! + weight);
      if (current.get(kind)! > current.get(best)!) best = kind;
    }
    current.set(best, current.get(best)! - total);
    return best;
  };
}

/**
 * How many operations are due by `t` seconds into the run: operation n is due at n / rate (with `ramp`, at
 * √(2 · seconds · n / rate)), so those due by t are n = 0 … ⌊t · rate⌋ (⌊rate · t² / (2 · seconds)⌋) — one more
 * than ⌊t · rate⌋. (Counting ⌊t · rate⌋ launched every operation one arrival interval after its due time, and the
 * latencies, measured from the due time, carried that interval: 10 ms at 100/s, 33 ms at 30/s.)
 */
export function operationsDueBy(t: number, rate: number, seconds: number, ramp: boolean): number {
  return Math.floor(ramp ? (rate * t * t) / (2 * seconds) : t * rate) + 1;
}

/** When operation n is due, in seconds from the start (the inverse of operationsDueBy). */
export function dueAt(n: number, rate: number, seconds: number, ramp: boolean): number {
  return ramp ? Math.sqrt((2 * seconds * n) / rate) : n / rate;
}

export async function runOpenLoop(options: {
  rate: number; seconds: number; next: () => Operation; stopped: () => boolean; progress?: (elapsed: number, result: LoopResult) => void;
  /** The arrival rate climbs linearly from 0 to `rate` over the whole run (the warm-up: fresh processes run their first seconds slowly). */
  ramp?: boolean;
}): Promise<LoopResult> {
  const { rate, seconds, next, stopped, ramp = false } = options;
  const result: LoopResult = { kinds: new Map(), seconds: 0, issued: 0, maxInFlight: 0 };
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  const end = start + seconds * 1000;
  let lastProgress = start;
  const launch = (due: number) => {
    const op = next();
    const stats = result.kinds.get(op.kind) ?? { count: 0, errors: 0, latencies: [], errorSamples: [] };
    result.kinds.set(op.kind, stats);
    const done = op.run().then(() => undefined, (error: unknown) => {
      stats.errors += 1;
      // A SoakError is an HTTP answer; anything else is a bug of the soak itself, reported the same way with its stack's top.
      const text = (error instanceof SoakError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error))
        .replace(/\s+/g, ' ').slice(0, 240);
      // Distinct samples only: a failure that repeats a thousand times is one line.
      if (stats.errorSamples.length < 3 && !stats.errorSamples.includes(text)) stats.errorSamples.push(text);
    }).finally(() => {
      stats.count += 1;
      stats.latencies.push(performance.now() - due);
      inFlight.delete(done);
    });
    inFlight.add(done);
    result.maxInFlight = Math.max(result.maxInFlight, inFlight.size);
  };
  while (!stopped()) {
    const now = performance.now();
    if (now >= end) break;
    // Ramp: rate · t / seconds arrivals a second, so rate · t² / (2 · seconds) by time t.
    const due = operationsDueBy((now - start) / 1000, rate, seconds, ramp);
    while (result.issued < due) {
      const n = result.issued++;
      launch(start + 1000 * dueAt(n, rate, seconds, ramp));
    }
    if (options.progress && now - lastProgress >= 60_000) {
      lastProgress = now;
      options.progress((now - start) / 1000, result);
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await Promise.all(inFlight);
  result.seconds = (performance.now() - start) / 1000;
  return result;
}
