// `npm run bench:enp` (issue 16, "Done when"): the ЭНП portal at volume.
// Seeds a throwaway PostgreSQL 15 with BENCH_CASES (default 1,000,000)
// court cases, 3 participants each (3,000,000), their course, a filed
// document each and an ЭНП access per case (scripts/bench/enp-seed.ts),
// starts the server in its own process, and measures in one run:
//
//   - the floor: raw `crypto.scrypt` with the stored hash's own parameters
//     (N from PASSWORD_HASH_LOG2N, r 8, p 1), one call after another on one
//     core of this process, with the server idle — before and after the
//     sign-in phase, the mean is the floor (this shared machine drifts);
//   - sign-ins: BENCH_SIGNIN_CLIENTS (8) clients POST /api/enp/sign-in with a
//     right IIN and password (each a different access), BENCH_SIGNIN_SECONDS
//     (20): the real route — lookup key, one scrypt verify, session, journal;
//     the rate counts the phase until its last answer;
//   - the case page: the same clients, each signed in through that route,
//     GET /api/enp/case (ENP-4: case, participants, course, documents,
//     the view journalled) for BENCH_SECONDS (15) after a warm-up — each
//     client's own page is in the server's page cache after its first
//     request (docs/enp.md "The page cache"); ENP_PAGE_CACHE_ENTRIES=0 in
//     this process's environment (the server inherits it) measures the full
//     statement on every request;
//   - the bare single-query endpoint: GET /bench/bare, which the bench's
//     server process adds to the application (scripts/bench/server.ts: one
//     SELECT 1, no session, the app's hooks and serialiser), the same clients
//     and duration right after. Not /health: since issue 12 it also counts
//     the unsealed journal entries, which grow while this server seals none.
//
// Targets: case page p99 ≤ 50 ms and ≥ 50 % of the bare endpoint's req/s;
// sign-ins ≥ 50 % of the floor; ≤ 1 % errors. Prints the figures and, as
// its last line, one JSON object (casePage, bareEndpoint, signInsPerSec,
// rawHashPerSecOneCore, ok); exits 1 when not ok. Other knobs:
// BENCH_PASSWORD_HASH_LOG2N (the server's default, 17), BENCH_FLOOR_SECONDS
// (5 each), BENCH_WARMUP_SECONDS (3), BENCH_SERVER_NODE_ARGS (e.g.
// "--cpu-prof --cpu-prof-dir=/tmp/prof"). The CPU split of each phase is
// printed: on 2 cores the server, PostgreSQL and this load generator share
// the CPU, and other work running at the same time lowers the figures.
import { randomBytes, scrypt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { enpLookupKey, newEnpPassword } from '../apps/server/src/enp/enp-credentials';
import { Secret } from '../apps/server/src/secret';
import { ENP_SESSION_CASE_VIEW_SQL } from '../packages/db/src/enp/case-view-repository';
import { hashPassword } from '../packages/db/src/password';
import { startCluster } from '../test/harness/postgres-cluster';
import type { Cluster } from '../test/harness/postgres-cluster';
import { cpuSnapshot, cpuSplit, parentPid } from './bench/cpu';
import type { CpuSplit } from './bench/cpu';
import { seedEnp } from './bench/enp-seed';
import { HttpTarget, runPhase } from './bench/load';
import type { PhaseStats, PostBody, Response } from './bench/load';
import { startServer, stopChild } from './bench/simplified-harness';
import type { ServerChild } from './bench/simplified-harness';
import { cleanUpOnInterrupt } from './bench/stop-on-signals';
import { knob } from './bench/knob';

const CASES = Math.round(knob('BENCH_CASES', 1_000_000, 1000));
const CLIENTS = Math.round(knob('BENCH_CLIENTS', 50, 1));
const SECONDS = knob('BENCH_SECONDS', 15, 0.5);
const SIGNIN_SECONDS = knob('BENCH_SIGNIN_SECONDS', 20, 0.5);
// Enough sign-ins in flight to keep every core hashing (libuv's 4 threads); 50 would only queue, minutes at N = 2^17.
const SIGNIN_CLIENTS = Math.min(CLIENTS, Math.round(knob('BENCH_SIGNIN_CLIENTS', 8, 1)));
const FLOOR_SECONDS = knob('BENCH_FLOOR_SECONDS', 5, 0.5);
const WARMUP_SECONDS = knob('BENCH_WARMUP_SECONDS', 3, 0);
const LOG2N = Math.round(knob('BENCH_PASSWORD_HASH_LOG2N', 17, 10));
const TARGET = { p99Ms: 50, ofBare: 0.5, ofFloor: 0.5, maxErrorShare: 0.01 };
const SIGNIN_ACCESSES = 5000;

const say = (line = '') => process.stdout.write(`${line}\n`);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

type Client = { index: number; csrf: string; cookie: string; accesses: string[]; next: number; signIns: number };
type Timed = (path: string, cookie: string | null, post?: PostBody) => Promise<Response>;

/** The floor: raw scrypt with the stored hash's parameters, one call at a time (one core), for `seconds`. */
async function scryptFloor(stored: string, seconds: number): Promise<{ perSec: number; count: number }> {
  const [, n, r, p] = stored.split('$').map(Number);
  const once = () => new Promise<void>((resolve, reject) => {
    scrypt(randomBytes(10).toString('hex'), randomBytes(16), 32, { N: n!, r: r!, p: p!, maxmem: 256 * n! * r! + 1024 * 1024 },
      (error) => (error ? reject(error) : resolve()));
  });
  await once();
  const t0 = performance.now();
  let count = 0;
  while (performance.now() - t0 < seconds * 1000) {
    await once();
    count += 1;
  }
  return { perSec: count / ((performance.now() - t0) / 1000), count };
}

function phaseTable(phases: PhaseStats[]): string[] {
  const header = ['phase', 'requests', 'req/s', 'mean ms', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors'];
  const rows = phases.map((p) => [p.name, String(p.requests), p.rps.toFixed(1), p.meanMs.toFixed(2), p.p50Ms.toFixed(2), p.p90Ms.toFixed(2),
    p.p99Ms.toFixed(2), p.maxMs.toFixed(2), String(p.errors)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

const enpCookieOf = (response: Response) => (response.setCookie ?? []).map((c) => c.split(';')[0]!).find((c) => c.startsWith('oryndau_enp='));

async function main(): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'oryndau-bench-enp-'));
  let cluster: Cluster | null = null;
  let server: ServerChild | null = null;
  let client: pg.Client | null = null;
  let target: HttpTarget | null = null;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    target?.close();
    await client?.end().catch(() => undefined);
    if (server) await stopChild(server.child).catch(() => undefined);
    try {
      cluster?.stop();
    } catch (error) {
      process.stderr.write(`cluster stop: ${String(error)}\n`);
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  cleanUpOnInterrupt('the server and the cluster', cleanup);

  try {
    say(`bench:enp — ${CASES.toLocaleString('en')} cases, ${(3 * CASES).toLocaleString('en')} participants, ${CLIENTS} clients, `
      + `${SECONDS} s per phase (sign-ins: ${SIGNIN_CLIENTS} clients, ${SIGNIN_SECONDS} s), scrypt N = 2^${LOG2N}`);
    let t0 = performance.now();
    cluster = await startCluster();
    say(`PostgreSQL 15 cluster started (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const lookupSecret = `bench-enp-${randomBytes(24).toString('hex')}`;
    t0 = performance.now();
    server = await startServer({
      NODE_ENV: 'development', DATABASE_URL: cluster.url, PORT: '0', SEED_DEMO: 'true', DEMO_KEYS: 'false', ALLOW_TEST_PKI: 'false',
      PASSWORD_HASH_LOG2N: String(LOG2N), RATE_PER_MINUTE: '100000000', LOGIN_RATE_PER_MINUTE: '100000000', WEB_DIST: '/nonexistent',
      DATA_DIR: scratch, PKI_DIR: join(scratch, 'pki'), DEV_MODE: 'false', ENP_LOOKUP_SECRET: lookupSecret,
      BENCH_BARE_ROUTE: 'true',
    }, new URL('./bench/server.ts', import.meta.url));
    say(`server listening on 127.0.0.1:${server.port}, migrated with demo data (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

    client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    // One real password and hash with the server's parameters, shared by every seeded access (enp-seed.ts).
    const password = newEnpPassword();
    const passwordHash = await hashPassword(password, LOG2N);
    say('seeding:');
    const seed = await seedEnp(client, { cases: CASES, chunks: Math.max(1, Math.ceil(CASES / 250_000)), now: new Date(), lookupSecret, password,
      passwordHash, log: say });
    const size = ((await client.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS s')).rows[0] as { s: string }).s;
    say(`  seed total ${seed.seconds.toFixed(1)} s: ${CASES} cases, ${seed.participants} participants, ${seed.accesses} accesses; database ${size}`);

    // The SQL-computed lookup keys must be the server's own (else every sign-in would fail as a wrong password).
    const sample = (await client.query(`SELECT iin, lookup_key FROM enp_accesses TABLESAMPLE SYSTEM (1) LIMIT 20`)).rows as
      { iin: string; lookup_key: string }[];
    for (const row of sample) {
      if (enpLookupKey(new Secret(lookupSecret), row.iin, password) !== row.lookup_key) throw new Error(`seeded lookup key of ${row.iin} differs`);
    }
    const iins = ((await client.query(`SELECT iin FROM enp_accesses TABLESAMPLE SYSTEM (2) LIMIT $1`, [SIGNIN_ACCESSES + CLIENTS])).rows as
      { iin: string }[]).map((r) => r.iin);
    if (iins.length < CLIENTS * 2) throw new Error(`only ${iins.length} accesses sampled`);
    const clients: Client[] = Array.from({ length: CLIENTS }, (_, index) => ({
      index, csrf: `bench-${index}`, cookie: '', accesses: iins.filter((__, k) => k % CLIENTS === index), next: 0, signIns: 0,
    }));
    target = new HttpTarget(server.port, CLIENTS);
    const signIn = (c: Client, timed: Timed) => {
      const iin = c.accesses[c.next % c.accesses.length]!;
      c.next += 1;
      return timed('/api/enp/sign-in', `oryndau_csrf=${c.csrf}`, { body: { iin, password }, headers: { 'x-csrf-token': c.csrf } });
    };

    const serverPid = server.child.pid ?? 0;
    const postmasterPid = parentPid(Number(((await client.query('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number }).pid));
    const cpuOf = new Map<PhaseStats, CpuSplit>();
    const measured = async (name: string, seconds: number, step: (c: Client, timed: Timed) => Promise<void>, who = clients) => {
      const before = cpuSnapshot(serverPid, postmasterPid);
      const stats = await runPhase(name, who, seconds, step, target!);
      cpuOf.set(stats, cpuSplit(before, cpuSnapshot(serverPid, postmasterPid)));
      return stats;
    };

    say(`running: scrypt floor ${FLOOR_SECONDS} s, sign-ins ${SIGNIN_SECONDS} s, scrypt floor ${FLOOR_SECONDS} s, case page and bare endpoint ${SECONDS} s each`);
    const floorBefore = await scryptFloor(passwordHash, FLOOR_SECONDS);
    const signIns = await measured('sign-in (POST /api/enp/sign-in)', SIGNIN_SECONDS, async (c, timed) => {
      if ((await signIn(c, timed)).status === 200) c.signIns += 1;
    }, clients.slice(0, SIGNIN_CLIENTS));
    const floorAfter = await scryptFloor(passwordHash, FLOOR_SECONDS);
    const rawHashPerSecOneCore = (floorBefore.perSec + floorAfter.perSec) / 2;
    const signedIn = clients.reduce((a, c) => a + c.signIns, 0);
    const signInsPerSec = signedIn / signIns.seconds;

    // Every case-page client signs in through the route once; its ЭНП cookie is what the page needs.
    for (const c of clients) {
      const answer = await signIn(c, (path, cookie, post) => target!.post(path, post!.body, { ...post!.headers, cookie: cookie! }));
      const enpCookie = enpCookieOf(answer);
      if (answer.status !== 200 || !enpCookie) throw new Error(`client ${c.index} could not sign in (${answer.status}): ${answer.body.slice(0, 300)}`);
      c.cookie = enpCookie;
      const probe = await target.get('/api/enp/case', c.cookie);
      if (probe.status !== 200) throw new Error(`client ${c.index}: case page ${probe.status}: ${probe.body.slice(0, 300)}`);
    }
    const casePageStep = async (c: Client, timed: Timed) => { await timed('/api/enp/case', c.cookie); };
    if (WARMUP_SECONDS > 0) await runPhase('warm-up', clients, WARMUP_SECONDS, casePageStep, target);
    const casePage = await measured('case page (GET /api/enp/case)', SECONDS, casePageStep);
    // No ЭНП cookie: the bench server's one-query route is what the case page is compared with.
    const bare = await measured('bare /bench/bare (SELECT 1)', SECONDS, async (c, timed) => { await timed('/bench/bare', `oryndau_csrf=${c.csrf}`); });
    const phases = [signIns, casePage, bare];

    // The plan of the page's statement (session + case view) for one signed-in client, on the warm cache the load left.
    const mine = (await client.query(`SELECT s.token_hash, a.case_id, a.category FROM enp_sessions s JOIN enp_accesses a ON a.id = s.access_id
      WHERE a.iin = $1 AND a.replaced_at IS NULL ORDER BY s.created_at DESC LIMIT 1`, [clients[0]!.accesses[0]]))
      .rows[0] as { token_hash: string; case_id: string; category: string } | undefined;
    if (mine) {
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${ENP_SESSION_CASE_VIEW_SQL}`, [mine.token_hash]);
      say('');
      say(`plan of the case page's statement (findEnpSessionCaseView, case ${mine.case_id}, ${mine.category}):`);
      for (const row of plan.rows as { 'QUERY PLAN': string }[]) say(row['QUERY PLAN']);
      // The server prepares its statements by name (postgres.ts): does PostgreSQL settle on a generic plan, or plan every call?
      await client.query(`PREPARE bench_case_view AS ${ENP_SESSION_CASE_VIEW_SQL}`);
      const t1 = performance.now();
      for (let i = 0; i < 20; i++) await client.query(`EXECUTE bench_case_view('${mine.token_hash}')`);
      const each = (performance.now() - t1) / 20;
      const plans = (await client.query(`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = 'bench_case_view'`))
        .rows[0] as { generic_plans: string; custom_plans: string };
      say(`prepared, 20 executions: ${plans.generic_plans} generic and ${plans.custom_plans} custom plans, ${each.toFixed(2)} ms a round trip`);
      await client.query('DEALLOCATE bench_case_view');
    }

    say('');
    say(`results (${CASES.toLocaleString('en')} cases, ${seed.participants.toLocaleString('en')} participants, ${CLIENTS} concurrent clients):`);
    for (const line of phaseTable(phases)) say(line);
    say('');
    say(`scrypt floor (N = 2^${LOG2N}, r 8, p 1; one core, server idle): ${floorBefore.perSec.toFixed(2)}/s before, `
      + `${floorAfter.perSec.toFixed(2)}/s after → ${rawHashPerSecOneCore.toFixed(2)}/s`);
    say(`sign-ins: ${signedIn} in ${signIns.seconds.toFixed(1)} s = ${signInsPerSec.toFixed(2)}/s = ${(signInsPerSec / rawHashPerSecOneCore).toFixed(2)} × the floor`);
    say(`case page: p99 ${casePage.p99Ms.toFixed(1)} ms, ${casePage.rps.toFixed(0)} req/s = ${(casePage.rps / bare.rps).toFixed(2)} × the bare endpoint`
      + ` (${bare.rps.toFixed(0)} req/s)`);
    say('');
    say('CPU during each phase, average cores busy (the machine has 2; "other" = processes outside this benchmark):');
    for (const p of phases) {
      const cpu = cpuOf.get(p);
      if (cpu) say(`  ${p.name.padEnd(34)} server ${cpu.serverCores.toFixed(2)}  postgres ${cpu.postgresCores.toFixed(2)}`
        + `  load generator ${cpu.loadCores.toFixed(2)}  other ${cpu.otherCores.toFixed(2)}`);
    }
    const busiest = Math.max(...phases.map((p) => cpuOf.get(p)?.otherCores ?? 0));
    if (busiest > 0.25) say(`WARNING: other processes kept up to ${busiest.toFixed(2)} cores busy during the phases; the figures understate this system.`);
    for (const p of phases) for (const s of p.errorSamples) say(`error (${p.name}): ${s}`);

    const requests = phases.reduce((a, p) => a + p.requests, 0);
    const errors = phases.reduce((a, p) => a + p.errors, 0);
    const checks = {
      casePageP99: casePage.p99Ms <= TARGET.p99Ms,
      casePageOfBare: casePage.rps >= TARGET.ofBare * bare.rps,
      signInsOfFloor: signInsPerSec >= TARGET.ofFloor * rawHashPerSecOneCore,
      errors: requests > 0 && errors / requests <= TARGET.maxErrorShare,
    };
    for (const [name, passed] of Object.entries(checks)) if (!passed) say(`FAIL: ${name}`);
    const ok = Object.values(checks).every(Boolean);
    const cpuJson = (p: PhaseStats) => {
      const cpu = cpuOf.get(p);
      return cpu ? { server: round(cpu.serverCores), postgres: round(cpu.postgresCores), loadGenerator: round(cpu.loadCores), other: round(cpu.otherCores) }
        : null;
    };
    const figures = (p: PhaseStats) => ({ p50Ms: round(p.p50Ms), p90Ms: round(p.p90Ms), p99Ms: round(p.p99Ms), maxMs: round(p.maxMs),
      rps: round(p.rps, 1), requests: p.requests, errors: p.errors, cpuCores: cpuJson(p) });
    say(JSON.stringify({
      cases: CASES, participants: seed.participants, accesses: seed.accesses, clients: CLIENTS, signInClients: SIGNIN_CLIENTS, secondsPerPhase: SECONDS, passwordHashLog2N: LOG2N,
      casePage: figures(casePage), bareEndpoint: figures(bare), signIn: figures(signIns),
      signInsPerSec: round(signInsPerSec), rawHashPerSecOneCore: round(rawHashPerSecOneCore),
      casePageOfBare: round(casePage.rps / bare.rps, 3), signInsOfFloor: round(signInsPerSec / rawHashPerSecOneCore, 3),
      targets: TARGET, checks, seedSeconds: round(seed.seconds, 1), ok,
    }));
    return ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`bench:enp failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    if (server) process.stderr.write(`server stderr (tail):\n${server.stderr()}\n`);
    return 1;
  } finally {
    await cleanup();
  }
}

process.exit(await main());
