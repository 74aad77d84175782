import { checkBailiffLoads, fireDueDeadlineChunks } from '@oryndau/db';
import { parseRegistrationNumber, type distribution } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { ENV, TERRITORIES, intake, payInFull } from './expiry-test-support';
import type { System } from '../system';
import { systemDeadlineChunkHandlers } from '../system';

// Issue 18 item 4: the expiry timers of many cases fire in one chunk (one
// transaction). Per case the outcome is the one-by-one path's (SIMP-5): a
// signed cancellation, an executive document registered under the
// department's next number and distributed (ENF-1, ENF-12), ЕРАП told; a
// case paid meanwhile is left alone (SIMP-4).
type Registered = { case_id: string; department_code: string; registration_number: string; decision: distribution.DistributionDecision; due_at: Date; deadline_id: string };

async function registered(system: System, caseIds: readonly string[]): Promise<Registered[]> {
  return (await system.db.query<Registered>(
    `SELECT c.id AS case_id, e.department_code, e.registration_number, d.decision, t.due_at, t.id AS deadline_id
       FROM simplified_cases c JOIN proceedings p ON p.id = c.proceeding_id JOIN executive_documents e ON e.id = p.executive_document_id
       JOIN distribution_decisions d ON d.proceeding_id = p.id JOIN deadlines t ON t.subject_id = c.id::text AND t.kind = 'simplified.expire'
      WHERE c.id IN (${caseIds.map((_, i) => `$${i + 1}`).join(', ')}) ORDER BY t.due_at, t.id`, [...caseIds])).rows;
}

const sequenceOf = (number: string) => {
  const parsed = parseRegistrationNumber(number);
  if (!parsed.ok) throw new Error(`not a registration number: ${number}`);
  return parsed.value.sequence;
};

describeSystemOnEachEngine('simplified proceedings: the expiry by chunks', ({ system, client, clock }) => {
  it('SIMP-5, ENF-1, ENF-12: timers of two regions due at once fire in one chunk — numbers gap-free in order, each choice from the loads the one before left, the counters right; a case paid meanwhile stays paid (SIMP-4)', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const cases = await intake(system(), 9, (i) => TERRITORIES[i % 2]!);
    const paid = cases[4]!;
    clock.advance(86_400_000);
    const payment = await payInFull(system(), client('kk'), paid.caseId);
    expect(payment.statusCode, payment.body).toBe(200);
    const counters = async () => new Map((await system().db.query<{ department_code: number; last_sequence: number }>(
      'SELECT department_code, last_sequence FROM registration_counters')).rows.map((r) => [String(r.department_code), Number(r.last_sequence)]));
    const before = await counters();

    clock.set(new Date(new Date(cases[0]!.expiresAt).getTime() + 60_000));
    const fired = await fireDueDeadlineChunks(system().db, systemDeadlineChunkHandlers(system().outcomes), () => clock.now(), { size: 100 });
    expect(fired).toMatchObject({ fired: cases.length - 1, fallback: false });

    const states = await system().db.query<{ id: string; status: string; closed_outcome: string; proceeding_id: string | null }>(
      `SELECT id, status, closed_outcome, proceeding_id FROM simplified_cases WHERE id IN (${cases.map((_, i) => `$${i + 1}`).join(', ')})`,
      cases.map((c) => c.caseId));
    for (const row of states.rows) {
      if (row.id === paid.caseId) expect(row).toMatchObject({ status: 'terminated', closed_outcome: 'paid', proceeding_id: null });
      else expect(row).toMatchObject({ status: 'cancelled', closed_outcome: 'expired' });
    }
    const expired = cases.filter((c) => c !== paid);
    const rows = await registered(system(), expired.map((c) => c.caseId));
    expect(rows).toHaveLength(expired.length);
    const after = await counters();
    for (const department of new Set(rows.map((r) => r.department_code))) {
      // Gap-free and in the timers' order: the department's numbers follow the counter as it stood, one after another.
      const mine = rows.filter((r) => r.department_code === department);
      expect(mine.map((r) => sequenceOf(r.registration_number))).toEqual(mine.map((_, k) => (before.get(department) ?? 0) + k + 1));
      expect(after.get(department)).toBe((before.get(department) ?? 0) + mine.length);
      // Each decision saw the loads the decisions before it left (the one-by-one path reads them back from the counters).
      for (let k = 1; k < mine.length; k++) {
        const previous = mine[k - 1]!.decision;
        for (const view of mine[k]!.decision.candidates) {
          const was = previous.candidates.find((c) => c.id === view.id)!;
          const moved = previous.chosen === view.id ? 1 : 0;
          expect({ id: view.id, load: view.load, recent: view.recentAssignments }).toEqual({ id: view.id, load: was.load + moved, recent: was.recentAssignments + moved });
        }
        expect(mine[k]!.decision.chosen).not.toBeNull();
      }
    }
    expect(await checkBailiffLoads(system().db)).toEqual({ ok: true, mismatches: [] });

    // The same rows, journal entries and ЕРАП statuses per case as one by one.
    const journal = await system().db.query<{ object_id: string; actions: string[] }>(
      `SELECT object_id, array_agg(action ORDER BY seq) AS actions FROM journal WHERE object_id IN (${expired.map((_, i) => `$${i + 1}`).join(', ')})
        AND at >= $${expired.length + 1} GROUP BY object_id`, [...expired.map((c) => c.caseId), clock.now().toISOString()]);
    expect(journal.rows).toHaveLength(expired.length);
    for (const r of journal.rows) expect(r.actions).toEqual(['simplified.expire', 'simplified.sent_to_distribution']);
    const registeredEntries = await system().db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM journal WHERE action = 'enforcement.registered' AND object_id IN (${rows.map((_, i) => `$${i + 1}`).join(', ')})`,
      rows.map((r) => r.decision.inputs.document.id));
    expect(registeredEntries.rows[0]!.n).toBe(expired.length);
    const sealed = await system().db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM simplified_cases c JOIN documents d ON d.id = c.closing_document_id JOIN signatures s ON s.document_id = d.id::text
        JOIN journal j ON j.object_id = d.id::text AND j.action = 'document.sealed' AND j.details->>'signatureId' = s.id::text
        WHERE c.id IN (${expired.map((_, i) => `$${i + 1}`).join(', ')}) AND d.kind = 'simp.cancellation'`, expired.map((c) => c.caseId));
    expect(sealed.rows[0]!.n).toBe(expired.length);
    const erap = await system().db.query<{ recipient: string; subjects: string[] }>(
      `SELECT recipient, array_agg(subject ORDER BY created_at, id) AS subjects FROM outbox WHERE channel = 'erap'
        AND recipient IN (${cases.map((_, i) => `$${i + 1}`).join(', ')}) GROUP BY recipient`, cases.map((c) => c.erapFineId));
    for (const r of erap.rows) {
      expect(r.subjects).toEqual(r.recipient === paid.erapFineId ? ['initiated', 'terminated'] : ['initiated', 'cancelled']);
    }
    const timers = await system().db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM deadlines WHERE kind = 'simplified.expire' AND fired_at IS NULL AND cancelled_at IS NULL
        AND subject_id IN (${cases.map((_, i) => `$${i + 1}`).join(', ')})`, cases.map((c) => c.caseId));
    expect(timers.rows[0]!.n).toBe(0);
  }, 120_000);
}, ENV);
