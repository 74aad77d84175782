import { fixedClock } from '@oryndau/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { staff } from '../courts/acts/court-acts-test-support';
import { ESIL, PEOPLE, addStaff } from '../courts/office-test-support';
import { ENP_ENV, PortalClient, caseWithActs } from './enp-test-support';

/**
 * ENP-1, ENP-6 on PostgreSQL (PGlite runs one transaction at a time).
 * Two specialists re-issue the same participant's password at the same
 * moment: the case row's lock makes them run one after the other — both
 * answer 200, the later replaces the earlier, exactly one live access
 * remains and only its password opens the case (the serial outcome a
 * re-issue means; never a 500 or a deadlock). Two administrators saving
 * the matrix from the same base: one 200, one 409 enp.matrix_conflict.
 */
describe('ISSUE-16: concurrent ЭНП re-issue and matrix saves [postgres]', () => {
  let system: System | undefined;
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  beforeAll(async () => {
    ({ system } = await startTestSystem('postgres', ENP_ENV, clock));
    await addStaff(system.db, { iin: '880303300207', fullName: 'Екінші кеңсе маманы', courtId: ESIL, roles: ['court_office'] }, clock.now());
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('ENP-1: the same access re-issued by two specialists at once — both 200 in turn, one live access, only the later password opens the case (10 rounds)', async () => {
    const { caseId } = await caseWithActs(system!, clock.now(), 'civil', []);
    const a = await staff(system!, PEOPLE.office, 'kk');
    const b = await staff(system!, '880303300207', 'ru');
    const iin = '900101300017';
    const body = { iin, fullName: 'Иванов Иван', category: 'plaintiff', appliedOn: '2026-03-02', email: 'p@example.kz', representedEntity: null };
    for (let round = 0; round < 10; round += 1) {
      const answers = await Promise.all([a.post(`/api/enp/office/cases/${caseId}/accesses`, body), b.post(`/api/enp/office/cases/${caseId}/accesses`, body)]);
      expect(answers.map((x) => x.statusCode), answers.map((x) => x.body).join('\n')).toEqual([200, 200]);
      const issued = answers.map((x) => x.json() as { accessId: string; password: string; replaced: boolean });
      // The first round's first writer found nothing to replace; every other issue replaced one.
      expect(issued.filter((x) => !x.replaced).length).toBe(round === 0 ? 1 : 0);
      const live = (await system!.db.query<{ id: string }>('SELECT id FROM enp_accesses WHERE case_id = $1 AND replaced_at IS NULL', [caseId])).rows;
      expect(live).toHaveLength(1);
      const winner = issued.find((x) => x.accessId === live[0]!.id)!;
      const loser = issued.find((x) => x.accessId !== live[0]!.id)!;
      expect((await new PortalClient(system!).search(iin, winner.password)).statusCode).toBe(200);
      expect((await new PortalClient(system!).search(iin, loser.password)).statusCode).toBe(401);
    }
  });

  it('ENP-6: two administrators save the matrix from the same base at once — one 200, one 409 enp.matrix_conflict, one new version', async () => {
    const admin1 = await staff(system!, '800101300006');
    const admin2 = await staff(system!, '800101300006', 'kk');
    const current = (await admin1.get('/api/enp/matrix')).json() as { version: number; cells: unknown[] };
    const body = { baseVersion: current.version, note: 'бір мезгілде', cells: current.cells };
    const answers = await Promise.all([admin1.put('/api/enp/matrix', body), admin2.put('/api/enp/matrix', body)]);
    expect(answers.map((x) => x.statusCode).sort(), answers.map((x) => x.body).join('\n')).toEqual([200, 409]);
    expect(answers.find((x) => x.statusCode === 409)!.json()).toMatchObject({ code: 'enp.matrix_conflict' });
    const versions = (await system!.db.query<{ n: number }>('SELECT count(*)::int AS n FROM enp_matrix_versions')).rows[0]!.n;
    expect(versions).toBe(current.version + 1);
  });
});
