// `npm run bench:enforcement`: seeds a throwaway PostgreSQL 15 with
// BENCH_PROCEEDINGS (default 1,000,000) enforcement proceedings, starts the
// server on it in its own process, and drives it with BENCH_CLIENTS (50)
// signed-in bailiffs for BENCH_SECONDS (15) per phase: the «На исполнении»
// queue page (following nextCursor up to 5 pages), search by debtor IIN, and
// the bare single-query endpoint /bench/bare (exactly one SELECT 1 through
// the app's own stack; scripts/bench/server.ts — /health runs several queries
// since issue 12, so it is no floor). Prints a table, the plans of the
// two list queries, and as its last line one JSON object with the figures.
// Exits 1 when more than 1 % of the requests were not 2xx.
//
// Issue 18 item 6: then the queue page and the debtor search again with 1
// and with 2 server processes, both through HAProxy (scripts/bench/scaling.ts),
// and the scaling factor; BENCH_SCALING=false skips it, BENCH_SCALING_SECONDS
// (default BENCH_SECONDS) is its time per phase and process count.
//
// Other knobs: BENCH_WARMUP_SECONDS (3, not counted); BENCH_SERVER_NODE_ARGS,
// extra Node flags for the server process (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
// The machine's CPU split per phase is printed too: on 2 cores the server,
// PostgreSQL and the load generator share the CPU, and anything else running
// at the same time lowers the figures (the run warns when it did).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Row, Sql } from '../packages/db/src/index';
import { createSession } from '../apps/server/src/identity/sessions';
import { CSRF_COOKIE, csrfTokenOf } from '../apps/server/src/http/session';
import { startCluster } from '../test/harness/postgres-cluster';
import type { Cluster } from '../test/harness/postgres-cluster';
import { cpuSnapshot, cpuSplit, parentPid } from './bench/cpu';
import type { CpuSplit } from './bench/cpu';
import { HttpTarget, runPhase } from './bench/load';
import type { PhaseStats } from './bench/load';
import { debtorSearchQuery, explain, explainGeneric, queuePageQuery } from './bench/queries';
import { DEMO_PRIVATE_BAILIFF_IIN, seedEnforcement } from './bench/seed';
import { cleanUpOnInterrupt, stopChild } from './bench/stop-on-signals';
import { knob } from './bench/knob';
import { measureScaling } from './bench/scaling';
import type { Scaling } from './bench/scaling';

const PROCEEDINGS = Math.round(knob('BENCH_PROCEEDINGS', 1_000_000, 1000));
const CLIENTS = Math.round(knob('BENCH_CLIENTS', 50, 1));
const SECONDS = knob('BENCH_SECONDS', 15, 0.5);
const WARMUP_SECONDS = knob('BENCH_WARMUP_SECONDS', 3, 0);
const MAX_ERROR_SHARE = 0.01;
const SCALING = process.env.BENCH_SCALING !== 'false';
const SCALING_SECONDS = knob('BENCH_SCALING_SECONDS', SECONDS, 0.5);
const QUEUE_STATUS = 'initiated'; // queue=inExecution
const PAGES_PER_WALK = 5;
const SEARCH_IINS = 5000;
const SESSION_POLICY = { idleMinutes: 120, maxHours: 12 };

const say = (line = '') => process.stdout.write(`${line}\n`);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

type VirtualClient = {
  index: number; bailiffId: string; iin: string; initiated: number; cookie: string; bareCookie: string;
  cursor: string | null; page: number; iins: string[]; nextIin: number; searches: number; hits: number;
};

type ServerChild = { child: ChildProcess; port: number; stderr: () => string };

function startServer(databaseUrl: string, dataDir: string): Promise<ServerChild> {
  const script = fileURLToPath(new URL('./bench/server.ts', import.meta.url));
  const env: Record<string, string> = {
    ...process.env as Record<string, string>,
    NODE_ENV: 'development', DATABASE_URL: databaseUrl, PORT: '0', SEED_DEMO: 'true', DEMO_KEYS: 'false', ALLOW_TEST_PKI: 'false',
    PASSWORD_HASH_LOG2N: '10', RATE_PER_MINUTE: '100000000', LOGIN_RATE_PER_MINUTE: '100000000', WEB_DIST: '/nonexistent',
    DATA_DIR: dataDir, PKI_DIR: join(dataDir, 'pki'), DEV_MODE: 'false', SESSION_IDLE_MINUTES: String(SESSION_POLICY.idleMinutes),
    SESSION_MAX_HOURS: String(SESSION_POLICY.maxHours), BENCH_BARE_ROUTE: 'true',
  };
  // BENCH_SERVER_NODE_ARGS: extra Node flags for the server process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-8000); });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s: ${stderr}`)), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), stderr: () => stderr });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${stderr}`));
    });
  });
}

async function stopServer(server: ServerChild): Promise<void> {
  await stopChild(server.child);
}

/** The pg client as the project's `Sql`, to create sessions the way the server does. */
function asSql(client: pg.Client): Sql {
  return {
    async query<T extends Row = Row>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, [...params]);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(script: string) {
      await client.query(script);
    },
  };
}

/** The demo private bailiff plus bailiffs spread over the load range (heaviest to lightest), all with initiated proceedings. */
async function chooseBailiffs(client: pg.Client, count: number) {
  const result = await client.query(`
    SELECT p.bailiff_id AS id, u.iin, count(*)::int AS initiated
      FROM proceedings p JOIN users u ON u.id = p.bailiff_id
     WHERE p.status = $1 GROUP BY p.bailiff_id, u.iin ORDER BY count(*) DESC, u.iin`, [QUEUE_STATUS]);
  const all = result.rows as { id: string; iin: string; initiated: number }[];
  const demo = all.find((b) => b.iin === DEMO_PRIVATE_BAILIFF_IIN);
  const others = all.filter((b) => b !== demo);
  if (others.length + (demo ? 1 : 0) < count) throw new Error(`only ${all.length} bailiffs have initiated proceedings; ${count} clients asked for`);
  const chosen = demo ? [demo] : [];
  const wanted = count - chosen.length;
  for (let i = 0; i < wanted; i++) {
    const bailiff = others[Math.floor((i * others.length) / wanted)];
    if (bailiff) chosen.push(bailiff);
  }
  return chosen;
}

async function createClients(client: pg.Client, count: number): Promise<VirtualClient[]> {
  const bailiffs = await chooseBailiffs(client, count);
  const sql = asSql(client);
  const now = new Date();
  const clients: VirtualClient[] = [];
  for (const [index, bailiff] of bailiffs.entries()) {
    const token = await createSession(sql, bailiff.id, now, SESSION_POLICY, { ip: '127.0.0.1', userAgent: 'bench-enforcement' });
    // The CSRF cookie a browser holds after its first answer (the session's token); any other value makes the server
    // set it again on every request — work no browser causes, which earlier runs measured as the page's cost.
    const csrf = `${CSRF_COOKIE}=${csrfTokenOf(token)}`;
    clients.push({ index, bailiffId: bailiff.id, iin: bailiff.iin, initiated: bailiff.initiated, cookie: `oryndau_sid=${token}; ${csrf}`,
      bareCookie: `${CSRF_COOKIE}=bench-${index}`, cursor: null, page: 0, iins: [], nextIin: 0, searches: 0, hits: 0 });
  }
  // 5,000 debtor IINs known to exist: 90 % from the client's own «На исполнении» list, 10 % from the whole register.
  const perClient = Math.ceil(SEARCH_IINS / clients.length);
  const own = Math.ceil(perClient * 0.9);
  const global = await client.query(`SELECT identifier FROM proceeding_parties TABLESAMPLE BERNOULLI (1) WHERE role = 'debtor' LIMIT $1`,
    [SEARCH_IINS]);
  const globalIins = (global.rows as { identifier: string }[]).map((r) => r.identifier);
  for (const c of clients) {
    const mine = await client.query(`
      SELECT x.identifier FROM proceedings p JOIN proceeding_parties x ON x.proceeding_id = p.id AND x.role = 'debtor'
       WHERE p.bailiff_id = $1 AND p.status = $2 ORDER BY random() LIMIT $3`, [c.bailiffId, QUEUE_STATUS, own]);
    c.iins = (mine.rows as { identifier: string }[]).map((r) => r.identifier);
    while (c.iins.length < perClient && globalIins.length) c.iins.push(globalIins[(c.index * perClient + c.iins.length) % globalIins.length]!);
    if (c.iins.length === 0) throw new Error(`no debtor IINs to search for client ${c.iin}`);
    // Shuffle so own and foreign debtors interleave.
    for (let i = c.iins.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [c.iins[i], c.iins[j]] = [c.iins[j]!, c.iins[i]!];
    }
  }
  return clients;
}

type Timed = (path: string, cookie: string | null) => Promise<{ status: number; body: string }>;

async function queueStep(c: VirtualClient, timed: Timed): Promise<void> {
  const after = c.cursor ? `&after=${encodeURIComponent(c.cursor)}` : '';
  const response = await timed(`/api/enforcement/proceedings?queue=inExecution&limit=25${after}`, c.cookie);
  const next = response.status === 200 ? (JSON.parse(response.body) as { nextCursor: string | null }).nextCursor : null;
  c.page += 1;
  if (next && c.page < PAGES_PER_WALK) c.cursor = next;
  else {
    c.cursor = null;
    c.page = 0;
  }
}

async function searchStep(c: VirtualClient, timed: Timed): Promise<void> {
  const iin = c.iins[c.nextIin % c.iins.length]!;
  c.nextIin += 1;
  const response = await timed(`/api/enforcement/proceedings?queue=inExecution&debtor=${iin}`, c.cookie);
  c.searches += 1;
  if (response.status === 200 && (JSON.parse(response.body) as { items: unknown[] }).items.length > 0) c.hits += 1;
}

async function bareStep(c: VirtualClient, timed: Timed): Promise<void> {
  // No session cookie: the session hook would add two queries to the one under test.
  await timed('/bench/bare', c.bareCookie);
}

function phaseTable(phases: PhaseStats[]): string[] {
  const header = ['phase', 'requests', 'req/s', 'mean ms', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors'];
  const rows = phases.map((p) => [p.name, String(p.requests), p.rps.toFixed(1), p.meanMs.toFixed(2), p.p50Ms.toFixed(2), p.p90Ms.toFixed(2),
    p.p99Ms.toFixed(2), p.maxMs.toFixed(2), String(p.errors)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

async function describeData(client: pg.Client): Promise<string[]> {
  const lines: string[] = [];
  const count = async (text: string) => Number(((await client.query(text)).rows[0] as { n: string }).n);
  for (const table of ['users', 'bailiff_profiles', 'executive_documents', 'proceedings', 'proceeding_parties', 'proceeding_tasks', 'sessions']) {
    lines.push(`  ${table.padEnd(22)} ${String(await count(`SELECT count(*) AS n FROM ${table}`)).padStart(10)}`);
  }
  const statuses = await client.query(`SELECT status, count(*)::int AS n FROM proceedings GROUP BY status ORDER BY n DESC`);
  const total = (statuses.rows as { n: number }[]).reduce((a, r) => a + r.n, 0);
  lines.push(`  statuses: ${(statuses.rows as { status: string; n: number }[]).map((r) => `${r.status} ${(100 * r.n / total).toFixed(1)}%`).join(', ')}`);
  const load = (await client.query(`
    SELECT max(n)::int AS max, percentile_disc(0.5) WITHIN GROUP (ORDER BY n)::int AS median, min(n)::int AS min, count(*)::int AS bailiffs,
           count(*) FILTER (WHERE n >= 4000)::int AS heavy
      FROM (SELECT bailiff_id, count(*) AS n FROM proceedings GROUP BY bailiff_id) b`)).rows[0] as Record<string, number>;
  lines.push(`  proceedings per bailiff: max ${load.max}, median ${load.median}, min ${load.min} over ${load.bailiffs} bailiffs (${load.heavy} with ≥ 4,000)`);
  const demo = (await client.query(`SELECT count(*) FILTER (WHERE p.status = 'initiated')::int AS initiated, count(*)::int AS total
    FROM proceedings p JOIN users u ON u.id = p.bailiff_id WHERE u.iin = $1`, [DEMO_PRIVATE_BAILIFF_IIN])).rows[0] as Record<string, number>;
  lines.push(`  demo private bailiff ${DEMO_PRIVATE_BAILIFF_IIN}: ${demo.initiated} initiated of ${demo.total}`);
  const debtors = (await client.query(`
    SELECT count(*)::int AS debtors, count(*) FILTER (WHERE n > 1)::int AS repeat, max(n)::int AS max
      FROM (SELECT identifier, count(*) AS n FROM proceeding_parties WHERE role = 'debtor' GROUP BY identifier) d`)).rows[0] as Record<string, number>;
  lines.push(`  debtors: ${debtors.debtors} distinct, ${debtors.repeat} in more than one proceeding (max ${debtors.max})`);
  const due = await count(`SELECT count(*) AS n FROM proceedings WHERE next_due_date IS NOT NULL`);
  lines.push(`  next_due_date set on ${due} proceedings (${(100 * due / total).toFixed(1)}%)`);
  const size = (await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`)).rows[0] as { s: string };
  const settings = await client.query(`SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_connections', 'fsync')`);
  lines.push(`  database size ${size.s}; ${(settings.rows as { name: string; setting: string; unit: string | null }[])
    .map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ')}`);
  return lines;
}

async function main(): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'oryndau-bench-'));
  let cluster: Cluster | null = null;
  let server: ServerChild | null = null;
  let second: ServerChild | null = null;
  let client: pg.Client | null = null;
  let target: HttpTarget | null = null;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    target?.close();
    await client?.end().catch(() => undefined);
    if (server) await stopServer(server).catch(() => undefined);
    if (second) await stopServer(second).catch(() => undefined);
    try {
      cluster?.stop();
    } catch (error) {
      process.stderr.write(`cluster stop: ${String(error)}\n`);
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  cleanUpOnInterrupt('the server and the cluster', cleanup);

  try {
    say(`bench:enforcement — ${PROCEEDINGS.toLocaleString('en')} proceedings, ${CLIENTS} clients, ${SECONDS} s per phase (warm-up ${WARMUP_SECONDS} s)`);
    let t0 = performance.now();
    cluster = await startCluster();
    say(`PostgreSQL 15 cluster started (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    t0 = performance.now();
    server = await startServer(cluster.url, scratch);
    say(`server listening on 127.0.0.1:${server.port}, migrated with demo data (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

    client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const bailiffs = Math.min(2000, Math.max(100, Math.round(PROCEEDINGS / 500)));
    const demoInitiated = Math.max(100, Math.round(PROCEEDINGS * 0.003));
    say('seeding:');
    const seed = await seedEnforcement(client, {
      proceedings: PROCEEDINGS, bailiffs, debtorPool: Math.round(PROCEEDINGS * 0.6), demoInitiated,
      demoOther: Math.round(demoInitiated / 3), chunks: PROCEEDINGS >= 400_000 ? 4 : 1, now: new Date(), log: say,
    });
    say(`  ${'seed total'.padEnd(52)} ${seed.seconds.toFixed(1).padStart(6)} s`);
    say('data:');
    for (const line of await describeData(client)) say(line);

    const clients = await createClients(client, CLIENTS);
    target = new HttpTarget(server.port, CLIENTS);
    const heaviest = clients.reduce((a, b) => (b.initiated > a.initiated ? b : a));
    say(`clients: ${clients.length} bailiffs (cookie sessions), «На исполнении» sizes ${Math.min(...clients.map((c) => c.initiated))}`
      + `…${heaviest.initiated}; ${clients.reduce((a, c) => a + c.iins.length, 0)} debtor IINs to search`);

    // Every client must be signed in before anything is measured.
    for (const c of clients) {
      const probe = await target.get('/api/enforcement/proceedings?queue=inExecution&limit=1', c.cookie);
      if (probe.status !== 200) throw new Error(`client ${c.iin} is not served (${probe.status}): ${probe.body.slice(0, 300)}`);
    }
    if (WARMUP_SECONDS > 0) {
      await runPhase('warm-up', clients, WARMUP_SECONDS, (c, timed) => (c.index % 2 === 0 ? queueStep(c, timed) : searchStep(c, timed)), target);
      for (const c of clients) c.searches = c.hits = 0;
    }
    say(`running: queue page, debtor search, bare /bench/bare — ${SECONDS} s each`);
    const serverPid = server.child.pid ?? 0;
    const postmasterPid = parentPid(Number(((await client.query('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number }).pid));
    const cpuOf = new Map<PhaseStats, CpuSplit>();
    const measured = async (name: string, step: (c: VirtualClient, timed: Timed) => Promise<void>) => {
      const before = cpuSnapshot(serverPid, postmasterPid);
      const stats = await runPhase(name, clients, SECONDS, step, target!);
      cpuOf.set(stats, cpuSplit(before, cpuSnapshot(serverPid, postmasterPid)));
      return stats;
    };
    const queue = await measured('queue page (inExecution)', queueStep);
    const search = await measured('search by debtor IIN', searchStep);
    const bare = await measured('bare /bench/bare (SELECT 1)', bareStep);
    const phases = [queue, search, bare];
    const searches = clients.reduce((a, c) => a + c.searches, 0);
    const hitRate = searches ? clients.reduce((a, c) => a + c.hits, 0) / searches : 0;
    let scaling: Scaling | null = null;
    if (SCALING) {
      second = await startServer(cluster.url, scratch);
      say(`scaling: a second server process on 127.0.0.1:${second.port}; queue page and debtor search, ${SCALING_SECONDS} s each, 1 then 2 processes:`);
      scaling = await measureScaling({ ports: [server.port, second.port], clients, seconds: SCALING_SECONDS, say, warmupSeconds: Math.max(5, WARMUP_SECONDS),
        phases: [{ key: 'queuePage', name: 'queue page', step: queueStep }, { key: 'debtorSearch', name: 'debtor search', step: searchStep }] });
      await stopServer(second);
    }

    // Plans of the list queries for the heaviest signed-in bailiff, on the warm cache the load left.
    const cursorRow = (await client.query(`SELECT registered_at, id FROM proceedings WHERE bailiff_id = $1 AND status = $2
      ORDER BY registered_at DESC, id DESC OFFSET 99 LIMIT 1`, [heaviest.bailiffId, QUEUE_STATUS])).rows[0] as { registered_at: Date; id: string } | undefined;
    const specs = [
      queuePageQuery(heaviest.bailiffId, QUEUE_STATUS),
      ...(cursorRow ? [queuePageQuery(heaviest.bailiffId, QUEUE_STATUS, { at: new Date(cursorRow.registered_at).toISOString(), id: cursorRow.id })] : []),
      debtorSearchQuery(heaviest.bailiffId, QUEUE_STATUS, heaviest.iins.find(Boolean) ?? '000000000000'),
    ];
    say('');
    say(`query plans (bailiff ${heaviest.iin}, ${heaviest.initiated} initiated proceedings):`);
    for (const spec of specs) {
      say(`--- ${spec.title}: params ${JSON.stringify(spec.params)}`);
      say(await explain(client, spec));
    }
    // The server prepares its statements by name (packages/db postgres.ts): after five executions PostgreSQL may
    // settle on these generic plans.
    for (const spec of [specs[0], specs[specs.length - 1]]) {
      if (!spec) continue;
      say(`--- ${spec.title} as a prepared statement with a generic plan`);
      say(await explainGeneric(client, spec));
    }

    // The scaling runs count too: a process that fails behind HAProxy is an error of the run.
    const scaled = scaling ? [scaling.processes1, scaling.processes2].flatMap((f) => Object.values(f)) : [];
    const requests = phases.reduce((a, p) => a + p.requests, 0) + scaled.reduce((a, f) => a + f.requests, 0);
    const errors = phases.reduce((a, p) => a + p.errors, 0) + scaled.reduce((a, f) => a + f.errors, 0);
    const errorShare = requests ? errors / requests : 1;
    say('');
    say(`results (${PROCEEDINGS.toLocaleString('en')} proceedings, ${clients.length} concurrent clients, seed ${seed.seconds.toFixed(1)} s):`);
    for (const line of phaseTable(phases)) say(line);
    say('');
    say('CPU during each phase, average cores busy (the machine has 2; "other" = processes outside this benchmark):');
    for (const p of phases) {
      const cpu = cpuOf.get(p);
      if (cpu) say(`  ${p.name.padEnd(26)} server ${cpu.serverCores.toFixed(2)}  postgres ${cpu.postgresCores.toFixed(2)}`
        + `  load generator ${cpu.loadCores.toFixed(2)}  other ${cpu.otherCores.toFixed(2)}`);
    }
    const busiest = Math.max(...phases.map((p) => cpuOf.get(p)?.otherCores ?? 0));
    if (busiest > 0.25) say(`WARNING: other processes kept up to ${busiest.toFixed(2)} cores busy during the phases; the figures understate this system.`);
    say(`debtor searches that found the debtor in the bailiff's list: ${(100 * hitRate).toFixed(1)}%`);
    for (const p of phases) for (const sample of p.errorSamples) say(`error (${p.name}): ${sample}`);
    if (errorShare > MAX_ERROR_SHARE) say(`FAIL: ${errors} of ${requests} requests (${(100 * errorShare).toFixed(2)}%) were not 2xx`);
    const figures = (p: PhaseStats) => {
      const cpu = cpuOf.get(p);
      return {
        p50Ms: round(p.p50Ms), p90Ms: round(p.p90Ms), p99Ms: round(p.p99Ms), maxMs: round(p.maxMs), rps: round(p.rps, 1), requests: p.requests,
        errors: p.errors,
        ...(cpu ? { cpuCores: { server: round(cpu.serverCores), postgres: round(cpu.postgresCores), loadGenerator: round(cpu.loadCores),
          other: round(cpu.otherCores) } } : {}),
      };
    };
    say(JSON.stringify({
      proceedings: PROCEEDINGS, clients: clients.length, secondsPerPhase: SECONDS,
      queuePage: figures(queue), debtorSearch: { ...figures(search), hitRate: round(hitRate, 3) }, bareEndpoint: figures(bare),
      seedSeconds: round(seed.seconds, 1), errorShare: round(errorShare, 4), ok: errorShare <= MAX_ERROR_SHARE,
      ...(scaling ? { scalingFactor: scaling.scalingFactor, scaling } : {}),
    }));
    return errorShare > MAX_ERROR_SHARE ? 1 : 0;
  } catch (error) {
    process.stderr.write(`bench:enforcement failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    if (server) process.stderr.write(`server stderr (tail):\n${server.stderr()}\n`);
    return 1;
  } finally {
    await cleanup();
  }
}

process.exit(await main());
