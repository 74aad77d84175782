import { fireDueDeadlines } from '@oryndau/db';
import { fixedClock } from '@oryndau/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSystemOnEachEngine, startTestSystem } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { caseWithJudges, draftAct, signDocument, staff } from './acts/court-acts-test-support';
import { ARCHIVE_HANDOVER, archiveHandoverHandler, scheduleArchiveHandover } from './archive/schedule-archive-handover';
import { OFFICE_ENV, PEOPLE, addStaff } from './office-test-support';

// Issue 15 «course of the case»: the judge of the case moves it through
// CASE_TRANSITIONS (POST /api/court-cases/:id/course); a case-ending act's
// last signature decides it, the archive's signed inventory closes it.

const SECRETARY = '950101400002';
const OTHER_COURT_JUDGE = '770707300012';

type CaseView = {
  status: string; version: number; statusName: { kk: string; ru: string }; courseActions?: string[];
  events: { kind: string; hearingAt?: string | null; name: { kk: string; ru: string } }[];
};
const move = (c: Awaited<ReturnType<typeof staff>>, caseId: string, body: Record<string, unknown>) => c.post(`/api/court-cases/${caseId}/course`, body);
const journal = async (system: System, caseId: string) => (await system.db.query<{ details: Record<string, unknown> }>(
  `SELECT details FROM journal WHERE object_id = $1 AND action = 'courts.case_moved' ORDER BY seq`, [caseId])).rows.map((r) => r.details);

describeSystemOnEachEngine('ISSUE-15: the course of the case', ({ system, clock }) => {
  it('ISSUE-15 course, FILE-14, FILE-17: accept → hearing scheduled (court\'s zone) → held → decision signed decides → archive signed closes', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const { caseId } = await caseWithJudges(system(), clock.now());
    const judge = await staff(system(), PEOPLE.judgeCivil, 'kk');
    const start = (await judge.get(`/api/court-cases/${caseId}`)).json() as CaseView;
    expect(start).toMatchObject({ status: 'assigned', courseActions: ['accept', 'return'] });

    const accepted = await move(judge, caseId, { action: 'accept', version: start.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const a = accepted.json() as CaseView;
    expect(a).toMatchObject({ status: 'in_progress', version: start.version + 1 });
    expect(a.courseActions).toEqual(['scheduleHearing', 'holdHearing', 'suspend', 'leaveWithoutConsideration', 'terminate']);

    // A hearing needs its time; the time is the court's wall clock (Astana, UTC+5).
    const missing = await move(judge, caseId, { action: 'scheduleHearing', version: a.version });
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'courts.hearing_time_required' });
    const scheduled = await move(judge, caseId, { action: 'scheduleHearing', version: a.version, hearingAt: '2026-03-10T10:30', note: 'зал 4' });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const s = scheduled.json() as CaseView;
    expect(s.events.find((e) => e.kind === 'hearing_scheduled')).toMatchObject({ hearingAt: '2026-03-10T05:30:00.000Z',
      name: { kk: expect.any(String), ru: expect.any(String) } });
    const held = (await move(judge, caseId, { action: 'holdHearing', version: s.version })).json() as CaseView;
    expect(held.status).toBe('in_progress');
    expect(held.events.find((e) => e.kind === 'hearing_held')?.hearingAt).toBe('2026-03-10T05:30:00.000Z');

    // decide is not the route's: it follows from the signed decision.
    expect((await move(judge, caseId, { action: 'decide', version: held.version })).statusCode).toBe(400);
    const act = await draftAct(judge, caseId);
    expect((await signDocument(system(), judge, act.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    const decided = (await judge.get(`/api/court-cases/${caseId}`)).json() as CaseView;
    expect(decided).toMatchObject({ status: 'decided', courseActions: [] });
    expect(decided.events.map((e) => e.kind)).toContain('decided');

    // Archived (the handover day fired, the secretary's inventory signed by the judge): the case is closed.
    await system().db.transaction((tx) => scheduleArchiveHandover(tx, { caseId, inForceOn: '2026-04-03' }, clock.now()));
    expect((await fireDueDeadlines(system().db, { [ARCHIVE_HANDOVER]: archiveHandoverHandler }, () => new Date('2026-05-01T00:00:00Z'))).fired)
      .toBeGreaterThanOrEqual(1);
    clock.set(new Date('2026-05-04T05:00:00Z'));
    const secretary = await staff(system(), SECRETARY);
    const archive = (await secretary.get(`/api/court-cases/${caseId}/archive`)).json() as { version: number };
    const prepared = await secretary.post(`/api/court-cases/${caseId}/archive/inventory`, { version: archive.version });
    expect(prepared.statusCode, prepared.body).toBe(200);
    const judgeLater = await staff(system(), PEOPLE.judgeCivil, 'kk');
    const signed = await signDocument(system(), judgeLater, (prepared.json() as { documentId: string }).documentId, PEOPLE.judgeCivil);
    expect(signed.statusCode, signed.body).toBe(200);
    const closed = (await judgeLater.get(`/api/court-cases/${caseId}`)).json() as CaseView;
    expect(closed.status).toBe('closed');
    expect(closed.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['accepted', 'hearing_scheduled', 'hearing_held', 'decided', 'archived', 'closed']));
    expect((await journal(system(), caseId)).map((d) => d.action)).toEqual(['accept', 'scheduleHearing', 'holdHearing', 'decide', 'close']);
  });

  it('ISSUE-15 course, FILE-14: a decision of a case never accepted records accept then decide at the same instant', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const { caseId } = await caseWithJudges(system(), clock.now());
    const judge = await staff(system(), PEOPLE.judgeCivil);
    const act = await draftAct(judge, caseId);
    expect((await signDocument(system(), judge, act.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    const view = (await judge.get(`/api/court-cases/${caseId}`)).json() as CaseView;
    expect(view.status).toBe('decided');
    const kinds = view.events.map((e) => e.kind);
    expect(kinds.indexOf('accepted')).toBeGreaterThan(-1);
    expect(kinds.indexOf('accepted')).toBeLessThan(kinds.indexOf('decided'));
  });

  it('ISSUE-15 course: a forbidden transition and a stale version are 409s; only the judge of the case moves it', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    await addStaff(system().db, { iin: OTHER_COURT_JUDGE, fullName: 'Басқа Судья Сотұлы', courtId: 'court-taraz', roles: ['judge'] }, clock.now())
      .catch(() => undefined);
    const { caseId } = await caseWithJudges(system(), clock.now());
    const judge = await staff(system(), PEOPLE.judgeCivil);
    const v = ((await judge.get(`/api/court-cases/${caseId}`)).json() as CaseView).version;

    const forbidden = await move(judge, caseId, { action: 'holdHearing', version: v });
    expect(forbidden.statusCode).toBe(409);
    expect(forbidden.json()).toMatchObject({ code: 'courts.case_transition_forbidden' });
    const stale = await move(judge, caseId, { action: 'accept', version: v - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'courts.version_conflict' });

    for (const [iin, expected] of [[PEOPLE.judgeCriminal, 403], [PEOPLE.chairman, 403], [PEOPLE.office, 403], [SECRETARY, 403],
      [OTHER_COURT_JUDGE, 404], [PEOPLE.citizen, 404]] as const) {
      const other = await staff(system(), iin);
      const answer = await move(other, caseId, { action: 'accept', version: v });
      expect(answer.statusCode, `${iin}: ${answer.body}`).toBe(expected);
      if (iin !== OTHER_COURT_JUDGE && iin !== PEOPLE.citizen) {
        expect(((await other.get(`/api/court-cases/${caseId}`)).json() as CaseView).courseActions).toEqual([]);
      }
    }
    expect(((await judge.get(`/api/court-cases/${caseId}`)).json() as CaseView).status).toBe('assigned');
    expect((await move(judge, caseId, { action: 'accept', version: v, hearingAt: '2026-13-40T99:00' })).statusCode).toBe(400);
  });
}, OFFICE_ENV);

/** PostgreSQL (PGlite runs one transaction at a time): two tabs of the judge move the same case at once. */
describe('ISSUE-15 course: concurrent moves [postgres]', () => {
  let system: System | undefined;
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  beforeAll(async () => {
    ({ system } = await startTestSystem('postgres', OFFICE_ENV, clock));
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('ISSUE-15 course, X-2: accept and return of the same case at once — one 200, one 409, no 500 (5 rounds)', async () => {
    const judge = await staff(system!, PEOPLE.judgeCivil);
    for (let round = 0; round < 5; round += 1) {
      const { caseId } = await caseWithJudges(system!, clock.now());
      const v = ((await judge.get(`/api/court-cases/${caseId}`)).json() as CaseView).version;
      const answers = await Promise.all([move(judge, caseId, { action: 'accept', version: v }), move(judge, caseId, { action: 'return', version: v })]);
      expect(answers.map((x) => x.statusCode).sort(), answers.map((x) => x.body).join('\n')).toEqual([200, 409]);
      expect(answers.find((x) => x.statusCode === 409)!.json()).toMatchObject({ code: 'courts.version_conflict' });
    }
  });
});
