import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_ERAP_TOKEN } from '../config';
import type { System } from '../system';
import { startChild } from '../../../../test/harness/child-process';
import { startTestSystem } from '../../../../test/harness/test-system';
import { fixedClock } from '@oryndau/domain';

const CHILD = 'test/harness/simplified-expiry-child.ts';
const CASES = 24;

// SIMP-5 in the production topology: two server processes on one
// PostgreSQL server race for the same 5-day timers. Each timer must cancel
// its case exactly once — one cancellation resolution, one executive
// document, one ЕРАП status — however the race falls. (PGlite is
// single-process by design, so this runs on PostgreSQL only.)
describe('simplified proceedings: expiry timers with two server processes [postgres]', () => {
  let system: System;
  let url: string;
  let pkiDir: string;
  beforeAll(async () => {
    const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
    const started = await startTestSystem('postgres', { DEMO_KEYS: 'true', SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open',
      RATE_PER_MINUTE: '100000' }, clock);
    system = started.system;
    url = started.url!;
    pkiDir = started.config.trust.pkiDir;
  });
  afterAll(async () => { await system?.stop(); });

  it('SIMP-5: every expired case is cancelled exactly once by two racing worker processes', async () => {
    const phones = system.external.simulators!.control.mobileCitizens;
    const debtors = ['900515301006', '900515301016', '900515301026'];
    for (const iin of debtors) phones.setPhone(iin, '+77011234567');
    const fines = Array.from({ length: CASES }, (_, i) => ({
      erapFineId: `ERAP-RACE-${i}`, debtorIin: debtors[i % debtors.length], debtorName: 'Жақсыбеков Арман Серікұлы', amountTiyn: 1_500_000 + i,
      caseOpenedOn: '2026-02-10', territoryKato: i % 2 ? '311000000' : '751110000',
      decision: { number: `АП-RACE-${i}`, date: '2026-02-12', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УП' },
    }));
    const answer = await system.app.inject({ method: 'POST', url: '/api/integrations/erap/fines',
      headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` }, payload: { fines } });
    expect(answer.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(fines.map(() => 'initiated'));

    // The children run on the real clock, months after these 5-day terms: every timer is due.
    const workers = [startChild(CHILD, [url, pkiDir, String(CASES)]), startChild(CHILD, [url, pkiDir, String(CASES)])];
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes, workers.map((w) => w.stderr()).join('\n')).toEqual([0, 0]);
    const fired = workers.map((w) => Number(/^fired (\d+)/.exec(w.lines.find((l) => l.startsWith('fired')) ?? '')?.[1] ?? NaN));
    expect(fired[0]! + fired[1]!).toBe(CASES);

    const db = system.db;
    const cases = await db.query<{ status: string; closed_outcome: string; n: number }>(
      "SELECT status, closed_outcome, count(*)::int AS n FROM simplified_cases WHERE erap_fine_id LIKE 'ERAP-RACE-%' GROUP BY 1, 2");
    expect(cases.rows).toEqual([{ status: 'cancelled', closed_outcome: 'expired', n: CASES }]);
    const timers = await db.query<{ attempts: number; n: number }>(
      "SELECT attempts, count(*)::int AS n FROM deadlines WHERE kind = 'simplified.expire' AND fired_at IS NOT NULL GROUP BY 1");
    expect(timers.rows).toEqual([{ attempts: 1, n: CASES }]);
    const journal = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM journal WHERE action = 'simplified.expire'");
    expect(journal.rows[0]!.n).toBe(CASES);
    const documents = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents WHERE kind = 'simp.cancellation'");
    expect(documents.rows[0]!.n).toBe(CASES);
    const proceedings = await db.query<{ n: number; distinct: number }>(
      "SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS distinct FROM executive_documents WHERE source = 'erap' AND external_id LIKE 'ERAP-RACE-%'");
    expect(proceedings.rows[0]).toEqual({ n: CASES, distinct: CASES });
    const erap = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox WHERE channel = 'erap' AND subject = 'cancelled'");
    expect(erap.rows[0]!.n).toBe(CASES);
  }, 180_000);
});
