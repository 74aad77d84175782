import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latestTreeHead, recordJournal, sealJournal } from '@oryndau/db';
import type { Database } from '@oryndau/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { journalSealOptions } from './sealer';

// `oryndau journal verify` as an auditor runs it: its own process, the
// database URL, the PKI that issued the system key, and heads kept outside.
// The heads are signed with the real system key (CMS, dev PKI) by this
// server's sealer.

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

const attacker = (db: Database, sql: string) => db.exec(`ALTER TABLE journal DISABLE TRIGGER USER; ALTER TABLE journal_leaves DISABLE TRIGGER USER;
  ALTER TABLE journal_nodes DISABLE TRIGGER USER; ALTER TABLE journal_tree_heads DISABLE TRIGGER USER; ${sql};
  ALTER TABLE journal ENABLE TRIGGER USER; ALTER TABLE journal_leaves ENABLE TRIGGER USER;
  ALTER TABLE journal_nodes ENABLE TRIGGER USER; ALTER TABLE journal_tree_heads ENABLE TRIGGER USER`);

describe('oryndau journal verify [postgres]', () => {
  let system: System;
  let url: string;
  let pki: string;
  const dir = mkdtempSync(join(tmpdir(), 'oryndau-heads-'));
  const seal = () => sealJournal(system.db, journalSealOptions({ seal: system.outcomes.seal, witnesses: [], intervalMs: 1000, holder: 'cli-test' }));
  beforeAll(async () => {
    const started = await startTestSystem('postgres');
    system = started.system;
    url = started.url!;
    pki = system.trust.pkiDir;
    await fill(system.db, 3);
    await seal();
    await fill(system.db, 3, 3);
    await seal();
  });
  afterAll(async () => {
    await system.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('X-2: an intact journal verifies against the system key\'s PKI (exit 0)', () => {
    const result = run('journal', 'verify', '--database-url', url, '--pki', pki);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Journal intact: \d+ entries in the tree, root [0-9a-f]{64}; 2 signed heads verified/);
  });

  it('X-2: a head signed by another PKI is refused: the heads must be the system key\'s', async () => {
    const other = await startTestSystem('pglite');
    try {
      const result = run('journal', 'verify', '--database-url', url, '--pki', other.system.trust.pkiDir, '--json');
      expect(result.status).toBe(1);
      expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, problem: { kind: 'head_signature_invalid' } });
    } finally {
      await other.system.stop();
    }
  });

  it('X-2: a cut tail with its heads removed is proven by a witness\'s copy (--against), and an edit is named (exit 1)', async () => {
    const witness = (await latestTreeHead(system.db))!;
    const file = join(dir, 'head.json');
    writeFileSync(file, JSON.stringify(witness));
    const size = witness.treeSize;
    const last = (await system.db.query<{ entry_seq: string }>('SELECT entry_seq FROM journal_leaves WHERE leaf_index = $1', [size - 1])).rows[0]!;
    await attacker(system.db, `DELETE FROM journal WHERE seq = ${last.entry_seq}; DELETE FROM journal_leaves WHERE leaf_index = ${size - 1};
      DELETE FROM journal_nodes WHERE idx * (1 << level) + (1 << level) > ${size - 1}; DELETE FROM journal_tree_heads WHERE tree_size = ${size};
      UPDATE journal_sealer SET tree_size = ${size - 1}`);
    // The log alone sees leaves no remaining head covers (an attacker who also cut those would pass it)…
    const alone = run('journal', 'verify', '--database-url', url, '--pki', pki, '--json');
    expect(JSON.parse(alone.stdout)).toMatchObject({ ok: false, problem: { kind: 'head_missing' } });
    // …a witness's copy proves the cut whatever else was removed.
    const against = run('journal', 'verify', '--database-url', url, '--pki', pki, '--against', file);
    expect(against.status).toBe(1);
    expect(against.stdout).toContain('(tail_cut)');
    expect(against.stdout).toContain(`a witness's signed head covers ${size} entries, the log has ${size - 1}`);

    await attacker(system.db, `UPDATE journal SET object_id = 'someone-else' WHERE object_id = 'p1'`);
    const edited = run('journal', 'verify', '--database-url', url, '--pki', pki);
    expect(edited.status).toBe(1);
    expect(edited.stdout).toMatch(/Journal BROKEN at entry #\d+ \(entry_edited\): entry #\d+ at leaf \d+ was changed after it was sealed/);
  });

  it('X-2: usage errors exit 2 and every command prints --help', () => {
    expect(run('journal', 'check').status).toBe(2);
    expect(run('nonsense').status).toBe(2);
    expect(run('journal', 'verify', '--database-url', url, '--against', join(dir, 'missing.json')).status).toBe(2);
    const help = run('journal', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: oryndau journal verify');
    expect(run('--help').stdout).toContain('journal');
  });
});

