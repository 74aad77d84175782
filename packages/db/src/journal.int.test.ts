import { createHmac } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { merkle } from '@oryndau/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES, describeOnEachEngine, openMigrated } from '../../../test/harness/databases';
import type { Database } from './database';
import { GENESIS_HASH, entryHash, journalLeafJson, listJournal, listViewsOfPerson, recordJournal } from './journal';
import {
  consistencyProofOf, inclusionProofOf, journalProofsForObject, journalSealStatus, journalUnsealedCount, latestTreeHead, listTreeHeads, sealJournal, treeHeadBytes,
} from './journal-tree';
import type { SignedTreeHead } from './journal-tree';
import { journalRangeSummarizer } from './journal-sealer';
import { verifyJournal } from './journal-verify';
import { MIGRATIONS_DIR, migrate } from './migrate';
import { openPglite } from './pglite';

// Issue 12 item 5: every kind of tampering is caught, on PGlite and on
// PostgreSQL 15. The tree heads are signed here with an HMAC key standing in
// for the system key (the CLI's test signs with the real system key, CMS):
// what matters is that the attacker does not have it.

const actor = { userId: null, iin: '800101300006', role: 'admin', requestId: 'req-1', organisationId: null, address: '10.0.0.7' };
const t0 = new Date('2026-03-02T04:05:06.789Z');

const hmacSigner = (key: string) => async (bytes: Uint8Array) => new Uint8Array(createHmac('sha256', key).update(bytes).digest());
const SYSTEM_KEY = 'the system key';
const sign = hmacSigner(SYSTEM_KEY);
const checkSignature = async (head: SignedTreeHead) =>
  Buffer.from(head.signature, 'base64').equals(createHmac('sha256', SYSTEM_KEY).update(treeHeadBytes(head)).digest());
const seal = (db: Database, holder = 'test-sealer') => sealJournal(db, { sign, holder });

async function fill(db: Database, count: number, from = 0) {
  for (let i = from; i < from + count; i += 1) {
    await recordJournal(db, {
      at: new Date(t0.getTime() + i * 1000), actor, action: 'enforcement.viewed', objectType: 'proceeding', objectId: `p${i}`,
      subjectIin: '900101400008', details: { n: i, text: 'Қазақстан' },
    });
  }
}

/** A database with `count` entries sealed in rounds of 3 (several signed heads). */
async function sealedLog(kind: (typeof ENGINES)[number], count: number): Promise<Database> {
  const { db } = await openMigrated(kind);
  for (let i = 0; i < count; i += 3) {
    await fill(db, Math.min(3, count - i), i);
    await seal(db);
  }
  return db;
}

/** The attacker: superuser rights, so the append-only triggers are no obstacle. */
async function asAttacker(db: Database, statements: string[]) {
  await db.exec(`ALTER TABLE journal DISABLE TRIGGER USER; ALTER TABLE journal_leaves DISABLE TRIGGER USER;
    ALTER TABLE journal_nodes DISABLE TRIGGER USER; ALTER TABLE journal_tree_heads DISABLE TRIGGER USER;`);
  for (const statement of statements) await db.query(statement);
  await db.exec(`ALTER TABLE journal ENABLE TRIGGER USER; ALTER TABLE journal_leaves ENABLE TRIGGER USER;
    ALTER TABLE journal_nodes ENABLE TRIGGER USER; ALTER TABLE journal_tree_heads ENABLE TRIGGER USER;`);
}

const seqAtLeaf = async (db: Database, leaf: number) =>
  Number((await db.query<{ entry_seq: string }>('SELECT entry_seq FROM journal_leaves WHERE leaf_index = $1', [leaf])).rows[0]!.entry_seq);

describeOnEachEngine('journal: append, seal, prove', ({ db }) => {
  it('X-2: entries are sealed into an RFC 9162 tree whose signed head verifies', async () => {
    await fill(db(), 5);
    expect((await journalSealStatus(db())).unsealed).toBe(5);
    const round = await seal(db());
    expect(round).toEqual({ holder: true, sealed: 5, treeSize: 5 });
    expect(await seal(db())).toEqual({ holder: true, sealed: 0, treeSize: 5 });
    const head = (await latestTreeHead(db()))!;
    expect(head.treeSize).toBe(5);
    expect(await checkSignature(head)).toBe(true);
    // The root is the RFC 9162 root of the entries' canonical bytes, in leaf order.
    const entries = (await listJournal(db(), { limit: 10 })).reverse();
    expect(entries.map((e) => e.leafIndex)).toEqual([0, 1, 2, 3, 4]);
    const leaves = entries.map((e) => merkle.leafHash(new TextEncoder().encode(journalLeafJson(e))));
    expect(head.rootHash).toBe(merkle.toHex(merkle.rootOf(leaves)));
    expect(await verifyJournal(db(), { checkSignature })).toMatchObject({ ok: true, checked: 5, treeSize: 5, heads: 1, unsealed: 0 });
  });

  it('X-2: the leaf names no one: personal fields enter it only as a salted hash', async () => {
    const [entry] = await listJournal(db(), { limit: 1 });
    const json = journalLeafJson(entry!);
    expect(Object.keys(JSON.parse(json) as object).sort()).toEqual(['action', 'at', 'objectId', 'objectType', 'private', 'v']);
    // The writer's hash (built by hand in canonical order) is the hash of the canonical JSON the verifier rebuilds.
    expect(entry!.storedLeafHash).toBe(merkle.toHex(merkle.leafHash(new TextEncoder().encode(json))));
    expect(json).not.toContain('800101300006');
    expect(json).not.toContain('900101400008');
    expect(json).not.toContain('10.0.0.7');
  });

  it('SIG-7: inclusion proofs of every entry and consistency proofs between heads verify', async () => {
    await fill(db(), 4, 5);
    await seal(db());
    const heads = await listTreeHeads(db(), 1, 10);
    expect(heads.map((h) => h.treeSize)).toEqual([5, 9]);
    for (let seq = 1; seq <= 9; seq += 1) {
      const proof = (await inclusionProofOf(db(), seq))!;
      expect(proof.treeHead.treeSize).toBe(9);
      expect(merkle.verifyInclusion(proof.leafIndex, proof.treeSize, merkle.leafHash(new TextEncoder().encode(proof.entry)),
        proof.auditPath.map(merkle.fromHex), merkle.fromHex(proof.treeHead.rootHash))).toBe(true);
      const old = await inclusionProofOf(db(), seq, 5);
      expect(old === null).toBe(seq > 5);
    }
    const consistency = (await consistencyProofOf(db(), 5, 9))!;
    expect(merkle.verifyConsistency(5, 9, merkle.fromHex(heads[0]!.rootHash), merkle.fromHex(heads[1]!.rootHash),
      consistency.proof.map(merkle.fromHex))).toBe(true);
    expect(consistency.fromHead?.rootHash).toBe(heads[0]!.rootHash);
    expect(await consistencyProofOf(db(), 5, 10)).toBeNull();
  });

  it('ENP-11: a person\'s own views are listed for them, not their own actions', async () => {
    await recordJournal(db(), { at: t0, actor: { ...actor, iin: '900101400008' }, action: 'enforcement.viewed', objectType: 'proceeding',
      objectId: 'own', subjectIin: '900101400008' });
    const views = await listViewsOfPerson(db(), '900101400008', { limit: 100 });
    expect(views.length).toBe(9);
    expect(views.every((v) => v.actorIin === '800101300006')).toBe(true);
    const byPerson = await listJournal(db(), { personIin: '900101400008', limit: 100 });
    expect(byPerson.length).toBe(10);
  });

  it('SIG-7: /verify\'s proofs for an object, and the ones still waiting for the seal', async () => {
    await recordJournal(db(), { at: t0, actor, action: 'document.signed', objectType: 'document', objectId: 'doc-1' });
    expect(await journalProofsForObject(db(), 'document', 'doc-1', ['document.signed'])).toEqual({ proofs: [], pending: 1 });
    await seal(db());
    const sealed = await journalProofsForObject(db(), 'document', 'doc-1', ['document.signed']);
    expect(sealed.pending).toBe(0);
    expect(JSON.parse(sealed.proofs[0]!.entry)).toMatchObject({ action: 'document.signed', objectId: 'doc-1' });
  });

  it('X-2: an entry is written in the same transaction — a rolled-back change leaves none', async () => {
    const before = await listJournal(db(), { limit: 1 });
    await expect(db().transaction(async (tx) => {
      tx.journal({ at: t0, actor, action: 'user.create', objectType: 'user', objectId: 'x' });
      throw new Error('change failed');
    })).rejects.toThrow('change failed');
    expect((await listJournal(db(), { limit: 1 }))[0]?.seq).toBe(before[0]?.seq);
  });

  it('X-2: quotes, backslashes and non-Latin text are written exactly (the entry travels as SQL literals on PostgreSQL)', async () => {
    const tricky = `O'Neil \\ C:\\path\\n ''; DROP TABLE journal; -- \u00e9 Қазақ`;
    await db().transaction(async (tx) => {
      tx.journal({ at: t0, actor: { ...actor, requestId: tricky }, action: 'user.create', objectType: 'user', objectId: tricky,
        details: { note: tricky, nested: { list: [tricky, "'", '\\'] } } });
    });
    const [entry] = await listJournal(db(), { limit: 1 });
    expect(entry).toMatchObject({ objectId: tricky, requestId: tricky, details: { note: tricky, nested: { list: [tricky, "'", '\\'] } } });
    await seal(db());
    expect(await verifyJournal(db(), { checkSignature })).toMatchObject({ ok: true });
  });

  it('X-2: the journal and its tree refuse UPDATE and DELETE', async () => {
    await expect(db().query("UPDATE journal SET action = 'x' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(db().query('DELETE FROM journal WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(db().query('DELETE FROM journal_leaves WHERE leaf_index = 0')).rejects.toThrow(/append-only/);
    await expect(db().query('UPDATE journal_nodes SET hash = hash WHERE level = 1')).rejects.toThrow(/append-only/);
    await expect(db().query('DELETE FROM journal_tree_heads')).rejects.toThrow(/append-only/);
  });

  it('X-2: one sealer at a time: another holder waits for the lease to lapse', async () => {
    await fill(db(), 1, 100);
    expect(await sealJournal(db(), { sign, holder: 'other' })).toMatchObject({ holder: false, sealed: 0 });
    expect(await sealJournal(db(), { sign, holder: 'test-sealer' })).toMatchObject({ holder: true, sealed: 1 });
    // The holder crashed: its lease runs out and the other takes over.
    await db().query(`UPDATE journal_sealer SET lease_until = clock_timestamp() - interval '1 second'`);
    await fill(db(), 1, 101);
    expect(await sealJournal(db(), { sign, holder: 'other' })).toMatchObject({ holder: true, sealed: 1 });
    expect(await verifyJournal(db(), { checkSignature })).toMatchObject({ ok: true });
  });

  it('X-2: a failed signature seals nothing; the next round seals it all', async () => {
    await fill(db(), 2, 200);
    const size = (await latestTreeHead(db()))!.treeSize;
    await expect(sealJournal(db(), { sign: async () => { throw new Error('HSM unavailable'); }, holder: 'other' })).rejects.toThrow('HSM');
    expect((await latestTreeHead(db()))!.treeSize).toBe(size);
    expect(await sealJournal(db(), { sign, holder: 'other' })).toMatchObject({ sealed: 2, treeSize: size + 2 });
    expect(await verifyJournal(db(), { checkSignature })).toMatchObject({ ok: true });
  });

  it('X-2: the sealer keeps its BRIN summarised up to the last complete block range, not the one being filled', async () => {
    // ~1.4 kB entries: a block range (128 pages) holds a few hundred; 2,400 fill several.
    for (let batch = 0; batch < 4; batch += 1) {
      await db().transaction(async (tx) => {
        for (let i = 0; i < 600; i += 1) {
          tx.journal({ at: t0, actor, action: 'enforcement.viewed', objectType: 'proceeding', objectId: `brin-${batch}-${i}`,
            details: { text: 'ж'.repeat(600) } });
        }
      });
    }
    const blocks = async () => Number((await db().query<{ b: string }>(
      `SELECT pg_relation_size('journal') / current_setting('block_size')::bigint AS b`)).rows[0]!.b);
    const complete = Math.floor((await blocks()) / 128);
    expect(complete).toBeGreaterThanOrEqual(2);
    const summarize = journalRangeSummarizer(db());
    expect(await summarize()).toBeGreaterThanOrEqual(1);
    expect(await summarize()).toBe(0);
    // Every complete range has its summary now (summarising it again adds none); the range being filled has none.
    const again = async (range: number) => Number((await db().query<{ n: number }>(
      `SELECT brin_summarize_range('journal_txid_brin'::regclass, $1) AS n`, [range * 128])).rows[0]!.n);
    for (let range = 0; range < complete; range += 1) expect(await again(range)).toBe(0);
    if ((await blocks()) % 128 !== 0) expect(await again(complete)).toBe(1);
    // And the sealer still finds every entry through the summaries (the earlier tests' holder's lease lapsed).
    await db().query(`UPDATE journal_sealer SET lease_until = clock_timestamp() - interval '1 second'`);
    expect(await seal(db())).toMatchObject({ holder: true, sealed: 2400 });
    expect(await journalUnsealedCount(db())).toBe(0);
  });

  it('X-2: migrations are idempotent', async () => {
    expect(await migrate(db())).toEqual([]);
  });
});

for (const kind of ENGINES) {
  describe(`journal tampering [${kind}]`, () => {
    it('X-2: an edited entry is named', async () => {
      const db = await sealedLog(kind, 8);
      const seq = await seqAtLeaf(db, 4);
      await asAttacker(db, [`UPDATE journal SET details = '{"n": 99}'::jsonb WHERE seq = ${seq}`]);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false, checked: 4,
        problem: { kind: 'entry_edited', leafIndex: 4, entrySeq: seq } });
      await db.close();
    });

    it('X-2: a deleted entry is named — the row alone, or the row with its leaf', async () => {
      const db = await sealedLog(kind, 8);
      const seq = await seqAtLeaf(db, 2);
      await asAttacker(db, [`DELETE FROM journal WHERE seq = ${seq}`]);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false, problem: { kind: 'entry_deleted', leafIndex: 2, entrySeq: seq } });
      await asAttacker(db, ['DELETE FROM journal_leaves WHERE leaf_index = 2']);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false, problem: { kind: 'entry_deleted', leafIndex: 2 } });
      await db.close();
    });

    it('X-2: two entries swapped are named', async () => {
      const db = await sealedLog(kind, 8);
      const [a, b] = [await seqAtLeaf(db, 3), await seqAtLeaf(db, 6)];
      await asAttacker(db, [
        `UPDATE journal_leaves SET entry_seq = -1 WHERE leaf_index = 3`,
        `UPDATE journal_leaves SET entry_seq = ${a} WHERE leaf_index = 6`,
        `UPDATE journal_leaves SET entry_seq = ${b} WHERE leaf_index = 3`,
      ]);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false, problem: { kind: 'entries_swapped', leafIndex: 3, entrySeq: b } });
      await db.close();
    });

    it('X-2: a cut tail is caught against the latest head, and — heads cut too — against a witness\'s copy', async () => {
      const db = await sealedLog(kind, 9);
      const witnessCopy = (await latestTreeHead(db))!;
      const cut = [await seqAtLeaf(db, 7), await seqAtLeaf(db, 8)];
      await asAttacker(db, [
        `DELETE FROM journal WHERE seq IN (${cut.join(',')})`, 'DELETE FROM journal_leaves WHERE leaf_index >= 7',
        'DELETE FROM journal_nodes WHERE idx * (1 << level) + (1 << level) > 7',
      ]);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false, checked: 7, problem: { kind: 'tail_cut', leafIndex: 7, treeSize: 9 } });
      // The attacker also removes the heads after 6 and moves the sealer back: the log alone now looks whole…
      await asAttacker(db, [
        'DELETE FROM journal_leaves WHERE leaf_index >= 6', 'DELETE FROM journal_nodes WHERE idx * (1 << level) + (1 << level) > 6',
        `DELETE FROM journal WHERE seq = ${await seqAtLeaf(db, 6)}`, 'DELETE FROM journal_tree_heads WHERE tree_size > 6',
        'UPDATE journal_sealer SET tree_size = 6',
      ]);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: true, treeSize: 6 });
      // …but not to whoever kept the head of size 9.
      expect(await verifyJournal(db, { checkSignature, against: [witnessCopy] })).toMatchObject({
        ok: false, problem: { kind: 'tail_cut', treeSize: 9, leafIndex: 6 } });
      await db.close();
    });

    it('X-2: a rewrite with every hash recomputed fails on the head\'s signature (no key), and on the witness\'s copy', async () => {
      const db = await sealedLog(kind, 9);
      const witnessCopy = (await latestTreeHead(db))!;
      const seq = await seqAtLeaf(db, 4);
      // Rewrite entry 4, throw the tree away and rebuild it with the project's own sealer — signed with a key that is not the system's.
      await asAttacker(db, [`UPDATE journal SET details = '{"n": 4, "text": "изменено"}'::jsonb WHERE seq = ${seq}`]);
      const edited = (await listJournal(db, { objectId: 'p4', limit: 1 }))[0]!;
      const recomputed = merkle.toHex(merkle.leafHash(new TextEncoder().encode(journalLeafJson(edited))));
      await asAttacker(db, [
        `UPDATE journal SET leaf_hash = decode('${recomputed}', 'hex') WHERE seq = ${seq}`,
        'DELETE FROM journal_leaves', 'DELETE FROM journal_nodes', 'DELETE FROM journal_tree_heads',
        `UPDATE journal_sealer SET tree_size = 0, high_xid = '0', pending = '{}'`,
      ]);
      await sealJournal(db, { sign: hmacSigner('a key the attacker made'), holder: 'test-sealer' });
      // The tree is consistent with itself…
      expect(await verifyJournal(db)).toMatchObject({ ok: true, treeSize: 9 });
      // …but its head is not signed by the system key, and the witness's head has another root.
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false, problem: { kind: 'head_signature_invalid', treeSize: 9 } });
      expect(await verifyJournal(db, { against: [witnessCopy] })).toMatchObject({ ok: false, problem: { kind: 'witness_mismatch', treeSize: 9 } });
      await db.close();
    });

    it('X-2: entries rewritten together with their stored leaf hashes fail on the signed root', async () => {
      const db = await sealedLog(kind, 6);
      const seq = await seqAtLeaf(db, 1);
      await asAttacker(db, [`UPDATE journal SET action = 'auth.login' WHERE seq = ${seq}`]);
      const entry = (await listJournal(db, { objectId: 'p1', limit: 1 }))[0]!;
      const forged = merkle.toHex(merkle.leafHash(new TextEncoder().encode(journalLeafJson(entry))));
      await asAttacker(db, [`UPDATE journal_leaves SET leaf_hash = decode('${forged}', 'hex') WHERE leaf_index = 1`,
        `UPDATE journal SET leaf_hash = decode('${forged}', 'hex') WHERE seq = ${seq}`]);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false,
        problem: { kind: 'head_root_mismatch', treeSize: 3, goodUpTo: 0 } });
      await db.close();
    });

    it('X-2: a forged head is caught: a changed root, or a head of its own', async () => {
      const db = await sealedLog(kind, 6);
      await asAttacker(db, [`UPDATE journal_tree_heads SET signed_at = signed_at + interval '1 hour' WHERE tree_size = 6`]);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false, problem: { kind: 'head_signature_invalid', treeSize: 6, goodUpTo: 3 } });
      const db2 = await sealedLog(kind, 6);
      await asAttacker(db2, [`INSERT INTO journal_tree_heads (tree_size, root_hash, signed_at, log, signature)
        SELECT 4, root_hash, signed_at, log, signature FROM journal_tree_heads WHERE tree_size = 6`]);
      expect(await verifyJournal(db2, { checkSignature })).toMatchObject({ ok: false, problem: { treeSize: 4 } });
      await db.close();
      await db2.close();
    });

    it('X-2: an entry inserted behind the sealer (backdated) is named', async () => {
      const db = await sealedLog(kind, 3);
      await asAttacker(db, [`INSERT INTO journal (at, action, object_type, details, txid) VALUES (now(), 'auth.login', 'user', '{}', '1')`]);
      expect(await verifyJournal(db, { checkSignature })).toMatchObject({ ok: false, problem: { kind: 'entry_not_in_tree' } });
      await db.close();
    });
  });
}

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
