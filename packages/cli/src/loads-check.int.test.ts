import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBailiffLoads, migrate, openPglite } from '@oryndau/db';
import { afterAll, describe, expect, it } from 'vitest';

// `oryndau loads check` on the embedded database (issue 18 item 4): the
// counters a distribution reads, recounted and compared; --repair sets them.
// The counters' upkeep itself is tested in apps/server/src/enforcement/bailiff-loads*.int.test.ts.

const BIN = 'packages/cli/bin/oryndau.mjs';
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
const USER = '00000000-0000-4000-8000-0000000000b1';

describe('oryndau loads check [pglite]', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oryndau-cli-loads-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ENF-12, issue 18 item 4: a consistent database passes; a drifted counter is named, exits 1, and --repair sets it to the recount', async () => {
    let db = await openPglite(join(dir, 'pglite'));
    await migrate(db);
    await db.query(`INSERT INTO users (id, iin, full_name, created_at) VALUES ($1, '880415400004', 'Сыздыкова Айгерим', now())`, [USER]);
    await db.close();
    const clean = run('loads', 'check', '--data-dir', dir);
    expect(clean.stdout, clean.stderr).toContain('agree with a recount');
    expect(clean.status).toBe(0);

    db = await openPglite(join(dir, 'pglite'));
    await db.query('INSERT INTO bailiff_loads (bailiff_id, open_proceedings) VALUES ($1, 2)', [USER]);
    await db.close();
    const drifted = run('loads', 'check', '--data-dir', dir, '--json');
    expect(drifted.status).toBe(1);
    expect(JSON.parse(drifted.stdout)).toEqual({ ok: false, repaired: false,
      mismatches: [{ bailiffId: USER, counter: 'open', day: null, kept: 2, recounted: 0 }] });
    const repaired = run('loads', 'check', '--data-dir', dir, '--repair');
    expect(repaired.stdout, repaired.stderr).toContain('1 counter(s) differ; all set to the recount');
    expect(repaired.status).toBe(0);
    db = await openPglite(join(dir, 'pglite'));
    expect(await checkBailiffLoads(db)).toEqual({ ok: true, mismatches: [] });
    await db.close();
  }, 300_000);
});
