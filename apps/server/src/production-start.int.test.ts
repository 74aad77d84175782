import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../../test/harness/test-system';
import { loadConfig } from './config';
import { startSystem } from './system';

// Issue 11 item 2: `NODE_ENV=production` on an empty data directory used to
// seed the demo administrator (800101300006 / Oryndau2026) and demo keys.
// Runs on PGlite in a real data directory, as `npm start` does; the CLI runs
// as its own process against that directory while the server is stopped.

const DEMO_ADMIN = '800101300006';
const NEW_ADMIN = '870412300017';
const PASSWORD = 'Тау 7 жасыл алма, Есілге';
const CLI = 'packages/cli/bin/oryndau.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'oryndau-prod-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const productionEnv = {
  NODE_ENV: 'production', DATA_DIR: dataDir, WEB_DIST: '/nonexistent', PASSWORD_HASH_LOG2N: '12',
  // Asked for, and ignored: production never seeds demo data nor issues demo keys.
  SEED_DEMO: 'true', DEMO_KEYS: 'true',
};

const cli = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], {
  encoding: 'utf8', input: input ?? '',
  env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', PASSWORD_HASH_LOG2N: '12', SYSTEM_ORGANISATION_BIN: '' },
});

async function withProductionServer<T>(fn: (client: TestClient, system: Awaited<ReturnType<typeof startSystem>>) => Promise<T>): Promise<T> {
  const system = await startSystem({ config: loadConfig(productionEnv), worker: false });
  try {
    return await fn(new TestClient(system, 'ru'), system);
  } finally {
    await system.stop();
  }
}

describe('issue 11 item 2: production has no demo administrator; the first one comes from `oryndau admin create`', () => {
  it('issue 11 item 2 X-3: production on an empty data directory — no demo user (the demo login fails), no demo key file, a warning', async () => {
    const config = loadConfig(productionEnv);
    expect(config.seedDemo).toBe(false);
    expect(config.trust.demoKeys).toBe(false);
    expect(config.warnings.join('\n')).toMatch(/SEED_DEMO=true is ignored in production[\s\S]*DEMO_KEYS=true is ignored in production/);
    await withProductionServer(async (client, system) => {
      const login = await client.signIn(DEMO_ADMIN, 'Oryndau2026');
      expect(login.statusCode).toBe(401);
      expect(login.json().code).toBe('auth.invalid_credentials');
      expect((await system.db.query('SELECT iin FROM users')).rows).toEqual([]);
      // Reference data is still there: the system organisation, the calendar, the templates.
      expect((await system.db.query("SELECT id, kind FROM organisations")).rows).toEqual([{ id: 'system', kind: 'system' }]);
      expect((await system.db.query('SELECT count(*)::int AS n FROM calendar_days')).rows[0]).toMatchObject({ n: expect.any(Number) });
    });
    const files = readdirSync(dataDir, { recursive: true }).map(String);
    expect(files.filter((f) => /demo-keys|\.p12$/.test(f))).toEqual([]);
    expect(existsSync(join(dataDir, 'pki'))).toBe(false);
  });

  it('issue 11 item 2 X-3: `admin create` reads the password from stdin; the administrator signs in to production; X-2: journalled', async () => {
    const created = cli(['admin', 'create', '--iin', NEW_ADMIN, '--name', 'Әбенова Гүлнар Серікқызы', '--locale', 'ru', '--data-dir', dataDir], `${PASSWORD}\n`);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`ИИН ${NEW_ADMIN}`);
    expect(created.stdout).not.toContain(PASSWORD);
    await withProductionServer(async (client, system) => {
      const login = await client.signIn(NEW_ADMIN, PASSWORD);
      expect(login.statusCode).toBe(200);
      expect(login.json().user).toMatchObject({ iin: NEW_ADMIN, roles: ['admin'], locale: 'ru', organisation: { id: 'system' } });
      expect((await client.get('/api/journal')).statusCode).toBe(200);
      const entry = await system.db.query<{ action: string; object_id: string; details: Record<string, unknown> }>(
        "SELECT action, object_id, details FROM journal WHERE action = 'user.create'");
      expect(entry.rows).toHaveLength(1);
      expect(entry.rows[0]!.details).toMatchObject({ iin: NEW_ADMIN, roles: ['admin'], organisationId: 'system', via: 'cli' });
      expect(JSON.stringify(entry.rows[0])).not.toContain(PASSWORD);
      expect((await client.signIn(DEMO_ADMIN, 'Oryndau2026')).statusCode).toBe(401);
    });
  });

  it('issue 11 item 2 X-3: a password on the command line is refused and never echoed; nothing is created', () => {
    for (const args of [['--password', 'Secret-pass-12345'], ['--password=Secret-pass-12345'], ['-p', 'Secret-pass-12345']]) {
      const result = cli(['admin', 'create', '--iin', '920707300005', '--name', 'Исабеков Данияр', '--data-dir', dataDir, ...args], `${PASSWORD}\n`);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Пароль не принимается в командной строке');
      expect(result.stderr + result.stdout).not.toContain('Secret-pass-12345');
    }
    const stray = cli(['admin', 'create', 'Secret-pass-12345', '--iin', '920707300005', '--name', 'Исабеков Данияр', '--data-dir', dataDir], `${PASSWORD}\n`);
    expect(stray.status).toBe(2);
    expect(stray.stderr + stray.stdout).not.toContain('Secret-pass-12345');
  });

  it('issue 11 item 2 X-3: a taken IIN, an invalid IIN and a weak password are refused with kk and ru reasons', async () => {
    const duplicate = cli(['admin', 'create', '--iin', NEW_ADMIN, '--name', 'Басқа Адам', '--data-dir', dataDir], `${PASSWORD}\n`);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain(`ИИН ${NEW_ADMIN} уже принадлежит пользователю`);
    expect(duplicate.stderr).toContain(`ЖСН ${NEW_ADMIN} бар пайдаланушыға тиесілі`);
    const invalid = cli(['admin', 'create', '--iin', '870412300016', '--name', 'Басқа Адам', '--data-dir', dataDir], `${PASSWORD}\n`);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('ИИН 870412300016 неверен');
    const weak = cli(['admin', 'create', '--iin', '920707300005', '--name', 'Исабеков Данияр', '--data-dir', dataDir], 'Oryndau2026\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('Пароль слишком простой или общеизвестный');
    expect(weak.stderr).toContain('Пароль должен содержать не менее 12 символов');
    const mismatch = cli(['admin', 'create', '--iin', '920707300005', '--name', 'Исабеков Данияр', '--data-dir', dataDir], `${PASSWORD}\n${PASSWORD}x\n`);
    expect(mismatch.status).toBe(1);
    expect(mismatch.stderr).toContain('Пароли не совпадают');
    await withProductionServer(async (_client, system) => {
      expect((await system.db.query('SELECT iin, full_name FROM users')).rows).toEqual([{ iin: NEW_ADMIN, full_name: 'Әбенова Гүлнар Серікқызы' }]);
    });
  });
});
