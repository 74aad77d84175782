import { describe, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/harness/databases';
import { listJournal, recordJournal } from './journal';
import { verifyJournal } from './journal-verify';
import { migrate } from './migrate';

const actor = { userId: null, iin: '800101300006', role: 'admin', requestId: 'req-1' };
const t0 = new Date('2026-03-02T04:05:06.789Z');

describeOnEachEngine('journal', ({ db }) => {
  it('X-2: appends a hash chain that verifies', async () => {
    for (let i = 0; i < 5; i += 1) {
      await recordJournal(db(), {
        at: new Date(t0.getTime() + i * 1000), actor, action: 'person.view', objectType: 'user',
        objectId: `u${i}`, details: { z: i, a: { y: 'ә', b: [1, 2] } },
      });
    }
    const result = await verifyJournal(db(), 2);
    expect(result).toMatchObject({ ok: true, checked: 5, lastSeq: 5 });
    const newest = await listJournal(db(), { limit: 2 });
    expect(newest.map((e) => e.seq)).toEqual([5, 4]);
    expect(newest[1]?.prevHash).not.toBe(newest[0]?.prevHash);
    const filtered = await listJournal(db(), { objectId: 'u2', limit: 10 });
    expect(filtered).toHaveLength(1);
    expect(filtered[0]?.details).toEqual({ z: 2, a: { y: 'ә', b: [1, 2] } });
  });

  it('X-2: an entry is written in the same transaction — a rolled-back change leaves none', async () => {
    const before = await listJournal(db(), { limit: 1 });
    await expect(db().transaction(async (tx) => {
      tx.journal({ at: t0, actor, action: 'user.create', objectType: 'user', objectId: 'x' });
      throw new Error('change failed');
    })).rejects.toThrow('change failed');
    const after = await listJournal(db(), { limit: 1 });
    expect(after[0]?.seq).toBe(before[0]?.seq);
    expect((await verifyJournal(db())).ok).toBe(true);
  });

  it('X-2: the journal refuses UPDATE and DELETE', async () => {
    await expect(db().query("UPDATE journal SET action = 'x' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(db().query('DELETE FROM journal WHERE seq = 1')).rejects.toThrow(/append-only/);
  });

  it('X-2: verify names the first tampered entry when a row is edited directly in the database', async () => {
    // Someone with superuser rights bypasses the trigger and rewrites entry 3.
    await db().exec('ALTER TABLE journal DISABLE TRIGGER journal_no_update');
    await db().query(`UPDATE journal SET details = '{"z": 99}'::jsonb WHERE seq = 3`);
    await db().query(`UPDATE journal SET action = 'person.edit' WHERE seq = 4`);
    await db().exec('ALTER TABLE journal ENABLE TRIGGER journal_no_update');
    expect(await verifyJournal(db())).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'hash_mismatch' } });
  });

  it('X-2: migrations are idempotent', async () => {
    expect(await migrate(db())).toEqual([]);
  });
});

describeOnEachEngine('journal tampering by removal', ({ db }) => {
  it('X-2: a deleted middle entry and a cut-off tail are both caught', async () => {
    for (let i = 0; i < 4; i += 1) {
      await recordJournal(db(), { at: t0, actor, action: 'a', objectType: 'o', objectId: String(i) });
    }
    await db().exec('ALTER TABLE journal DISABLE TRIGGER journal_no_update');
    await db().query('DELETE FROM journal WHERE seq = 4');
    expect(await verifyJournal(db())).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: 'head_mismatch' } });
    await db().query('DELETE FROM journal WHERE seq = 2');
    expect(await verifyJournal(db())).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: 'sequence_gap' } });
  });
});

describe('journal hashing', () => {
  it('X-2: the same details in another key order hash the same', async () => {
    const { canonicalJson } = await import('./canonical-json');
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } }))
      .toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });
});
