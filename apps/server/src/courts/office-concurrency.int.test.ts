import { fixedClock } from '@oryndau/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, startTestSystem } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { ESIL, OFFICE_ENV, PEOPLE, addStaff, receivedFiling } from './office-test-support';

/**
 * ISSUE-14 item 8 (FILE-11) on PostgreSQL (PGlite runs one transaction at a
 * time): two specialists register the same filing at the same moment —
 * exactly one succeeds, the other is a clear 409, never a 500 nor a
 * deadlock; two different filings registered at once get distinct numbers.
 */
describe('ISSUE-14 item 8: concurrent registrations [postgres]', () => {
  let system: System | undefined;
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  beforeAll(async () => {
    ({ system } = await startTestSystem('postgres', OFFICE_ENV, clock));
    await addStaff(system.db, { iin: '880303300207', fullName: 'Екінші кеңсе маманы', courtId: ESIL, roles: ['court_office'] }, clock.now());
  });
  afterAll(async () => {
    await system?.stop();
  });

  const signedIn = async (iin: string, locale: 'kk' | 'ru') => {
    const c = new TestClient(system!, locale);
    expect((await c.signIn(iin)).statusCode).toBe(200);
    return c;
  };

  it('ISSUE-14 item 8, FILE-11, X-2: the same filing registered by two specialists at once — one 200, one 409 in the caller\'s language, one case, no deadlock (10 rounds)', async () => {
    const a = await signedIn(PEOPLE.office, 'kk');
    const b = await signedIn('880303300207', 'ru');
    for (let round = 0; round < 10; round += 1) {
      const filing = await receivedFiling(system!.db, clock.now(), { applicantIin: PEOPLE.citizen });
      const card = (await a.get(`/api/court-office/filings/${filing.id}`)).json() as { filing: { version: number }; proposal: { judgeUserId: string } };
      const body = { version: card.filing.version, into: 'new', judgeUserId: card.proposal.judgeUserId };
      const answers = await Promise.all([a.post(`/api/court-office/filings/${filing.id}/register`, body),
        b.post(`/api/court-office/filings/${filing.id}/register`, body)]);
      const statuses = answers.map((x) => x.statusCode).sort();
      expect(statuses, answers.map((x) => x.body).join('\n')).toEqual([200, 409]);
      const lost = answers.find((x) => x.statusCode === 409)!;
      expect(['courts.filing_transition_forbidden', 'courts.version_conflict', 'concurrent_update']).toContain(lost.json().code);
      expect(lost.json().message).not.toMatch(/courts\.|error/);
      const cases = await system!.db.query<{ n: number }>('SELECT count(*)::int AS n FROM court_cases WHERE filing_id = $1', [filing.id]);
      expect(cases.rows[0]!.n).toBe(1);
    }
  }, 120_000);

  it('ISSUE-14 item 8, FILE-11: different filings registered at the same moment get distinct, consecutive case numbers', async () => {
    const a = await signedIn(PEOPLE.office, 'ru');
    const b = await signedIn('880303300207', 'ru');
    const filings = await Promise.all([0, 1, 2, 3, 4, 5].map(() => receivedFiling(system!.db, clock.now(), { applicantIin: PEOPLE.citizen2 })));
    const cards = await Promise.all(filings.map(async (f) => (await a.get(`/api/court-office/filings/${f.id}`)).json() as {
      filing: { version: number }; proposal: { judgeUserId: string } }));
    const answers = await Promise.all(filings.map((f, i) => (i % 2 === 0 ? a : b).post(`/api/court-office/filings/${f.id}/register`,
      { version: cards[i]!.filing.version, into: 'new', judgeUserId: cards[i]!.proposal.judgeUserId })));
    expect(answers.map((x) => x.statusCode), answers.map((x) => x.body).join('\n')).toEqual([200, 200, 200, 200, 200, 200]);
    const numbers = answers.map((x) => (x.json() as { case: { number: string } }).case.number);
    expect(new Set(numbers).size).toBe(6);
    const sequences = numbers.map((n) => Number(n.split('/')[1])).sort((x, y) => x - y);
    expect(sequences.at(-1)! - sequences[0]!).toBe(5);
  }, 120_000);
});
