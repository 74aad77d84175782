import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openPglite, recordJournal, sealJournal } from '@oryndau/db';
import type { Database } from '@oryndau/db';
import { afterAll, describe, expect, it } from 'vitest';

// `oryndau journal verify` on the embedded database. The test with real
// system-key signatures, witnesses' heads and tampering is the server's
// (apps/server/src/journal/journal-verify-cli.int.test.ts).

const BIN = 'packages/cli/bin/oryndau.mjs';
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });

async function fill(db: Database, count: number, from = 0) {
  for (let i = from; i < from + count; i += 1) {
    await recordJournal(db, {
      at: new Date(Date.UTC(2026, 0, 5, 4, i)), actor: { userId: null, iin: '800101300006', role: 'admin', requestId: `r${i}` },
      action: 'enforcement.viewed', objectType: 'proceeding', objectId: `p${i}`, subjectIin: '900101400008', details: { n: i },
    });
  }
}

describe('oryndau journal verify [pglite]', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oryndau-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('X-2: verifies the embedded database in a data directory (tree only, no PKI at hand)', async () => {
    const db = await openPglite(join(dir, 'pglite'));
    await migrate(db);
    await fill(db, 3);
    await sealJournal(db, { sign: async () => new Uint8Array([1]), holder: 'x' });
    await db.close();
    expect(run('journal', 'verify', '--data-dir', dir).status).toBe(2);
    const result = run('journal', 'verify', '--data-dir', dir, '--no-signatures');
    expect(result.stdout).toContain('Journal intact: 3 entries in the tree');
    expect(result.status).toBe(0);
  });
});
