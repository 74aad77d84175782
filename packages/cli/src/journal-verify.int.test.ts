import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordJournal, migrate, openPglite } from '@oryndau/db';
import type { Database } from '@oryndau/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../../../test/harness/databases';

const BIN = 'packages/cli/bin/oryndau.mjs';
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });

async function fill(db: Database, count: number) {
  for (let i = 1; i <= count; i += 1) {
    await recordJournal(db, {
      at: new Date(Date.UTC(2026, 0, 5, 4, i)), actor: { userId: null, iin: '800101300006', role: 'admin', requestId: `r${i}` },
      action: 'person.view', objectType: 'person', objectId: `p${i}`, details: { n: i },
    });
  }
}

describe('oryndau journal verify [postgres]', () => {
  let db: Database;
  let url: string;
  beforeAll(async () => {
    const opened = await openMigrated('postgres');
    db = opened.db;
    url = opened.url!;
    await fill(db, 6);
  });
  afterAll(async () => { await db.close(); });

  it('X-2: an intact journal verifies (exit 0)', () => {
    const result = run('journal', 'verify', '--database-url', url);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Journal intact: 6 entries');
  });

  it('X-2: a row edited directly in the database is named (exit 1)', async () => {
    await db.exec('ALTER TABLE journal DISABLE TRIGGER journal_no_update');
    await db.query("UPDATE journal SET object_id = 'someone-else' WHERE seq = 4");
    await db.exec('ALTER TABLE journal ENABLE TRIGGER journal_no_update');
    const result = run('journal', 'verify', '--database-url', url);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Journal BROKEN at entry #4 (hash_mismatch)');
    const json = run('journal', 'verify', '--database-url', url, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, checked: 3, firstBroken: { seq: 4 } });
  });

  it('X-2: usage errors exit 2 and every command prints --help', () => {
    expect(run('journal', 'check').status).toBe(2);
    expect(run('nonsense').status).toBe(2);
    const help = run('journal', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: oryndau journal verify');
    expect(run('--help').stdout).toContain('journal');
  });
});

describe('oryndau journal verify [pglite]', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oryndau-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('X-2: verifies the embedded database in a data directory', async () => {
    const db = await openPglite(join(dir, 'pglite'));
    await migrate(db);
    await fill(db, 3);
    await db.close();
    const result = run('journal', 'verify', '--data-dir', dir);
    expect(result.stdout).toContain('Journal intact: 3 entries');
    expect(result.status).toBe(0);
  });
});
