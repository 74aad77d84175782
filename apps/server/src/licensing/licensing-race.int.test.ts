import { fixedClock } from '@oryndau/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, startTestSystem } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { LIC, LIC_ENV, registeredPortalApplication, signedIn } from './licensing-test-support';
import type { AppView } from './licensing-test-support';

/**
 * On PostgreSQL (PGlite runs one transaction at a time): two sessions of the
 * licensor decide the same application at the same moment — refuse and
 * return, or refuse twice. The application's row lock and version make the
 * later one see it changed: exactly one 200 and one 409
 * licensing.application_state, one decision journalled. Never a 500.
 */
describe('ISSUE-17: concurrent decisions on one licensing application [postgres]', () => {
  let system: System | undefined;
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  beforeAll(async () => {
    ({ system } = await startTestSystem('postgres', LIC_ENV, clock));
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('LIC-7: two decisions at once — one 200, one 409 licensing.application_state, one decision (4 rounds)', async () => {
    const applicant = await signedIn(system!, LIC.applicant, TestClient);
    const a = await signedIn(system!, LIC.officer, TestClient);
    const b = await signedIn(system!, LIC.officer, TestClient, 'kk');
    for (let round = 0; round < 4; round += 1) {
      const { id, signed } = await registeredPortalApplication(system!, applicant, LIC.applicant);
      expect(signed.statusCode, signed.body).toBe(200);
      const { version } = (await a.get(`/api/licensing/office/applications/${id}`)).json() as AppView;
      const url = `/api/licensing/office/applications/${id}`;
      const refuse = (c: TestClient) => c.post(`${url}/refuse`, { version, reasons: ['documents_incomplete'] });
      const second = round % 2 === 0 ? refuse(b) : b.post(`${url}/return`, { version, text: 'Түзетіңіз' });
      const answers = await Promise.all([refuse(a), second]);
      expect(answers.map((x) => x.statusCode).sort(), answers.map((x) => x.body).join('\n')).toEqual([200, 409]);
      expect(answers.find((x) => x.statusCode === 409)!.json()).toMatchObject({ code: 'licensing.application_state' });
      const decided = await system!.db.query(
        `SELECT 1 FROM journal WHERE object_id = $1 AND action IN ('licensing.application_refused', 'licensing.application_returned')`, [id]);
      expect(decided.rows).toHaveLength(1);
    }
  });
});
