import { fixedClock } from '@oryndau/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem } from '../../../../../test/harness/test-system';
import { DEV_ENFORCEMENT_SYSTEM_TOKEN } from '../../config';
import type { System } from '../../system';
import { ESIL, OFFICE_ENV, addStaff } from '../office-test-support';
import { WRIT_PEOPLE as P, courtAct, registeredCase, signedIn } from './writ-test-support';

/**
 * FILE-16 on PostgreSQL (PGlite runs one transaction at a time): two
 * secretaries prepare the writ of the same act at the same moment — exactly
 * one 200, the other one clear 409 `courts.writ_exists`, never a 500 nor a
 * deadlock, one writ. And one status event delivered twice at once is
 * recorded once.
 */
describe('FILE-16: concurrent preparation of one writ [postgres]', () => {
  let system: System | undefined;
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  const SECOND_SECRETARY = '910202400113';
  beforeAll(async () => {
    ({ system } = await startTestSystem('postgres', OFFICE_ENV, clock));
    await addStaff(system.db, { iin: SECOND_SECRETARY, fullName: 'Екінші хатшы', courtId: ESIL, roles: ['court_secretary'] }, clock.now());
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('FILE-16, X-2: the same act\'s writ prepared by two secretaries at once — one 200, one 409, one writ (8 rounds)', async () => {
    const a = await signedIn(system!, P.secretary, 'kk');
    const b = await signedIn(system!, SECOND_SECRETARY, 'ru');
    for (let round = 0; round < 8; round += 1) {
      const { caseId } = await registeredCase(system!, clock.now());
      const actId = await courtAct(system!, caseId, { inForce: true });
      const body = { actId, amountMinor: 1_000_000, claimEssence: 'Взыскание долга' };
      const answers = await Promise.all([a.post(`/api/court-cases/${caseId}/writs`, body), b.post(`/api/court-cases/${caseId}/writs`, body)]);
      expect(answers.map((x) => x.statusCode).sort(), answers.map((x) => x.body).join('\n')).toEqual([200, 409]);
      const lost = answers.find((x) => x.statusCode === 409)!;
      expect(lost.json()).toMatchObject({ code: 'courts.writ_exists' });
      const count = await system!.db.query<{ n: number }>('SELECT count(*)::int AS n FROM court_writs WHERE act_id = $1', [actId]);
      expect(count.rows[0]!.n).toBe(1);
    }
  });

  it('FILE-16, ENF-11: one status event delivered twice at once is recorded once; both answers are 200', async () => {
    const secretary = await signedIn(system!, P.secretary);
    const { caseId } = await registeredCase(system!, clock.now());
    const actId = await courtAct(system!, caseId, { inForce: true });
    const prepared = await secretary.post(`/api/court-cases/${caseId}/writs`, { actId, amountMinor: 1_000_000, claimEssence: 'Взыскание долга' });
    const writId = (prepared.json() as { writId: string }).writId;
    // Straight to registered (the delivery is the other test's): what the receiver needs is a registered writ.
    await system!.db.query(`UPDATE court_writs SET status = 'registered', judge_signature_id = s.id, secretary_signature_id = s.id,
      act_copy_signature_id = s.id, signed_at = $2, sent_at = $2, registration_number = 'R-1', registration_date = '2026-03-02', registered_at = $2
      FROM (SELECT id FROM signatures LIMIT 1) s WHERE court_writs.id = $1`, [writId, clock.now().toISOString()]);
    const push = () => system!.app.inject({ method: 'POST', url: `/api/integrations/enforcement/executive-documents/${writId}/status`,
      headers: { authorization: `Bearer ${DEV_ENFORCEMENT_SYSTEM_TOKEN}` },
      payload: { eventId: 'evt-twice-1', status: 'taken_for_execution', at: clock.now().toISOString(), bailiffName: 'Ахметова Айгүл Нұрланқызы' } });
    const answers = await Promise.all([push(), push()]);
    expect(answers.map((x) => x.statusCode), answers.map((x) => x.body).join('\n')).toEqual([200, 200]);
    expect(answers.map((x) => (x.json() as { duplicate: boolean }).duplicate).sort()).toEqual([false, true]);
    const again = await push();
    expect(again.json()).toMatchObject({ duplicate: true, eventId: 'evt-twice-1' });
    const rows = await system!.db.query<{ n: number }>('SELECT count(*)::int AS n FROM court_writ_statuses WHERE writ_id = $1', [writId]);
    expect(rows.rows[0]!.n).toBe(1);
  });
});
