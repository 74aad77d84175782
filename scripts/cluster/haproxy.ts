// Issue 18 item 6: HAProxy (Debian's package, /usr/sbin/haproxy) in front of
// the server processes — round robin, each backend checked with GET /health
// (a process whose database is unreachable answers 503 and leaves the pool),
// X-Forwarded-For added (the servers trust it from 127.0.0.1 only:
// TRUSTED_PROXIES). Runs in the foreground as our child (-db), its
// configuration generated into the cluster's directory.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export const HAPROXY = process.env.HAPROXY_BIN ?? '/usr/sbin/haproxy';

export type Haproxy = { port: number; url: string; child: ChildProcess; stop(): Promise<void> };

/** HAProxy is installed (the cluster test fails, never skips, when it is not: CI installs it — .ci/run). */
export function haproxyInstalled(): boolean {
  return spawnSync(HAPROXY, ['-v'], { encoding: 'utf8' }).status === 0;
}

export function haproxyConfig(port: number, backends: readonly number[]): string {
  return [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 5s',
    '  timeout client 120s',
    '  timeout server 120s',
    // A process slow to answer its check under load is still serving: three failed checks of 3 s each take it out (the soak).
    '  timeout check 3s',
    '  option http-keep-alive',
    '  option forwardfor',
    `frontend oryndau`,
    `  bind 127.0.0.1:${port}`,
    '  default_backend servers',
    'backend servers',
    '  balance roundrobin',
    '  option httpchk GET /health',
    // 503 (degraded: e.g. the database unreachable) takes a process out of the pool; 200 brings it back.
    '  http-check expect status 200',
    '  default-server inter 1s fall 3 rise 1',
    ...backends.map((p, i) => `  server s${i + 1} 127.0.0.1:${p} check`),
    '',
  ].join('\n');
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Starts HAProxy on `port` in front of `backends` (loopback ports); resolves once it accepts connections. */
export async function startHaproxy(dir: string, port: number, backends: readonly number[], name = 'haproxy'): Promise<Haproxy> {
  if (!haproxyInstalled()) throw new Error(`HAProxy not found at ${HAPROXY} (apt-get install haproxy)`);
  const config = join(dir, `${name}.cfg`);
  writeFileSync(config, haproxyConfig(port, backends));
  const child = spawn(HAPROXY, ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`HAProxy exited (${child.exitCode}): ${stderr}`);
    if (await portAccepts(port)) return { port, url: `http://127.0.0.1:${port}`, child, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`HAProxy did not listen on ${port} in 5 s: ${stderr}`);
}
