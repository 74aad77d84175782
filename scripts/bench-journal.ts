// `npm run bench:journal`: what the journal costs a business transaction, and
// how soon its entries are sealed (issue 12: the journal as an RFC 9162
// Merkle-tree log — transactions only INSERT their entries, a sealer holding
// a lease assigns leaf positions and signs tree heads with the system key).
//
// On a throwaway PostgreSQL 15 (or DATABASE_URL), migrated with the
// project's migrate(db), BENCH_PROCESSES (2) child processes — the "server
// processes", each with its own openDatabase({ databaseUrl }) pool, as a
// server process has — run BENCH_WRITERS (32) concurrent writers in all,
// split evenly. Each writer loops a small business transaction for
// BENCH_SECONDS (15) per phase: UPDATE one of 10,000 rows of bench_accounts
// chosen at random and INSERT one row into bench_transfers (the bench's own
// tables, plain SQL here). "With the journal" the same transaction also calls
// tx.journal() once with a realistic record (actor with user id, IIN, role
// and request id; action 'bench.transfer'; five details); "without" it does
// not. Note the pool: the writers of a process share its 10 connections
// (openPostgres), so with the defaults 16 writers queue for 10 connections
// and at most 20 transactions are open at once — what two servers allow.
//
// Every process starts the journal sealer at start, as production does
// (intervalMs 1000, holder bench-<pid>, signing with the dev system key): the
// lease lets one of them seal, which is the point. In the "without" phases it
// has nothing to seal: an idle round a second.
//
// Order: a warm-up, half without and half with the journal
// (BENCH_WARMUP_SECONDS, 3; not counted, but its failures are: prepared
// statements, JIT, the sealer's first lease), then without → floor → with →
// without, and the "without" rate is the mean of the two runs. The floor
// phase is the bench's physical primitive: the same transaction with one bare
// statement (`SELECT 1`) in the COMMIT's message instead of the journal's
// INSERT — the least an entry kept atomically with the transaction, as a
// statement in PostgreSQL, can cost. Its ratio (floorRatio) is printed beside
// the journal's, so every run shows how much of the 20 % the target allows
// one statement alone already takes here (docs/journal.md "The cost"). This
// machine's speed drifts within minutes (see bench:simplified) and the tables
// grow as the run goes; a single without → with pair would book a steady
// drift as the journal's cost, bracketing the "with" phase cancels it (and a
// third phase costs less time than a second with/without pair). After the
// warm-up and after the "with" phase the bench waits until the sealer has
// sealed every entry (journalUnsealedCount = 0; more than 30 s fails the
// run), so no sealing spills into a "without" phase; then it takes the
// sealing delays (journalSealingDelays: each entry's insert → the first
// signed tree head covering it) of the entries written in the "with" phase.
//
// Prints the figures and, as its last line, one JSON object. ok = with/without
// ≥ 0.8, sealing delay p99 ≤ 2000 ms, and no transaction failed (failures,
// e.g. 409 concurrent_update, are counted, not thrown). Exits 1 when not ok.
// Other knobs: BENCH_WARMUP_SECONDS (3); BENCH_SEAL_INTERVAL_MS (1000; a diagnosis only: a long interval takes the sealer out of the phases — the run then fails waiting for the seal); DATABASE_URL runs on that server
// instead of a throwaway cluster (its bench tables are dropped at the end,
// but the 'bench.transfer' entries stay in its journal — never production).
// On 2 cores the writers, the sealer, PostgreSQL and this process share the
// CPU; the CPU split of each phase is printed, with a warning when something
// else kept the machine busy.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { journalSealingDelays, journalUnsealedCount, migrate, openDatabase } from '@oryndau/db';
import type { Database } from '@oryndau/db';
import { stopChild } from './bench/simplified-harness';
import { DEV_SYSTEM_ORGANISATION_BIN, SYSTEM_ORGANISATION_REFERENCE } from '@oryndau/domain';
import { devCa } from '@oryndau/esign';
import { nodePkiDirectory } from '@oryndau/esign/node';
import { devSystemKeyFile, ensureDevSystemKey } from '../apps/server/src/signing/demo-keys';
import { startCluster } from '../test/harness/postgres-cluster';
import type { Cluster } from '../test/harness/postgres-cluster';
import { cpuSnapshot, parentPid } from './bench/cpu';
import { bailiffIins } from './bench/identifiers';
import type { RunAnswer, WriterMode } from './bench/journal-writers';
import { cpuOf, type Cpu } from './bench/simplified-harness';
import { cleanUpOnInterrupt } from './bench/stop-on-signals';
import { knob } from './bench/knob';

const SECONDS = knob('BENCH_SECONDS', 15, 1);
const WRITERS = Math.round(knob('BENCH_WRITERS', 32, 1));
const PROCESSES = Math.min(WRITERS, Math.round(knob('BENCH_PROCESSES', 2, 1)));
const WARMUP_SECONDS = knob('BENCH_WARMUP_SECONDS', 3, 0);
const EXTERNAL_URL = process.env.DATABASE_URL || null;
const ACCOUNTS = 10_000;
const SEAL_INTERVAL_MS = Number(process.env.BENCH_SEAL_INTERVAL_MS ?? 1000);
const DRAIN_TIMEOUT_MS = 30_000;
const MIN_RATIO = 0.8;
const MAX_SEALING_P99_MS = 2000;

const say = (line = '') => process.stdout.write(`${line}\n`);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const fmt = (value: number) => Math.round(value).toLocaleString('en');

type WriterChild = { child: ChildProcess; stderr: () => string; ask: (command: object) => Promise<Record<string, unknown>> };

/** Starts one "server process" (bench/journal-writers.ts) and waits for its `ready`. */
function startWriters(env: Record<string, string>): Promise<WriterChild> {
  const script = fileURLToPath(new URL('./bench/journal-writers.ts', import.meta.url));
  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []), '--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env as Record<string, string>, ...env } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-8000); });
  const waiting: ((answer: Record<string, unknown>) => void)[] = [];
  let exited: string | null = null;
  child.stdin!.on('error', () => undefined); // EPIPE after the child died: its exit is reported below
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`writer process did not start in 60 s: ${stderr}`)), 60_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line === 'ready') {
        clearTimeout(timer);
        resolve({
          child, stderr: () => stderr,
          ask: (command) => new Promise((done) => {
            if (exited) return done({ event: 'error', message: exited });
            waiting.push(done);
            child.stdin!.write(`${JSON.stringify(command)}\n`);
          }),
        });
      } else if (line.startsWith('{')) waiting.shift()?.(JSON.parse(line) as Record<string, unknown>);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      exited = `writer process exited (${code ?? signal}): ${stderr}`;
      reject(new Error(`writer process exited (${code ?? signal}) before it was ready: ${stderr}`));
      for (const done of waiting.splice(0)) done({ event: 'error', message: exited });
    });
  });
}

function stopWriters(writer: WriterChild): Promise<void> {
  return stopChild(writer.child);
}

type Phase = {
  mode: WriterMode; perSec: number; committed: number; failed: number; errorCodes: Record<string, number>;
  latencyMs: { p50: number; p99: number }; cpu: Cpu; sealerErrors: string[];
};

async function main(): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'oryndau-bench-journal-'));
  let cluster: Cluster | null = null;
  let db: Database | null = null;
  const children: WriterChild[] = [];
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await Promise.all(children.map((c) => stopWriters(c).catch(() => undefined)));
    // On someone else's server, the bench's tables go again (its journal entries stay: the journal is append-only).
    if (EXTERNAL_URL) await db?.exec('DROP TABLE IF EXISTS bench_transfers; DROP TABLE IF EXISTS bench_accounts').catch(() => undefined);
    await db?.close().catch(() => undefined);
    try {
      cluster?.stop();
    } catch (error) {
      process.stderr.write(`cluster stop: ${String(error)}\n`);
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  cleanUpOnInterrupt('the writer processes and the cluster', cleanup);

  const problems: string[] = [];
  const warnings: string[] = [];
  let errors = 0;
  const errorCodes: Record<string, number> = {};
  const summary: Record<string, unknown> = { bench: 'journal', writers: WRITERS, processes: PROCESSES, seconds: SECONDS };
  try {
    say(`bench:journal — ${WRITERS} writers in ${PROCESSES} server process(es), ${SECONDS} s per phase, `
      + `warm-up ${WARMUP_SECONDS} s, then without → with → without the journal`);
    let t0 = performance.now();
    let url: string;
    if (EXTERNAL_URL) url = EXTERNAL_URL;
    else {
      cluster = await startCluster();
      url = cluster.url;
    }
    db = await openDatabase({ databaseUrl: url });
    const pgVersion = String((await db.query<{ v: string }>('SELECT current_setting($$server_version$$) AS v')).rows[0]?.v ?? '?').split(' ')[0]!;
    summary.pgVersion = pgVersion;
    await migrate(db);
    // The bench's own business tables (bench-only scaffolding, recreated each run).
    await db.exec(`DROP TABLE IF EXISTS bench_transfers; DROP TABLE IF EXISTS bench_accounts;
      CREATE TABLE bench_accounts (id int PRIMARY KEY, owner_iin text NOT NULL, balance_tiyn bigint NOT NULL,
        version int NOT NULL DEFAULT 0, updated_at timestamptz NOT NULL DEFAULT now()) WITH (fillfactor = 90);
      CREATE TABLE bench_transfers (id bigserial PRIMARY KEY, account_id int NOT NULL REFERENCES bench_accounts (id),
        counterparty_id int NOT NULL, amount_tiyn bigint NOT NULL, reference text NOT NULL, created_at timestamptz NOT NULL);
      CREATE INDEX bench_transfers_account_idx ON bench_transfers (account_id);
      INSERT INTO bench_accounts (id, owner_iin, balance_tiyn) SELECT n, lpad(n::text, 12, '0'), 100000000 FROM generate_series(1, ${ACCOUNTS}) n;
      ANALYZE bench_accounts`);
    say(`PostgreSQL ${pgVersion} ${EXTERNAL_URL ? '(DATABASE_URL)' : 'throwaway cluster'} migrated, ${fmt(ACCOUNTS)} bench accounts `
      + `(${((performance.now() - t0) / 1000).toFixed(1)} s)`);

    // The dev system key, as a dev server issues it (ensureDevSystemKey) into its PKI directory; the writers open the file.
    t0 = performance.now();
    const pki = nodePkiDirectory(join(scratch, 'pki'));
    await devCa.loadOrCreateDevPki(pki, { now: new Date() });
    const keyFile = await ensureDevSystemKey(pki, { id: SYSTEM_ORGANISATION_REFERENCE.id, bin: DEV_SYSTEM_ORGANISATION_BIN,
      name: SYSTEM_ORGANISATION_REFERENCE.name }, new Date(), 'https://oryndau.example/pki/crl');
    if (keyFile !== devSystemKeyFile(DEV_SYSTEM_ORGANISATION_BIN)) throw new Error(`unexpected system key file ${keyFile}`);
    const env = {
      DATABASE_URL: url, BENCH_ACCOUNTS: String(ACCOUNTS), BENCH_KEY_FILE: join(scratch, 'pki', keyFile),
      BENCH_SEAL_INTERVAL_MS: String(SEAL_INTERVAL_MS), BENCH_ACTOR_IINS: bailiffIins(WRITERS).join(','),
    };
    // Side by side, as production starts its processes: each one's sealer competes for the lease from the start.
    const started = await Promise.allSettled(Array.from({ length: PROCESSES }, (_, i) => {
      const share = Math.floor(WRITERS / PROCESSES) + (i < WRITERS % PROCESSES ? 1 : 0);
      return startWriters({ ...env, BENCH_WRITERS: String(share) });
    }));
    for (const s of started) if (s.status === 'fulfilled') children.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    say(`dev system key issued; ${PROCESSES} writer process(es) started (pids ${children.map((c) => c.child.pid).join(', ')}), `
      + `each running the sealer (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

    const postmaster = EXTERNAL_URL ? -1 : parentPid(Number((await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? 0));
    const snapshot = () => children.map((c) => cpuSnapshot(c.child.pid ?? 0, postmaster));

    const runPhase = async (mode: WriterMode, seconds: number, label: string): Promise<Phase> => {
      const before = snapshot();
      const answers = await Promise.all(children.map((c) => c.ask({ cmd: 'run', mode, seconds })));
      const cpu = cpuOf(before, snapshot());
      for (const answer of answers) if (answer.event !== 'ran') throw new Error(`writer process: ${String(answer.message)}`);
      const ran = answers as unknown as RunAnswer[];
      const phase: Phase = {
        mode, perSec: ran.reduce((sum, r) => sum + r.committed / r.seconds, 0), committed: ran.reduce((sum, r) => sum + r.committed, 0),
        failed: ran.reduce((sum, r) => sum + r.failed, 0), errorCodes: {}, cpu, sealerErrors: ran.flatMap((r) => r.sealerErrors),
        latencyMs: { p50: ran.reduce((sum, r) => sum + r.latencyMs.p50, 0) / ran.length, p99: Math.max(...ran.map((r) => r.latencyMs.p99)) },
      };
      for (const r of ran) {
        for (const [code, n] of Object.entries(r.errorCodes)) {
          phase.errorCodes[code] = (phase.errorCodes[code] ?? 0) + n;
          errorCodes[code] = (errorCodes[code] ?? 0) + n;
        }
      }
      errors += phase.failed;
      say(`  ${label.padEnd(22)} ${phase.perSec.toFixed(1).padStart(8)} tx/s  (${fmt(phase.committed)} committed, ${phase.failed} failed`
        + `${phase.failed ? ` ${JSON.stringify(phase.errorCodes)}` : ''}; latency p50 ${phase.latencyMs.p50.toFixed(1)} ms, `
        + `p99 ${phase.latencyMs.p99.toFixed(1)} ms; per process ${ran.map((r) => (r.committed / r.seconds).toFixed(0)).join(' + ')})`);
      say(`  ${''.padEnd(22)} CPU: ${cpuText(cpu)}`);
      for (const e of phase.sealerErrors) warnings.push(`sealer error (reported after the ${label} phase): ${e}`);
      return phase;
    };
    /** Waits until every journal entry is sealed; false (and a problem) after DRAIN_TIMEOUT_MS. */
    const drain = async (after: string): Promise<boolean> => {
      const started = performance.now();
      let unsealed = await journalUnsealedCount(db!);
      const backlog = unsealed;
      while (unsealed > 0) {
        if (performance.now() - started > DRAIN_TIMEOUT_MS) {
          const reported = await Promise.all(children.map((c) => c.ask({ cmd: 'sealer' })));
          const sealerErrors = [...new Set(reported.flatMap((r) => (r.sealerErrors as string[] | undefined) ?? []))];
          problems.push(`${fmt(unsealed)} journal entries still unsealed ${DRAIN_TIMEOUT_MS / 1000} s after the ${after}`
            + `${sealerErrors.length ? `; the sealers reported: ${sealerErrors.slice(0, 3).join(' | ')}` : '; no sealer reported an error'}`);
          return false;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
        unsealed = await journalUnsealedCount(db!);
      }
      say(`  all sealed ${((performance.now() - started) / 1000).toFixed(1)} s after the ${after} (backlog then: ${fmt(backlog)} entries)`);
      return true;
    };

    say('phases:');
    if (WARMUP_SECONDS > 0) {
      await runPhase('without', WARMUP_SECONDS / 2, 'warm-up (without)');
      await runPhase('with', WARMUP_SECONDS / 2, 'warm-up (with)');
    }
    if (!await drain('warm-up')) throw new Error(problems.at(-1));
    // Every entry so far is sealed, so their count is the tree's size; the "with" phase's entries are the ones after the
    // first `sinceEntry` (the warm-up's, and whatever an existing DATABASE_URL journal held). The count check below says
    // whether journalSealingDelays read sinceEntry that way.
    const sinceEntry = (await journalSealingDelays(db)).count;
    const without1 = await runPhase('without', SECONDS, 'without the journal #1');
    // Before the "with" phase: after it, the journal's own aftermath (autovacuum of its new rows) would land in the floor.
    const floor = await runPhase('floor', SECONDS, 'floor (bare statement)');
    const withJournal = await runPhase('with', SECONDS, 'with the journal');
    const drained = await drain('"with" phase');
    const delays = await journalSealingDelays(db, { sinceEntry });
    const without2 = await runPhase('without', SECONDS, 'without the journal #2');

    const withoutPerSec = (without1.perSec + without2.perSec) / 2;
    const ratio = withJournal.perSec / withoutPerSec;
    const floorRatio = floor.perSec / withoutPerSec;
    if (delays.count !== withJournal.committed) {
      warnings.push(`journalSealingDelays(sinceEntry ${sinceEntry}) counted ${fmt(delays.count)} entries; the "with" phase committed `
        + `${fmt(withJournal.committed)} journal records`);
    }
    const phases = [without1, floor, withJournal, without2];
    const busiestOther = Math.max(...phases.map((p) => p.cpu.other));
    if (busiestOther > 0.25) {
      warnings.push(`other processes kept up to ${busiestOther.toFixed(2)} cores busy during a phase; the rates understate this system`);
    }
    const drift = Math.abs(without1.perSec - without2.perSec) / withoutPerSec;
    if (drift > 0.15) warnings.push(`the two "without" runs differ by ${(100 * drift).toFixed(0)}%: the machine's speed drifted, the ratio is rough`);

    say('');
    say(`results (PostgreSQL ${pgVersion}, ${WRITERS} writers in ${PROCESSES} process(es), ${SECONDS} s per phase):`);
    say(`  without the journal, tx/s        ${withoutPerSec.toFixed(1).padStart(9)}   (mean of ${without1.perSec.toFixed(1)} before and `
      + `${without2.perSec.toFixed(1)} after)`);
    say(`  with the journal, tx/s           ${withJournal.perSec.toFixed(1).padStart(9)}`);
    say(`  ratio with/without               ${ratio.toFixed(3).padStart(9)}   (target ≥ ${MIN_RATIO})`);
    say(`  floor: a bare statement, tx/s    ${floor.perSec.toFixed(1).padStart(9)}   ratio ${floorRatio.toFixed(3)} — one statement `
      + `in the COMMIT's message and nothing else, the least an atomic entry can cost`);
    say(`  sealing delay p50 / p99 / max    ${`${fmt(delays.p50Ms)} / ${fmt(delays.p99Ms)} / ${fmt(delays.maxMs)} ms`.padStart(9)}`
      + `   (p99 target ≤ ${MAX_SEALING_P99_MS} ms; sealer every ${SEAL_INTERVAL_MS} ms)`);
    say(`  entries sealed (with phase)      ${fmt(delays.count).padStart(9)}   of ${fmt(withJournal.committed)} written${drained ? '' : ' — NOT ALL SEALED'}`);
    say(`  failed transactions              ${String(errors).padStart(9)}${errors ? `   ${JSON.stringify(errorCodes)}` : ''}`);
    const cpuMsPerTx = (p: Phase) => (1000 * (p.cpu.servers + p.cpu.postgres)) / p.perSec;
    say(`  CPU per transaction (writers + PostgreSQL): without ${((cpuMsPerTx(without1) + cpuMsPerTx(without2)) / 2).toFixed(2)} ms, `
      + `with ${cpuMsPerTx(withJournal).toFixed(2)} ms, floor ${cpuMsPerTx(floor).toFixed(2)} ms, on ${availableParallelism()} core(s)`
      + `${EXTERNAL_URL ? ' (PostgreSQL on DATABASE_URL is not counted)' : ''}`);
    for (const w of warnings) say(`WARNING: ${w}`);
    if (ratio < MIN_RATIO) problems.push(`ratio ${ratio.toFixed(3)} < ${MIN_RATIO}`);
    if (delays.p99Ms > MAX_SEALING_P99_MS) problems.push(`sealing delay p99 ${Math.round(delays.p99Ms)} ms > ${MAX_SEALING_P99_MS} ms`);
    if (errors > 0) problems.push(`${errors} transaction(s) failed: ${JSON.stringify(errorCodes)}`);
    for (const p of problems) say(`FAIL: ${p}`);

    const cpuJson = (c: Cpu) => ({ writers: round(c.servers), postgres: EXTERNAL_URL ? null : round(c.postgres), bench: round(c.bench), other: round(c.other) });
    Object.assign(summary, {
      withJournalPerSec: round(withJournal.perSec, 1), withoutJournalPerSec: round(withoutPerSec, 1),
      withoutRuns: [round(without1.perSec, 1), round(without2.perSec, 1)], ratio: round(ratio, 3),
      floorPerSec: round(floor.perSec, 1), floorRatio: round(floorRatio, 3),
      sealingDelayP50Ms: round(delays.p50Ms, 1), sealingDelayP99Ms: round(delays.p99Ms, 1), sealingDelayMaxMs: round(delays.maxMs, 1),
      entriesSealed: delays.count, journalEntriesWritten: withJournal.committed, allSealed: drained,
      latencyMs: Object.fromEntries(phases.map((p, i) => [['without1', 'floor', 'with', 'without2'][i], { p50: round(p.latencyMs.p50), p99: round(p.latencyMs.p99) }])),
      cpuCores: { without1: cpuJson(without1.cpu), with: cpuJson(withJournal.cpu), floor: cpuJson(floor.cpu), without2: cpuJson(without2.cpu) },
      sealIntervalMs: SEAL_INTERVAL_MS, warnings: warnings.length,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!problems.includes(message)) problems.push(message);
    process.stderr.write(`bench:journal failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    for (const [i, c] of children.entries()) if (c.stderr()) process.stderr.write(`writer process ${i + 1} stderr (tail):\n${c.stderr()}\n`);
    for (const w of warnings) say(`WARNING: ${w}`);
  } finally {
    await cleanup();
  }
  const ok = problems.length === 0;
  say(JSON.stringify({
    withJournalPerSec: null, withoutJournalPerSec: null, ratio: null, sealingDelayP99Ms: null,
    ...summary, errors, errorCodes, ok, ...(ok ? {} : { problems }),
  }));
  return ok ? 0 : 1;
}

const cpuText = (cpu: Cpu) => `writers ${cpu.servers.toFixed(2)}  postgres ${EXTERNAL_URL ? 'n/a' : cpu.postgres.toFixed(2)}  `
  + `bench ${cpu.bench.toFixed(2)}  other ${cpu.other.toFixed(2)} (cores busy, of ${availableParallelism()})`;

process.exit(await main());
