// Process and measurement helpers of bench:simplified: the server child
// processes (start, ask, stop), HTTP posts, the pg client as `Sql`, the CPU
// split of a phase, and a one-thread rate.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { DEV_ERAP_TOKEN } from '../../apps/server/src/config';
import type { Row, Sql } from '../../packages/db/src/index';
import type { CpuSnapshot } from './cpu';
import { stopChild } from './stop-on-signals';

export type Answer = Record<string, unknown> & { event: string };
export type ServerChild = { child: ChildProcess; port: number; stderr: () => string; next: () => Promise<Answer>; send: (command: object) => void };

/** Node flags every server process runs with, as `npm start` runs it. */
export const SERVER_NODE_ARGS = '--max-semi-space-size=64';

/** A server child process running `script` (bench:simplified's by default; bench:enp passes the plain server.ts). */
export function startServer(env: Record<string, string>, script: URL = new URL('./simplified-server.ts', import.meta.url)): Promise<ServerChild> {
  // BENCH_SERVER_NODE_ARGS: extra Node flags for the server processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  // The young generation as `npm start` sizes it (docs/scaling.md, "Simplified intake"): a batch's short-lived objects die young.
  const nodeArgs = [SERVER_NODE_ARGS, ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/)].filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', fileURLToPath(script)], { stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env as Record<string, string>, ...env } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-8000); });
  const answers: Answer[] = [];
  const waiting: ((answer: Answer) => void)[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 180 s: ${stderr}`)), 180_000);
    let port = 0;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        port = Number(match[1]);
        resolve({
          child, port, stderr: () => stderr,
          send: (command) => child.stdin!.write(`${JSON.stringify(command)}\n`),
          next: () => new Promise((done) => {
            const ready = answers.shift();
            if (ready) done(ready);
            else waiting.push(done);
          }),
        });
        return;
      }
      if (!port || !line.startsWith('{')) return;
      const answer = JSON.parse(line) as Answer;
      const waiter = waiting.shift();
      if (waiter) waiter(answer);
      else answers.push(answer);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${stderr}`));
      for (const waiter of waiting.splice(0)) waiter({ event: 'error', message: `server exited (${code}): ${stderr}` });
    });
  });
}

export async function stopServer(server: ServerChild): Promise<void> {
  await stopChild(server.child);
}

export { stopChild };

export async function ask(server: ServerChild, command: object): Promise<Answer> {
  server.send(command);
  const answer = await server.next();
  if (answer.event === 'error') throw new Error(`server: ${String(answer.message)}`);
  return answer;
}

export function post(agent: http.Agent, port: number, path: string, body: unknown): Promise<{ status: number; body: string }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: {
      'content-type': 'application/json', 'content-length': payload.length, authorization: `Bearer ${DEV_ERAP_TOKEN}`, accept: 'application/json',
    } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
}

/** The pg client as the project's `Sql` (for the journal check). */
export function asSql(client: pg.Client): Sql {
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

export type Cpu = { servers: number; postgres: number; bench: number; other: number };

export function cpuOf(before: CpuSnapshot[], after: CpuSnapshot[]): Cpu {
  const [b0, a0] = [before[0]!, after[0]!];
  const wall = (a0.at - b0.at) / 1000;
  const servers = after.reduce((sum, a, i) => sum + (a.server - before[i]!.server), 0) / wall;
  const postgres = (a0.postgres - b0.postgres) / wall;
  const bench = (a0.self - b0.self) / wall;
  return { servers, postgres, bench, other: Math.max(0, (a0.machine - b0.machine) / wall - servers - postgres - bench) };
}

export const cpuLine = (cpu: Cpu) => `servers ${cpu.servers.toFixed(2)}  postgres ${cpu.postgres.toFixed(2)}  bench ${cpu.bench.toFixed(2)}`
  + `  other ${cpu.other.toFixed(2)} (cores busy, of 2)`;

/** Runs `op` back to back for `seconds` (after a few warm-up calls) on this process's one thread. */
export async function rate(seconds: number, op: () => Promise<unknown>): Promise<{ perSec: number; count: number; cpuCores: number }> {
  for (let i = 0; i < 10; i++) await op();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let count = 0;
  while (performance.now() - t0 < seconds * 1000) {
    await op();
    count += 1;
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  return { perSec: count / wall, count, cpuCores: (cpu.user + cpu.system) / 1e6 / wall };
}
