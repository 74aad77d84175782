import { checkBailiffLoads, fireDueDeadlines } from '@oryndau/db';
import { fixedClock } from '@oryndau/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlocksDetected } from '../../../../test/harness/deadlocks';
import { TestClient, startTestSystem } from '../../../../test/harness/test-system';
import { DEV_ERAP_TOKEN } from '../config';
import { SIMPLIFIED_EXPIRE, simplifiedExpireHandler } from '../simplified/outcomes';
import type { System } from '../system';
import { PEOPLE } from './test-support';

// Issue 18 item 4 (ENF-12) in the production topology's worst case: many
// expiries of one region distributed at once (each moves the chosen
// bailiff's counter), beside registrations over HTTP and a senior's
// reassignments in the same region. PostgreSQL only: PGlite runs one
// transaction at a time. No answer is a 500, PostgreSQL detects no deadlock
// (the counters are locked after the proceeding or the department's
// registration counter, in bailiff-id order), and the counters end equal
// to a fresh count.

const FINES = 40;
const LANES = 4;
const ENV = { DEMO_KEYS: 'true', LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000', SIMPLIFIED_TERRITORIES: 'nationwide',
  SIMPLIFIED_PERIOD_UNTIL: 'open' };

const card = (n: number) => ({
  arrivalOrder: 'first', claimEssence: 'Взыскание задолженности', issueDate: '2026-02-10', issuingBody: 'Таразский городской суд',
  documentType: 'writ_of_execution', documentNumber: `2-${n}-RACE/2026`, entryIntoForceDate: '2026-02-20',
  categoryCode: 'legal_entities', amount: '250000', currency: 'KZT', solidaryLiability: false, trustedPerson: false,
  parties: [
    { role: 'debtor', kind: 'individual', identifier: '920707300005', name: 'Исабеков Данияр Асқарұлы', regionKato: '310000000' },
    { role: 'claimant', kind: 'individual', identifier: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы', regionKato: '310000000' },
  ],
});

describe('ENF-12, SIMP-5, issue 18 item 4: concurrent expiries, registrations and reassignments in one region [postgres]', () => {
  let system: System | undefined;
  let url: string | null = null;
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  beforeAll(async () => {
    ({ system, url } = await startTestSystem('postgres', ENV, clock));
  });
  afterAll(async () => {
    await system?.stop();
  });


  it('ENF-12, SIMP-5, issue 18 item 4: no 500, no deadlock, every case cancelled once, the counters equal a recount', async () => {
    const sys = system!;
    const signedIn = async (iin: string) => {
      const c = new TestClient(sys, 'ru');
      const answer = await c.signIn(iin);
      expect(answer.statusCode, answer.body).toBe(200);
      return { client: c, id: (answer.json() as { user: { id: string } }).user.id };
    };
    let registrar = await signedIn(PEOPLE.privateBailiff);

    const debtors = ['900515301006', '900515301016', '900515301026'];
    for (const iin of debtors) sys.external.simulators!.control.mobileCitizens.setPhone(iin, '+77011234567');
    const fines = Array.from({ length: FINES }, (_, i) => ({
      erapFineId: `ERAP-LOAD-${i}`, debtorIin: debtors[i % debtors.length], debtorName: 'Жақсыбеков Арман Серікұлы', amountTiyn: 1_500_000 + i,
      caseOpenedOn: '2026-02-10', territoryKato: '311000000',
      decision: { number: `АП-LOAD-${i}`, date: '2026-02-12', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УАП ДП Жамбылской области' },
    }));
    const intake = await sys.app.inject({ method: 'POST', url: '/api/integrations/erap/fines',
      headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` }, payload: { fines } });
    expect(intake.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(fines.map(() => 'initiated'));
    // Proceedings the senior moves during the race.
    const moving: string[] = [];
    for (let n = 0; n < 4; n += 1) {
      const created = await registrar.client.post('/api/enforcement/executive-documents', card(n));
      expect(created.statusCode, created.body).toBe(201);
      moving.push((created.json() as { proceedingId: string }).proceedingId);
    }

    clock.advance(8 * 86_400_000);
    // Eight days on, the sessions have lapsed: everyone signs in again.
    registrar = await signedIn(PEOPLE.privateBailiff);
    const other = await signedIn(PEOPLE.stateBailiffTaraz);
    const senior = await signedIn(PEOPLE.seniorTaraz);
    const handlers = { [SIMPLIFIED_EXPIRE]: simplifiedExpireHandler(sys.outcomes) };
    let fired = 0;
    let failed = 0;
    const lane = async () => {
      for (;;) {
        const run = await fireDueDeadlines(sys.db, handlers, () => clock.now(), 2);
        fired += run.fired;
        failed += run.failed;
        if (run.fired === 0 && run.failed === 0) return;
      }
    };
    const answers: LightMyRequestResponse[] = [];
    const registrations = async () => {
      for (let n = 10; n < 20; n += 1) answers.push(await registrar.client.post('/api/enforcement/executive-documents', card(n)));
    };
    const reassignments = async () => {
      for (let round = 0; round < 3; round += 1) {
        await Promise.all(moving.map(async (id, i) => {
          const to = (i + round) % 2 === 0 ? other.id : registrar.id;
          answers.push(await senior.client.post(`/api/enforcement/proceedings/${id}/reassign`, { bailiffId: to, reason: `Перераспределение, раунд ${round}` }));
        }));
      }
    };
    await Promise.all([...Array.from({ length: LANES }, lane), registrations(), reassignments()]);

    expect(answers.filter((a) => a.statusCode >= 500).map((a) => a.body)).toEqual([]);
    // A reassignment to the bailiff who already holds it is refused with its own code; nothing else is refused.
    const refusals = answers.filter((a) => a.statusCode >= 300).map((a) => a.json() as { code: string; details?: { code?: string } });
    expect(refusals.filter((r) => r.details?.code !== 'distribution.same_bailiff')).toEqual([]);
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(10);
    expect(failed).toBe(0);
    expect(fired).toBe(FINES);
    const cases = await sys.db.query<{ status: string; n: number }>(
      "SELECT status, count(*)::int AS n FROM simplified_cases WHERE erap_fine_id LIKE 'ERAP-LOAD-%' GROUP BY 1");
    expect(cases.rows).toEqual([{ status: 'cancelled', n: FINES }]);
    const proceedings = await sys.db.query<{ n: number }>('SELECT count(*)::int AS n FROM proceedings');
    expect(proceedings.rows[0]!.n).toBe(FINES + 14);
    expect(await checkBailiffLoads(sys.db)).toEqual({ ok: true, mismatches: [] });

    await sys.stop();
    system = undefined;
    expect(await deadlocksDetected(url!, { waitForOtherSessions: true })).toBe(0);
  }, 240_000);
});
