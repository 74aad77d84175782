import { checkBailiffLoads, fireDueDeadlineChunks } from '@oryndau/db';
import { fixedClock } from '@oryndau/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, TestClient } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { systemDeadlineChunkHandlers } from '../system';
import { ENV, TERRITORIES, intake, notifyPaid, payOnGateway } from './expiry-test-support';

// Issue 18 item 4 on PostgreSQL (PGlite runs one transaction at a time):
// chunks of expiry timers race each other and the debtors' payment
// notifications for the same cases. Nothing may answer 500 or deadlock;
// each case ends once — paid, or expired into one proceeding — and the
// numbers and the load counters stay right.
describe('simplified proceedings: the chunked expiry racing payments [postgres]', () => {
  let system: System;
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  beforeAll(async () => {
    system = (await startTestSystem('postgres', ENV, clock)).system;
  });
  afterAll(async () => { await system?.stop(); });

  it('SIMP-4, SIMP-5, ENF-12: payments arriving while chunks of timers fire — no 500, no deadlock, every case ends once, numbers gap-free', async () => {
    const cases = await intake(system, 12, (i) => TERRITORIES[i % 2]!);
    const paying = cases.filter((_, i) => i % 3 === 0);
    const paymentIds = [];
    for (const c of paying) paymentIds.push(await payOnGateway(system, new TestClient(system, 'kk'), c.caseId));
    const before = await system.db.query<{ n: number }>('SELECT coalesce(sum(last_sequence), 0)::int AS n FROM registration_counters');

    clock.set(new Date(new Date(cases.at(-1)!.expiresAt).getTime() + 60_000));
    const handlers = systemDeadlineChunkHandlers(system.outcomes);
    const lane = async (size: number) => {
      let fired = 0;
      for (let round = 0; round < 20; round++) {
        const r = await fireDueDeadlineChunks(system.db, handlers, () => clock.now(), { size });
        expect(r.fallback, String(r.error)).toBe(false);
        fired += r.fired;
        if (r.fired === 0 && round > 3) break;
      }
      return fired;
    };
    const [a, b, ...answers] = await Promise.all([lane(3), lane(5), ...paymentIds.map((id) => notifyPaid(system, id))]);
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);

    const ids = cases.map((c) => c.caseId);
    const list = ids.map((_, i) => `$${i + 1}`).join(', ');
    const rows = (await system.db.query<{ id: string; status: string; proceeding_id: string | null; fired: number; cancelled: number }>(
      `SELECT c.id, c.status, c.proceeding_id,
              (SELECT count(*)::int FROM deadlines t WHERE t.subject_id = c.id::text AND t.kind = 'simplified.expire' AND t.fired_at IS NOT NULL) AS fired,
              (SELECT count(*)::int FROM deadlines t WHERE t.subject_id = c.id::text AND t.kind = 'simplified.expire' AND t.cancelled_at IS NOT NULL) AS cancelled
         FROM simplified_cases c WHERE c.id IN (${list})`, ids)).rows;
    for (const row of rows) {
      // Paid first: terminated, its timer cancelled, no proceeding. Expired first: cancelled, its timer fired once, one proceeding.
      if (row.status === 'terminated') expect(row).toMatchObject({ proceeding_id: null, fired: 0, cancelled: 1 });
      else expect(row).toMatchObject({ status: 'cancelled', fired: 1, cancelled: 0 });
      if (row.status === 'cancelled') expect(row.proceeding_id).not.toBeNull();
    }
    const expired = rows.filter((r) => r.status === 'cancelled').length;
    expect(a + b).toBe(expired);
    // Every paid-in-time case not expired first is paid; no case is in between.
    expect(rows.filter((r) => r.status !== 'cancelled' && r.status !== 'terminated')).toEqual([]);
    const after = await system.db.query<{ n: number }>('SELECT coalesce(sum(last_sequence), 0)::int AS n FROM registration_counters');
    const documents = await system.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM executive_documents WHERE external_id IN (${list})`, cases.map((c) => c.erapFineId));
    expect(documents.rows[0]!.n).toBe(expired);
    expect(after.rows[0]!.n - before.rows[0]!.n).toBe(expired);
    expect(await checkBailiffLoads(system.db)).toEqual({ ok: true, mismatches: [] });
  }, 180_000);
});
