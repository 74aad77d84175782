import { merkle } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/harness/databases';
import { journalLeafJson, listJournal, listViewsOfPerson, recordJournal } from './journal';
import { consistencyProofOf, inclusionProofOf, journalProofsForObject, journalSealStatus, journalUnsealedCount, latestTreeHead, listTreeHeads, sealJournal } from './journal-tree';
import { journalRangeSummarizer } from './journal-sealer';
import { verifyJournal } from './journal-verify';
import { migrate } from './migrate';
import { actor, checkSignature, fill, seal, sign, t0 } from './journal-test-support';

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
