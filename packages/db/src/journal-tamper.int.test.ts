// Issue 12 item 5: every kind of tampering is caught, on PGlite and on PostgreSQL 15.
import { merkle } from '@oryndau/domain';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/harness/databases';
import { journalLeafJson, listJournal } from './journal';
import { latestTreeHead, sealJournal } from './journal-tree';
import { verifyJournal } from './journal-verify';
import { asAttacker, checkSignature, hmacSigner, sealedLog, seqAtLeaf } from './journal-test-support';

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
