import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { loadConfig } from '../../apps/server/src/config';
import type { Config } from '../../apps/server/src/config';
import { startSystem } from '../../apps/server/src/system';
import type { System } from '../../apps/server/src/system';
import { fixedClock } from '../../packages/domain/src/index';
import type { Clock } from '../../packages/domain/src/index';
import type { DatabaseKind } from '../../packages/db/src/index';
import { ENGINES, openMigrated } from './databases';

type FixedClock = ReturnType<typeof fixedClock>;

/** The whole server on a fresh database of the given engine, no network. */
export async function startTestSystem(
  kind: DatabaseKind, env: Record<string, string> = {}, clock?: Clock,
): Promise<{ system: System; config: Config; url: string | null }> {
  const { db, url } = await openMigrated(kind);
  // Each system gets its own dev PKI directory (its own CRLs and revocations); demo key files only when a test asks.
  const pkiDir = mkdtempSync(join(tmpdir(), 'oryndau-pki-'));
  const template = pkiTemplate(env, clock);
  if (template !== null && existsSync(template)) cpSync(template, pkiDir, { recursive: true });
  const config = loadConfig({
    NODE_ENV: 'test', DEV_MODE: 'true', PASSWORD_HASH_LOG2N: '12', DATA_DIR: '/nonexistent', WEB_DIST: '/nonexistent',
    PKI_DIR: pkiDir, DEMO_KEYS: 'false', ...env,
  });
  const system = await startSystem({ config, db, worker: false, ...(clock ? { clock } : {}) });
  if (template !== null && !existsSync(template)) keepAsTemplate(pkiDir, template);
  return { system, config, url };
}

/**
 * Where the dev PKI of a system started at the clock's instant with this
 * environment is kept as it was right after start (the CAs, the system key,
 * the demo key files, the CRLs published then), for the next such system to
 * start from a copy: making them is seconds of key generation (demo keys:
 * ≈ 10 s), the same for every suite on the harness's fixed clock. Null for a
 * system on the real clock (certificates are made at "now") or with its own
 * PKI_DIR. The directory is the run's (test/harness/global-postgres.ts).
 */
function pkiTemplate(env: Record<string, string>, clock: Clock | undefined): string | null {
  if (clock === undefined || 'PKI_DIR' in env) return null;
  const key = JSON.stringify({ at: clock.now().toISOString(), env: Object.entries(env).sort(([a], [b]) => a.localeCompare(b)) });
  return join(inject('pkiTemplatesDir'), createHash('sha256').update(key).digest('hex').slice(0, 24));
}

/** Copies the directory in under a private name and renames it into place: two test processes may race, the first wins. */
function keepAsTemplate(pkiDir: string, template: string): void {
  const partial = `${template}.${process.pid}`;
  cpSync(pkiDir, partial, { recursive: true });
  try {
    renameSync(partial, template);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** A browser-like client: keeps cookies, sends the CSRF header, picks a language. */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(private readonly system: System, public language: 'kk' | 'ru' = 'ru') {}

  async request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { 'accept-language': this.language, ...(options.headers as Record<string, string>) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('oryndau_csrf');
    if (csrf && options.method && options.method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = csrf;
    const response = await this.system.app.inject({ ...options, headers });
    for (const cookie of response.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const cleared = cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (cleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get(url: string) { return this.request({ method: 'GET', url }); }
  post(url: string, payload?: unknown) { return this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }); }
  put(url: string, payload?: unknown) { return this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }); }

  async signIn(iin: string, password = 'Oryndau2026') {
    if (!this.cookies.has('oryndau_csrf')) await this.get('/api/session');
    return this.post('/api/auth/login', { iin, password });
  }

  cookie(name: string) { return this.cookies.get(name); }
}

/** Runs a suite against the whole server on PGlite and on PostgreSQL 15. */
export function describeSystemOnEachEngine(
  title: string,
  body: (ctx: { system: () => System; client: (language?: 'kk' | 'ru') => TestClient; clock: FixedClock }) => void,
  env: Record<string, string> = {},
): void {
  for (const kind of ENGINES) {
    describe(`${title} [${kind}]`, () => {
      let started: System | undefined;
      const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
      beforeAll(async () => {
        started = (await startTestSystem(kind, env, clock)).system;
      });
      afterAll(async () => {
        await started?.stop();
      });
      const system = () => {
        if (!started) throw new Error('system not started');
        return started;
      };
      body({ system, client: (language = 'ru') => new TestClient(system(), language), clock });
    });
  }
}
