import { fixedClock } from '@oryndau/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, startTestSystem } from '../../../../test/harness/test-system';
import { staff } from '../courts/acts/court-acts-test-support';
import { ESIL, PEOPLE, addStaff } from '../courts/office-test-support';
import type { System } from '../system';
import type { ApplicationView } from './enp-application-test-support';
import { draftApplication, signApplication } from './enp-application-test-support';
import { ENP_ENV, caseWithActs } from './enp-test-support';

/**
 * ENP-9 on PostgreSQL (PGlite runs one transaction at a time): two
 * specialists decide the same application at the same moment — one approves,
 * one refuses, or both approve. The application's row lock makes the later
 * one see it decided: exactly one 200 and one 409 enp.application_state,
 * one decision recorded, at most one access, one e-mail. Never a 500.
 */
describe('ISSUE-16: concurrent decisions on one ЭНП application [postgres]', () => {
  let system: System | undefined;
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  beforeAll(async () => {
    ({ system } = await startTestSystem('postgres', ENP_ENV, clock));
    await addStaff(system.db, { iin: '880303300207', fullName: 'Екінші кеңсе маманы', courtId: ESIL, roles: ['court_office'] }, clock.now());
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('ENP-9: two staff decide the same application at once — one 200, one 409 enp.application_state, one decision (6 rounds)', async () => {
    const { caseId, office } = await caseWithActs(system!, clock.now(), 'civil', []);
    const number = ((await office.get(`/api/court-cases/${caseId}`)).json() as { number: string }).number;
    const a = await staff(system!, PEOPLE.office, 'kk');
    const b = await staff(system!, '880303300207', 'ru');
    const applicant = new TestClient(system!);
    expect((await applicant.signIn(PEOPLE.citizen2)).statusCode).toBe(200);
    for (let round = 0; round < 6; round += 1) {
      const draft = await draftApplication(applicant, number, { email: `race${round}@example.kz` });
      expect((await signApplication(system!, applicant, draft.id, PEOPLE.citizen2)).statusCode).toBe(200);
      const { version } = (await a.get(`/api/enp/office/applications/${draft.id}`)).json() as ApplicationView;
      const url = `/api/enp/office/applications/${draft.id}`;
      const second = round % 2 === 0 ? b.post(`${url}/approve`, { version }) : b.post(`${url}/refuse`, { version, reason: 'not_participant' });
      const answers = await Promise.all([a.post(`${url}/approve`, { version }), second]);
      expect(answers.map((x) => x.statusCode).sort(), answers.map((x) => x.body).join('\n')).toEqual([200, 409]);
      expect(answers.find((x) => x.statusCode === 409)!.json()).toMatchObject({ code: 'enp.application_state' });
      const decided = (await system!.db.query<{ action: string }>(
        `SELECT action FROM journal WHERE object_id = $1 AND action IN ('enp.application_approved', 'enp.application_refused')`, [draft.id])).rows;
      expect(decided).toHaveLength(1);
      const mails = (await system!.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE recipient = $1', [`race${round}@example.kz`])).rows;
      expect(mails[0]!.n).toBe(1);
    }
  });
});
