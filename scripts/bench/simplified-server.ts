// One process of the system under test for bench:simplified (the benchmark
// starts one per core, as production runs stateless processes side by side
// on one database): migrates and seeds the demo data, listens on a free
// loopback port, prints `listening <port>`, then takes commands as JSON
// lines on stdin and answers each with one JSON line on stdout:
//   {"cmd":"phones","iins":[…]}   time the mobile-citizens round trip (sequential lookups)
//   {"cmd":"expire","offsetMs":n,"lanes":k}   move the clock on by n ms and fire due
//                                 deadlines with k concurrent loops until none is left
// It stops cleanly on SIGTERM or when stdin closes.
//
// The clock starts at BENCH_CLOCK_BASE (an ISO instant) at the real time
// BENCH_CLOCK_EPOCH (ms) and runs in real time, so every process agrees on it;
// `expire` adds its offset.
import { createInterface } from 'node:readline';
import { loadConfig } from '../../apps/server/src/config';
import { startSystem, systemDeadlineChunkHandlers, systemDeadlineHandlers } from '../../apps/server/src/system';
import { fireDueDeadlinesByChunks } from '../../packages/db/src/index';
import type { Clock } from '../../packages/domain/src/index';
import { stopOnSignals } from './stop-on-signals';

const base = Date.parse(process.env.BENCH_CLOCK_BASE ?? '');
const epoch = Number(process.env.BENCH_CLOCK_EPOCH ?? '');
if (!Number.isFinite(base) || !Number.isFinite(epoch)) throw new Error('BENCH_CLOCK_BASE and BENCH_CLOCK_EPOCH are required');
let offsetMs = 0;
const clock: Clock = { now: () => new Date(base + (Date.now() - epoch) + offsetMs) };

const system = await startSystem({ config: loadConfig(process.env), clock, worker: false });
const phoneLatency = process.env.BENCH_PHONE_LATENCY_MS;
if (phoneLatency !== undefined && phoneLatency !== '') {
  system.external.simulators?.control.setLatency('mobile-citizens', Number(phoneLatency));
}
await system.app.listen({ port: 0, host: '127.0.0.1' });
const address = system.app.server.address();
if (!address || typeof address !== 'object') throw new Error('server did not report its port');
process.stdout.write(`listening ${address.port}\n`);

const answer = (value: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(value)}\n`);

async function timePhones(iins: readonly string[]) {
  const port = system.external.adapters.mobileCitizens;
  const times: number[] = [];
  let found = 0;
  for (const iin of iins) {
    const t0 = performance.now();
    try {
      await port.getPhoneByIin(iin);
      found += 1;
    } catch {
      // "no phone" is an answer too; its round trip counts the same.
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
  return { lookups: times.length, found, meanMs: mean, p50Ms: times[Math.floor(times.length / 2)] ?? 0, maxMs: times.at(-1) ?? 0 };
}

async function expire(lanes: number) {
  const handlers = systemDeadlineHandlers(system.external.adapters, system.outcomes);
  // BENCH_EXPIRY_CHUNK=1: the one-by-one path (a chunk of one is still the chunked code; 0 turns it off).
  const chunk = Number(process.env.BENCH_EXPIRY_CHUNK ?? '50');
  const chunkHandlers = chunk > 0 ? systemDeadlineChunkHandlers(system.outcomes) : {};
  const totals = { fired: 0, failed: 0 };
  const errors = new Set<string>();
  const lane = async () => {
    for (;;) {
      const round = await fireDueDeadlinesByChunks(system.db, handlers, chunkHandlers, () => clock.now(), { size: Math.max(1, chunk), limit: 50,
        onChunkError: (error) => errors.add(`a chunk fell back to one by one: ${error instanceof Error ? error.message : String(error)}`) });
      totals.fired += round.fired;
      totals.failed += round.failed;
      // Nothing left that this lane may claim: the rest is held by other lanes, or failed and backs off.
      if (round.fired === 0) return;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: lanes }, lane));
  if (totals.failed > 0) {
    const failed = await system.db.query<{ last_error: string }>(
      'SELECT DISTINCT last_error FROM deadlines WHERE fired_at IS NULL AND last_error IS NOT NULL LIMIT 5');
    for (const row of failed.rows) errors.add(row.last_error);
  }
  return { ...totals, seconds: (performance.now() - t0) / 1000, errors: [...errors] };
}

const stop = stopOnSignals(system);

createInterface({ input: process.stdin }).on('line', (line) => {
  void (async () => {
    try {
      const command = JSON.parse(line) as { cmd: string; iins?: string[]; offsetMs?: number; lanes?: number };
      if (command.cmd === 'phones') answer({ event: 'phones', ...await timePhones(command.iins ?? []) });
      else if (command.cmd === 'expire') {
        offsetMs = command.offsetMs ?? 0;
        answer({ event: 'expired', ...await expire(Math.max(1, command.lanes ?? 1)) });
      } else answer({ event: 'error', message: `unknown command ${command.cmd}` });
    } catch (error) {
      answer({ event: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  })();
}).on('close', stop);
