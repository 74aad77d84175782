// Issue 12: the old chain migrated into the tree, and appends without a shared lock.
import { cpSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../../../test/harness/databases';
import { GENESIS_HASH, entryHash, listJournal } from './journal';
import { sealJournal } from './journal-tree';
import { verifyJournal } from './journal-verify';
import { MIGRATIONS_DIR, migrate } from './migrate';
import { openPglite } from './pglite';
import { actor, asAttacker, checkSignature, fill, seal, sign, t0 } from './journal-test-support';

describe('journal migration: the old hash chain becomes the first leaves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oryndau-migrations-'));
  for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => f < '0010')) cpSync(join(MIGRATIONS_DIR, file), join(dir, file));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('X-2: chained entries keep verifying after the migration, and editing one is caught', async () => {
    const db = await openPglite();
    await migrate(db, dir);
    // Three entries as the chained journal wrote them.
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq += 1) {
      const entry = { seq, at: new Date(t0.getTime() + seq), actorId: null, actorIin: '800101300006', actorRole: 'admin', action: 'auth.login',
        objectType: 'user', objectId: `u${seq}`, requestId: `r${seq}`, details: { n: seq }, prevHash };
      const hash = entryHash(entry);
      await db.query(`INSERT INTO journal (seq, at, actor_id, actor_iin, actor_role, action, object_type, object_id, request_id, details, prev_hash, hash)
        VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
      [seq, entry.at.toISOString(), entry.actorIin, entry.actorRole, entry.action, entry.objectType, entry.objectId, entry.requestId,
        JSON.stringify(entry.details), prevHash, hash]);
      prevHash = hash;
    }
    // The migrations after the chained journal's: the Merkle one first (later ones follow it).
    expect((await migrate(db))[0]).toBe('0010_journal_merkle.sql');
    await fill(db, 2);
    await seal(db);
    const entries = (await listJournal(db, { limit: 10 })).reverse();
    expect(entries.map((e) => [e.seq, e.leafIndex])).toEqual([[1, 0], [2, 1], [3, 2], [4, 3], [5, 4]]);
    expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: true, treeSize: 5, legacy: 3 });
    await asAttacker(db, [`UPDATE journal SET hash = 'x', prev_hash = 'y' WHERE seq = 2`]);
    expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false, problem: { leafIndex: 1, entrySeq: 2 } });
    await db.close();
  });
});

describe('journal without a shared lock [postgres]', () => {
  it('X-2: an open transaction\'s entry blocks no other writer, and is sealed once it commits, after the ones committed before', async () => {
    const { db, url } = await openMigrated('postgres');
    const pg = (await import('pg')).default;
    const open = new pg.Client({ connectionString: url! });
    await open.connect();
    try {
      await open.query('BEGIN');
      await open.query(`INSERT INTO journal (at, action, object_type, object_id, details) VALUES (now(), 'slow.writer', 'o', 'slow', '{}')`);
      // Another writer commits while the first is still open: nothing makes it wait (a 2 s statement timeout would fail it).
      await db.query(`SET statement_timeout = '2s'`);
      await fill(db, 2);
      expect(await seal(db)).toMatchObject({ sealed: 2, treeSize: 2 });
      await open.query('COMMIT');
      expect(await seal(db)).toMatchObject({ sealed: 1, treeSize: 3 });
      const entries = (await listJournal(db, { limit: 10 })).sort((a, b) => a.leafIndex! - b.leafIndex!);
      expect(entries.map((e) => e.objectId)).toEqual(['p0', 'p1', 'slow']);
      // The slow writer took its number first; its leaf comes last: the order is the order entries became visible.
      expect(entries[2]!.seq).toBeLessThan(entries[0]!.seq);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: true, treeSize: 3 });
    } finally {
      await open.end();
      await db.close();
    }
  });

  it('X-2: 16 concurrent writers and two sealers racing: every entry sealed exactly once, one head per round', async () => {
    const { db, url } = await openMigrated('postgres');
    const { openPostgres } = await import('./postgres');
    const second = await openPostgres(url!);
    try {
      let stop = false;
      const sealers = ['a', 'b'].map(async (holder, i) => {
        const handle = i === 0 ? db : second;
        while (!stop) {
          await sealJournal(handle, { sign, holder, leaseMs: 200 });
          await new Promise((r) => setTimeout(r, 20));
        }
      });
      await Promise.all(Array.from({ length: 16 }, (_, w) => (async () => {
        for (let i = 0; i < 10; i += 1) {
          await db.transaction(async (tx) => {
            tx.journal({ at: t0, actor, action: 'bench.write', objectType: 'w', objectId: `${w}-${i}` });
            tx.journal({ at: t0, actor, action: 'bench.write2', objectType: 'w', objectId: `${w}-${i}` });
          });
        }
      })()));
      stop = true;
      await Promise.all(sealers);
      await seal(db, 'a');
      await db.query(`UPDATE journal_sealer SET lease_until = NULL`);
      await seal(db, 'final');
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: true, treeSize: 320, unsealed: 0 });
    } finally {
      await second.close();
      await db.close();
    }
  });
});
