import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkBailiffLoads, rebuildBailiffLoads } from '@oryndau/db';
import type { Database } from '@oryndau/db';
import { expect, it } from 'vitest';
import { TestClient, describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { PEOPLE, generateAndSign } from './test-support';

// Issue 18 item 4 (ENF-12): the bailiffs' loads are counters moved in the
// same transaction as the change that moves them (migration 0027). After a
// mix of distributions, reassignments and closures they equal a fresh count,
// the migration's backfill gives the same, and the check finds a drift.

const ENV = { DEMO_KEYS: 'true', LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000' };
const MIGRATION = fileURLToPath(new URL('../../../../packages/db/migrations/0027_bailiff_loads.sql', import.meta.url));

const card = (n: number) => ({
  arrivalOrder: 'first', claimEssence: 'Взыскание задолженности', issueDate: '2026-02-10', issuingBody: 'Таразский городской суд',
  documentType: 'writ_of_execution', documentNumber: `2-${n}-LOAD/2026`, entryIntoForceDate: '2026-02-20',
  categoryCode: 'legal_entities', amount: '250000', currency: 'KZT', solidaryLiability: false, trustedPerson: false,
  parties: [
    { role: 'debtor', kind: 'individual', identifier: '920707300005', name: 'Исабеков Данияр Асқарұлы', regionKato: '310000000' },
    { role: 'claimant', kind: 'individual', identifier: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы', regionKato: '310000000' },
  ],
});

/** The counters as a distribution reads them, and a fresh count of what they stand for. */
async function loadsAndRecount(db: Database) {
  const kept = await db.query<{ bailiff_id: string; n: number }>('SELECT bailiff_id, open_proceedings AS n FROM bailiff_loads WHERE open_proceedings <> 0 ORDER BY 1');
  const recount = await db.query<{ bailiff_id: string; n: number }>(
    `SELECT bailiff_id, count(*)::int AS n FROM proceedings WHERE bailiff_id IS NOT NULL AND status IN ('registered', 'initiated', 'suspended')
      GROUP BY 1 ORDER BY 1`);
  return { kept: kept.rows.map((r) => ({ ...r, n: Number(r.n) })), recount: recount.rows };
}

describeSystemOnEachEngine('ENF-12, issue 18 item 4: bailiff load counters', ({ system, clock }) => {
  const signedIn = async (sys: System, iin: string) => {
    const c = new TestClient(sys, 'ru');
    const answer = await c.signIn(iin);
    expect(answer.statusCode, answer.body).toBe(200);
    return { client: c, id: (answer.json() as { user: { id: string } }).user.id, iin };
  };

  it('ENF-12, issue 18 item 4: after distributions, reassignments, a refusal and an initiation the counters equal a recount', async () => {
    const sys = system();
    const a = await signedIn(sys, PEOPLE.privateBailiff);
    const b = await signedIn(sys, PEOPLE.stateBailiffTaraz);
    const senior = await signedIn(sys, PEOPLE.seniorTaraz);
    const ids: string[] = [];
    for (let n = 0; n < 6; n += 1) {
      clock.advance(60_000);
      const created = await a.client.post('/api/enforcement/executive-documents', card(n));
      expect(created.statusCode, created.body).toBe(201);
      ids.push((created.json() as { proceedingId: string }).proceedingId);
    }
    const holder = async (id: string) => (await sys.db.query<{ bailiff_id: string }>('SELECT bailiff_id FROM proceedings WHERE id = $1', [id])).rows[0]!.bailiff_id;
    const other = (bailiffId: string) => (bailiffId === a.id ? b : a);
    const as = (bailiffId: string) => (bailiffId === a.id ? a : b);

    // The candidates a senior sees carry the counters: they agree with a count.
    const candidates = await senior.client.get(`/api/enforcement/proceedings/${ids[0]}/candidates`);
    expect(candidates.statusCode, candidates.body).toBe(200);
    const { recount } = await loadsAndRecount(sys.db);
    for (const c of (candidates.json() as { candidates: { id: string; load: number }[] }).candidates) {
      expect(c.load, c.id).toBe(recount.find((r) => r.bailiff_id === c.id)?.n ?? 0);
    }

    // Two reassignments, one each way when the distribution allows.
    for (const id of ids.slice(0, 2)) {
      clock.advance(60_000);
      const to = other(await holder(id)).id;
      const moved = await senior.client.post(`/api/enforcement/proceedings/${id}/reassign`, { bailiffId: to, reason: 'Перераспределение нагрузки в отделе' });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    // A refusal (out of the load) and an initiation (still load).
    clock.advance(60_000);
    const refusedBy = as(await holder(ids[2]!));
    const refused = await generateAndSign(sys, refusedBy.client, ids[2]!, refusedBy.iin,
      { templateCode: 'enf.refusal', locale: 'ru', action: 'refuse', groundCode: 'refusal.not_in_force' });
    expect(refused.signed.statusCode, refused.signed.body).toBe(200);
    clock.advance(60_000);
    const initiatedBy = as(await holder(ids[3]!));
    const initiated = await generateAndSign(sys, initiatedBy.client, ids[3]!, initiatedBy.iin, { templateCode: 'enf.initiation', locale: 'kk', action: 'initiate' });
    expect(initiated.signed.statusCode, initiated.signed.body).toBe(200);
    // The refused one cannot be reassigned: the counters must not move for a refused attempt.
    const late = await senior.client.post(`/api/enforcement/proceedings/${ids[2]}/reassign`, { bailiffId: a.id, reason: 'Перераспределение после отказа' });
    expect(late.statusCode).toBe(409);

    const after = await loadsAndRecount(sys.db);
    expect(after.kept).toEqual(after.recount);
    expect(after.recount.reduce((s, r) => s + r.n, 0)).toBeGreaterThanOrEqual(5);
    expect(await checkBailiffLoads(sys.db)).toEqual({ ok: true, mismatches: [] });
  });

  it('ENF-12, issue 18 item 4: the migration\'s backfill gives the same counters; a drift is found by the check and repaired by a rebuild', async () => {
    const sys = system();
    const before = await loadsAndRecount(sys.db);
    const days = await sys.db.query('SELECT bailiff_id, day::text AS day, assignments FROM bailiff_assignment_days ORDER BY 1, 2');
    expect(days.rows.length).toBeGreaterThan(0);
    // A database migrated with proceedings already in it: the counters come from 0027's own backfill statements.
    const backfill = readFileSync(MIGRATION, 'utf8').replace(/--[^\n]*\n/g, '\n').split(';').map((s) => s.trim()).filter((s) => s.startsWith('INSERT'));
    expect(backfill).toHaveLength(2);
    await sys.db.transaction(async (tx) => {
      await tx.query('DELETE FROM bailiff_loads');
      await tx.query('DELETE FROM bailiff_assignment_days');
      for (const statement of backfill) await tx.query(statement);
    });
    expect(await loadsAndRecount(sys.db)).toEqual(before);
    expect((await sys.db.query('SELECT bailiff_id, day::text AS day, assignments FROM bailiff_assignment_days ORDER BY 1, 2')).rows).toEqual(days.rows);

    const victim = before.kept[0]!.bailiff_id;
    await sys.db.query('UPDATE bailiff_loads SET open_proceedings = open_proceedings + 3 WHERE bailiff_id = $1', [victim]);
    await sys.db.query('UPDATE bailiff_assignment_days SET assignments = assignments - 1 WHERE bailiff_id = $1', [victim]);
    const found = await checkBailiffLoads(sys.db);
    expect(found.ok).toBe(false);
    expect(found.mismatches.filter((m) => m.counter === 'open')).toEqual([
      { bailiffId: victim, counter: 'open', day: null, kept: before.kept[0]!.n + 3, recounted: before.kept[0]!.n },
    ]);
    expect(found.mismatches.some((m) => m.counter === 'assignments' && m.bailiffId === victim && m.kept === m.recounted - 1)).toBe(true);
    await sys.db.transaction((tx) => rebuildBailiffLoads(tx));
    expect(await checkBailiffLoads(sys.db)).toEqual({ ok: true, mismatches: [] });
  });
}, ENV);
