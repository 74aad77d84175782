import { DomainError, ErrorCode } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/harness/databases';
import type { Tx } from './database';
import { listJournal } from './journal';
import { verifyJournal } from './journal-verify';
import { openPostgres } from './postgres';

const actor = { userId: null, iin: '800101300006', role: 'admin', requestId: 'req-tx' };
const at = new Date('2026-03-02T04:05:06.789Z');
const record = (objectId: string, action = 'test.change') => ({ at, actor, action, objectType: 'test', objectId });

/** What PostgreSQL raises in a deadlock victim (or a serialization failure), from the server itself. */
const raise = (tx: Tx, sqlState: '40P01' | '40001') =>
  tx.query(`DO $$ BEGIN RAISE EXCEPTION 'forced by the test' USING ERRCODE = '${sqlState}'; END $$`);

const entriesOf = async (sql: Parameters<typeof listJournal>[0], objectId: string) =>
  (await listJournal(sql, { objectId, limit: 100 })).map((e) => e.action);

describeOnEachEngine('transaction runner: journal last, retries', ({ db, url, kind }) => {
  it('X-2, issue 11 item 1: tx.journal() collects; the runner appends the records, in order, after the body — before COMMIT', async () => {
    await db().exec('CREATE TABLE IF NOT EXISTS tx_test (id text PRIMARY KEY)');
    let seenInsideBody = -1;
    await db().transaction(async (tx) => {
      tx.journal(record('j1', 'test.first'));
      tx.journal(record('j1', 'test.second'));
      await tx.query("INSERT INTO tx_test (id) VALUES ('j1')");
      // Nothing is in the journal while the body runs: the head is not locked yet.
      seenInsideBody = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM journal WHERE object_id = 'j1'`)).rows[0]!.n;
    });
    expect(seenInsideBody).toBe(0);
    expect(await entriesOf(db(), 'j1')).toEqual(['test.second', 'test.first']); // newest first
    expect((await verifyJournal(db())).ok).toBe(true);
  });

  it('X-2, issue 11 item 1: a body that throws leaves no journal record; a record after the body is refused', async () => {
    await expect(db().transaction(async (tx) => {
      tx.journal(record('j2'));
      throw new Error('change failed');
    })).rejects.toThrow('change failed');
    expect(await entriesOf(db(), 'j2')).toEqual([]);
    let leaked: Tx | undefined;
    await db().transaction(async (tx) => {
      leaked = tx;
    });
    expect(() => leaked!.journal(record('j2'))).toThrow(/after the transaction body finished/);
  });

  it('X-2, issue 11 item 1: a deadlock (40P01) is retried from BEGIN; only the successful attempt is journalled', async () => {
    let calls = 0;
    const result = await db().transaction(async (tx) => {
      calls += 1;
      await tx.query("INSERT INTO tx_test (id) VALUES ('j3-' || $1::text)", [calls]);
      tx.journal(record('j3'));
      if (calls === 1) await raise(tx, '40P01');
      return calls;
    });
    expect(result).toBe(2);
    expect(await entriesOf(db(), 'j3')).toEqual(['test.change']);
    const rows = await db().query<{ id: string }>("SELECT id FROM tx_test WHERE id LIKE 'j3-%' ORDER BY id");
    expect(rows.rows.map((r) => r.id)).toEqual(['j3-2']);
  });

  it('X-2, issue 11 item 1: 40P01 and 40001 on every attempt end after 3 attempts as DomainError concurrent_update (409), nothing written', async () => {
    for (const sqlState of ['40P01', '40001'] as const) {
      let calls = 0;
      const error = await db().transaction(async (tx) => {
        calls += 1;
        tx.journal(record('j4'));
        await raise(tx, sqlState);
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: ErrorCode.concurrentUpdate, details: { attempts: 3, sqlState } });
      expect(calls).toBe(3);
    }
    expect(await entriesOf(db(), 'j4')).toEqual([]);
  });

  it('issue 11 item 1: other database errors are not retried', async () => {
    let calls = 0;
    await expect(db().transaction(async (tx) => {
      calls += 1;
      await tx.query("INSERT INTO tx_test (id) VALUES ('j1')"); // duplicate key, 23505
    })).rejects.toMatchObject({ code: '23505' });
    expect(calls).toBe(1);
  });

  if (kind === 'postgres') {
    it('X-2, issue 11 item 1 [postgres]: a real deadlock between two sessions — the victim is retried and both commit', async () => {
      // A second pool so the two transactions surely use two sessions.
      const other = await openPostgres(url()!, 2);
      try {
        await db().query("INSERT INTO tx_test (id) VALUES ('lock-a'), ('lock-b') ON CONFLICT DO NOTHING");
        let bothHoldFirstLock!: () => void;
        const barrier = new Promise<void>((resolve) => { bothHoldFirstLock = resolve; });
        let holding = 0;
        const attempts = { ab: 0, ba: 0 };
        const crosswise = (database: typeof other, first: string, second: string, key: 'ab' | 'ba') => database.transaction(async (tx) => {
          attempts[key] += 1;
          await tx.query('SELECT id FROM tx_test WHERE id = $1 FOR UPDATE', [first]);
          if (attempts[key] === 1) {
            holding += 1;
            if (holding === 2) bothHoldFirstLock();
            await barrier;
          }
          await tx.query('SELECT id FROM tx_test WHERE id = $1 FOR UPDATE', [second]);
          tx.journal(record('j5', `test.${key}`));
        });
        await Promise.all([crosswise(db(), 'lock-a', 'lock-b', 'ab'), crosswise(other, 'lock-b', 'lock-a', 'ba')]);
        // PostgreSQL chose one victim; it ran again and committed after the other.
        expect(attempts.ab + attempts.ba).toBe(3);
        expect((await entriesOf(db(), 'j5')).sort()).toEqual(['test.ab', 'test.ba']);
        expect((await verifyJournal(db())).ok).toBe(true);
      } finally {
        await other.close();
      }
    });
  }
});
