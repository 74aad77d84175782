// Phase 2 of bench:simplified (issue 18 item 4): the clock moves past the last
// expiry and every server process fires the durable timers with its lanes,
// racing the others; then the run checks that every case was cancelled
// exactly once.
//
// The first `warmup` timers are the processes' warm-up (JIT, the
// connections' plan caches, the first chunks of every lane): they fire like
// the others and are checked like the others, but no rate counts them — the
// tenths, the rate and the CPU per expiry are taken over the timers after
// them. Without it the first tenth was the warm-up and made last/first 1.48.
import type pg from 'pg';
import type { CpuSnapshot } from './cpu';
import { ask, cpuOf, type Cpu, type ServerChild } from './simplified-harness';

/** One second's sample of the expiry phase: seconds since its start, timers fired, CPU seconds of servers + PostgreSQL and of the machine. */
type ExpirySample = { at: number; fired: number; cpu: number; machine: number };
/** One tenth of the timers: its rate, its CPU (servers + PostgreSQL) per expiry, and the cores other processes kept busy meanwhile. */
export type ExpiryTenth = { perSec: number; cpuMs: number; otherCores: number };

/** The sample at the moment the fired count crossed `target`, interpolated between the one-second samples around it (the CPU counters with it). */
function crossing(samples: readonly ExpirySample[], target: number): ExpirySample | null {
  if (target <= 0) return samples[0] ?? null;
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if (b.fired < target || b.fired <= a.fired) continue;
    const f = (Math.max(target, a.fired) - a.fired) / (b.fired - a.fired);
    const at = (key: 'at' | 'cpu' | 'machine') => a[key] + (b[key] - a[key]) * f;
    return { at: at('at'), fired: target, cpu: at('cpu'), machine: at('machine') };
  }
  return null;
}

/**
 * The tenths of the `measured` timers after the `warmup` ones: a tenth's rate
 * is its timers over the time between its two crossings. The CPU per expiry
 * tells a distribution that grows dearer (it climbs) from a machine that
 * other work slows (it stays, `otherCores` climbs). Fewer than ten when the
 * run did not reach the end.
 */
export function expiryTenths(samples: readonly ExpirySample[], warmup: number, measured: number): ExpiryTenth[] {
  const out: ExpiryTenth[] = [];
  let previous = crossing(samples, warmup);
  if (!previous) return out;
  for (let k = 1; k <= 10; k++) {
    const next = crossing(samples, warmup + (measured * k) / 10);
    if (next === null) break;
    const seconds = Math.max(next.at - previous.at, 1e-3);
    const cpu = next.cpu - previous.cpu;
    out.push({ perSec: measured / 10 / seconds, cpuMs: (1000 * cpu) / (measured / 10), otherCores: Math.max(0, (next.machine - previous.machine - cpu) / seconds) });
    previous = next;
  }
  return out;
}

export type ExpiryContext = {
  client: pg.Client; servers: readonly ServerChild[]; snapshot: () => CpuSnapshot[]; fines: number; warmup: number; processes: number; lanes: number;
  like: string; clockNow: (offset?: number) => Date; say: (line?: string) => void; expect: (what: string, actual: number, wanted: number) => void;
};

export type ExpiryResult = {
  expiriesPerSec: number; expiryCpuMs: number; cpu: Cpu; tenths: ExpiryTenth[]; expiry: Record<string, unknown>;
};

const fmt = (value: number) => Math.round(value).toLocaleString('en');

/** Phase 2: fires every expiry timer (the warm-up ones first in the count) and checks the outcome. */
export async function expiryPhase(ctx: ExpiryContext): Promise<ExpiryResult> {
  const { client, servers, snapshot, say, expect, like } = ctx;
  const count = async (text: string, params: unknown[] = []) => Number(((await client.query(text, params)).rows[0] as { n: string }).n);
  const measured = ctx.fines - ctx.warmup;
  const lastDue = new Date(((await client.query(`SELECT max(due_at) AS d FROM deadlines WHERE kind = 'simplified.expire'`)).rows[0] as { d: Date }).d);
  const offsetMs = Math.max(0, lastDue.getTime() - ctx.clockNow().getTime() + 60_000);
  say(`phase 2: the clock moves on ${(offsetMs / 86_400_000).toFixed(2)} days (to ${ctx.clockNow(offsetMs).toISOString()}); `
    + `${ctx.processes} process(es) × ${ctx.lanes} lane(s) fire the expiry timers (the first ${fmt(ctx.warmup)} are the warm-up, not counted)…`);
  const before = snapshot();
  const t0 = performance.now();
  // Progress from the database while the servers work (a claim that slows down as rows pile up shows here), sampled
  // every second so that the rate of each tenth of the timers can be told afterwards (issue 18 item 4: flat or not).
  const cpuNow = () => {
    const shot = snapshot();
    return { cpu: shot.reduce((a, c) => a + c.server, 0) + shot[0]!.postgres, machine: shot[0]!.machine };
  };
  const samples: ExpirySample[] = [{ at: 0, fired: 0, ...cpuNow() }];
  let lastFired = 0;
  let lastAt = t0;
  let sampling = false;
  const progress = setInterval(() => {
    if (sampling) return;
    sampling = true;
    void count(`SELECT count(*) AS n FROM deadlines WHERE kind = 'simplified.expire' AND fired_at IS NOT NULL`).then((fired) => {
      const now = performance.now();
      samples.push({ at: (now - t0) / 1000, fired, ...cpuNow() });
      if (now - lastAt < 30_000) return;
      say(`  ${fmt(fired)} / ${fmt(ctx.fines)} (${(fired / ((now - t0) / 1000)).toFixed(1)}/s; last ${((now - lastAt) / 1000).toFixed(0)} s: `
        + `${((fired - lastFired) / ((now - lastAt) / 1000)).toFixed(1)}/s)`);
      lastFired = fired;
      lastAt = now;
    }, () => undefined).finally(() => { sampling = false; });
  }, 1000);
  const answers = await Promise.all(servers.map((s) => ask(s, { cmd: 'expire', offsetMs, lanes: ctx.lanes }))).finally(() => clearInterval(progress));
  const expirySeconds = (performance.now() - t0) / 1000;
  const fired = answers.reduce((a, r) => a + Number(r.fired), 0);
  const failed = answers.reduce((a, r) => a + Number(r.failed), 0);
  samples.push({ at: expirySeconds, fired, ...cpuNow() });
  const tenths = expiryTenths(samples, ctx.warmup, measured);
  for (const [i, t] of tenths.entries()) {
    say(`  tenth ${String(i + 1).padStart(2)}: ${t.perSec.toFixed(1).padStart(6)}/s, ${t.cpuMs.toFixed(1)} ms of CPU per expiry (servers + PostgreSQL),`
      + ` other processes ${t.otherCores.toFixed(2)} cores`);
  }
  const cpu = cpuOf(before, snapshot());
  // The rate and the CPU per expiry over the measured timers only (after the warm-up crossing).
  const start = crossing(samples, ctx.warmup) ?? samples[0]!;
  const end = samples.at(-1)!;
  const measuredSeconds = Math.max(end.at - start.at, 1e-3);
  const expiriesPerSec = Math.max(0, fired - ctx.warmup) / measuredSeconds;
  const expiryCpuMs = (1000 * (end.cpu - start.cpu)) / Math.max(1, fired - ctx.warmup);
  say(`  ${fmt(fired)} timers fired in ${expirySeconds.toFixed(1)} s (per process: ${answers.map((r) => fmt(Number(r.fired))).join(' + ')}); `
    + `${failed} failed attempt(s); after the warm-up: ${fmt(measured)} in ${measuredSeconds.toFixed(1)} s, ${expiriesPerSec.toFixed(1)}/s`);
  for (const r of answers) for (const e of (r.errors as string[] | undefined) ?? []) say(`  error: ${e}`);
  say(`  CPU (whole phase): servers ${cpu.servers.toFixed(2)}  postgres ${cpu.postgres.toFixed(2)}  bench ${cpu.bench.toFixed(2)}`
    + `  other ${cpu.other.toFixed(2)} (cores busy, of 2); after the warm-up ${expiryCpuMs.toFixed(1)} ms of CPU per expiry (servers + PostgreSQL)`);

  // Exactly once: one cancellation per case, one executive document per fine, one 'cancelled' for ЕРАП.
  const statuses = await client.query(`SELECT status, closed_outcome, count(*)::int AS n FROM simplified_cases WHERE erap_fine_id LIKE $1
    GROUP BY 1, 2 ORDER BY 3 DESC`, [like]);
  const pair = async (text: string, params: unknown[] = []) => {
    const row = (await client.query(text, params)).rows[0] as { total: string; distinct: string };
    return { total: Number(row.total), distinct: Number(row.distinct) };
  };
  const checks = {
    timersFired: await pair(`SELECT count(*) AS total, count(DISTINCT subject_id) AS distinct FROM deadlines
      WHERE kind = 'simplified.expire' AND fired_at IS NOT NULL`),
    cancellationJournal: await pair(`SELECT count(*) AS total, count(DISTINCT object_id) AS distinct FROM journal
      WHERE object_type = 'simplified_case' AND details->>'to' = 'cancelled'`),
    cancellationResolutions: await pair(`SELECT count(*) AS total, count(DISTINCT c.id) AS distinct FROM simplified_cases c
      JOIN documents d ON d.id = c.closing_document_id JOIN signatures s ON s.document_id = d.id::text WHERE c.erap_fine_id LIKE $1`, [like]),
    executiveDocuments: await pair(`SELECT count(*) AS total, count(DISTINCT dedupe_key) AS distinct FROM executive_documents
      WHERE dedupe_key LIKE $1`, [`erap|${like}`]),
    distributed: await pair(`SELECT count(*) AS total, count(DISTINCT p.id) AS distinct FROM executive_documents e
      JOIN proceedings p ON p.executive_document_id = e.id JOIN distribution_decisions d ON d.proceeding_id = p.id
      WHERE e.dedupe_key LIKE $1`, [`erap|${like}`]),
    erapCancelled: await pair(`SELECT count(*) AS total, count(DISTINCT recipient) AS distinct FROM outbox
      WHERE channel = 'erap' AND subject = 'cancelled' AND recipient LIKE $1`, [like]),
  };
  const unfired = await count(`SELECT count(*) AS n FROM deadlines WHERE kind = 'simplified.expire' AND fired_at IS NULL AND cancelled_at IS NULL`);
  say(`  cases: ${(statuses.rows as { status: string; closed_outcome: string | null; n: number }[])
    .map((r) => `${r.status}${r.closed_outcome ? `/${r.closed_outcome}` : ''} ${fmt(r.n)}`).join(', ')}; timers left unfired ${unfired}`);
  say(`  exactly once (rows / distinct cases): ${Object.entries(checks).map(([k, v]) => `${k} ${fmt(v.total)}/${fmt(v.distinct)}`).join(', ')}`);
  expect('timers fired', fired, ctx.fines);
  expect('timers left unfired', unfired, 0);
  for (const [what, v] of Object.entries(checks)) {
    expect(`${what} (rows)`, v.total, ctx.fines);
    expect(`${what} (distinct cases)`, v.distinct, ctx.fines);
  }
  const cancelled = (statuses.rows as { status: string; n: number }[]).filter((r) => r.status === 'cancelled').reduce((a, r) => a + r.n, 0);
  expect('cases cancelled', cancelled, ctx.fines);
  const expiry = { fired, failed, warmup: ctx.warmup, seconds: Number(expirySeconds.toFixed(1)), measuredSeconds: Number(measuredSeconds.toFixed(1)),
    perProcess: answers.map((r) => Number(r.fired)), checks };
  return { expiriesPerSec, expiryCpuMs, cpu, tenths, expiry };
}
