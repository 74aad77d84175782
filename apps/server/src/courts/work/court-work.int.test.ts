import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../../test/harness/test-system';
import type { TestClient } from '../../../../../test/harness/test-system';
import { caseWithJudges, draftAct, signDocument, staff } from '../acts/court-acts-test-support';
import { ESIL, OFFICE_ENV, PEOPLE, addStaff } from '../office-test-support';
import { WRIT_PEOPLE, courtAct, registeredCase, signedIn } from '../writs/writ-test-support';

// Issue 15 (FILE-14, FILE-15, FILE-16): the court staff's work lists hold
// exactly what their home counters count — the judge's acts to sign, the
// legal-force marks due (court-wide for the chairman), the secretary's writs.

const MARCH_2 = new Date('2026-03-02T05:00:00Z'); // Monday 10:00 in Astana
const APRIL_3 = new Date('2026-04-03T05:00:00Z'); // the civil decision's legal-force date

type Item = { caseId: string; caseNumber: string };
type ActItem = Item & { actId: string; kindName: { kk: string; ru: string }; statusName: { kk: string; ru: string }; createdOn: string };
type MarkItem = Item & { actId: string; dueOn: string; overdue: boolean };
type WritItem = Item & { writId: string; number: string; debtors: string[]; amount: string; currency: string; statusName: { kk: string; ru: string } };

const counter = async (c: TestClient, key: string) => ((await c.get('/api/home')).json() as { queues: { key: string; count: number }[] })
  .queues.find((q) => q.key === key)?.count;

async function list<T>(c: TestClient, path: string): Promise<{ items: T[]; courtWide?: boolean }> {
  const answer = await c.get(`/api/court-work/${path}`);
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json() as { items: T[]; courtWide?: boolean };
}

describeSystemOnEachEngine('ISSUE-15: the court staff\'s work lists (FILE-14, FILE-15, FILE-16)', ({ system, clock }) => {
  it('FILE-14: the judge\'s acts to sign are what the counter counts; signed ones leave; another judge\'s are not listed', async () => {
    clock.set(MARCH_2);
    const panel = await caseWithJudges(system(), clock.now(), { panel: true });
    const alone = await caseWithJudges(system(), clock.now());
    const judgeA = await staff(system(), PEOPLE.judgeCivil);
    const judgeB = await staff(system(), PEOPLE.judgeCriminal, 'kk');
    const shared = await draftAct(judgeA, panel.caseId);
    const own = await draftAct(judgeA, alone.caseId);

    const listA = await list<ActItem>(judgeA, 'acts-to-sign');
    expect(listA.items.map((i) => i.actId).sort()).toEqual([shared.id, own.id].sort());
    expect(await counter(judgeA, 'courts.actsToSign')).toBe(listA.items.length);
    expect(listA.items.find((i) => i.actId === own.id)).toMatchObject({ caseId: alone.caseId, createdOn: '2026-03-02',
      kindName: { kk: expect.any(String), ru: expect.any(String) }, statusName: { ru: expect.any(String) } });
    expect(listA.items[0]!.caseNumber).not.toBe('');
    // The colleague sits on the panel's case only: the act of judgeA's own case is not theirs to sign.
    const listB = await list<ActItem>(judgeB, 'acts-to-sign');
    expect(listB.items.map((i) => i.actId)).toEqual([shared.id]);
    expect(await counter(judgeB, 'courts.actsToSign')).toBe(1);

    // Signed by judgeA, the panel's act leaves judgeA's list and stays in judgeB's until they sign it.
    expect((await signDocument(system(), judgeA, shared.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    expect((await list<ActItem>(judgeA, 'acts-to-sign')).items.map((i) => i.actId)).toEqual([own.id]);
    expect(await counter(judgeA, 'courts.actsToSign')).toBe(1);
    expect((await list<ActItem>(judgeB, 'acts-to-sign')).items.map((i) => i.actId)).toEqual([shared.id]);

    // Nobody else has the list: a citizen is refused (403), and a stray query parameter is no 500.
    const citizen = await staff(system(), PEOPLE.citizen);
    expect((await citizen.get('/api/court-work/acts-to-sign')).statusCode).toBe(403);
    expect((await judgeA.get('/api/court-work/acts-to-sign?x=%ff')).statusCode).toBeLessThan(500);
  });

  it('FILE-15: marks due — the judge\'s on their cases from the legal-force date, overdue the day after; the chairman sees them court-wide', async () => {
    clock.set(MARCH_2);
    const { caseId } = await caseWithJudges(system(), clock.now());
    const judge = await staff(system(), PEOPLE.judgeCivil, 'kk');
    const act = await draftAct(judge, caseId);
    expect((await signDocument(system(), judge, act.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);

    const marksOf = async (c: TestClient) => {
      const answer = await list<MarkItem>(c, 'legal-force-marks');
      return { ...answer, mine: answer.items.find((i) => i.actId === act.id) };
    };
    clock.set(new Date('2026-04-02T12:00:00Z'));
    expect((await judge.signIn(PEOPLE.judgeCivil)).statusCode).toBe(200);
    expect((await marksOf(judge)).mine).toBeUndefined();

    clock.set(APRIL_3);
    const chairman = await staff(system(), PEOPLE.chairman);
    const other = await staff(system(), PEOPLE.judgeCriminal);
    expect((await judge.signIn(PEOPLE.judgeCivil)).statusCode).toBe(200);
    const judges = await marksOf(judge);
    expect(judges.courtWide).toBe(false);
    expect(judges.mine).toMatchObject({ caseId, dueOn: '2026-04-03', overdue: false });
    expect(await counter(judge, 'courts.legalForceMarks')).toBe(judges.items.length);
    const chairmans = await marksOf(chairman);
    expect(chairmans.courtWide).toBe(true);
    expect(chairmans.mine).toMatchObject({ caseId, dueOn: '2026-04-03' });
    expect(await counter(chairman, 'courts.legalForceMarks')).toBe(chairmans.items.length);
    expect(chairmans.items.length).toBeGreaterThanOrEqual(judges.items.length);
    // Another judge of the court does not see the colleague's mark.
    const others = await marksOf(other);
    expect(others.mine).toBeUndefined();
    expect(await counter(other, 'courts.legalForceMarks')).toBe(others.items.length);

    clock.set(new Date('2026-04-04T05:00:00Z'));
    expect((await judge.signIn(PEOPLE.judgeCivil)).statusCode).toBe(200);
    expect((await marksOf(judge)).mine).toMatchObject({ overdue: true });
    // Marked, it leaves both lists and both counters.
    const prepared = await judge.post(`/api/court-acts/${act.id}/legal-force`, {});
    expect(prepared.statusCode, prepared.body).toBe(200);
    expect((await signDocument(system(), judge, (prepared.json() as { documentId: string }).documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    const after = await marksOf(judge);
    expect(after.mine).toBeUndefined();
    expect(await counter(judge, 'courts.legalForceMarks')).toBe(after.items.length);
    expect((await chairman.signIn(PEOPLE.chairman)).statusCode).toBe(200);
    expect((await marksOf(chairman)).mine).toBeUndefined();
    // The secretary sits on no case: their list is empty (they have no such home queue).
    expect((await list<MarkItem>(await signedIn(system(), WRIT_PEOPLE.secretary), 'legal-force-marks')).items).toEqual([]);
  });

  it('FILE-16: the secretary\'s writs to sign are what the counter counts, with debtors and sum; another secretary\'s list does not hold them', async () => {
    clock.set(MARCH_2);
    await addStaff(system().db, { iin: '910202400113', fullName: 'Екінші Хатшы', courtId: ESIL, roles: ['court_secretary'] }, clock.now());
    const secretary = await signedIn(system(), WRIT_PEOPLE.secretary, 'kk');
    const { caseId, number } = await registeredCase(system(), clock.now());
    const actId = await courtAct(system(), caseId, { inForce: true });
    const preparable = (await secretary.get(`/api/court-cases/${caseId}/writs`)).json() as { participants: { id: string }[] };
    const prepared = await secretary.post(`/api/court-cases/${caseId}/writs`, { actId, amountMinor: 50_000_050, currency: 'KZT',
      claimEssence: 'Қарызды өндіру / Взыскание долга по расписке', parties: preparable.participants.map((p) => ({ participantId: p.id, regionKato: '310000000' })) });
    expect(prepared.statusCode, prepared.body).toBe(200);
    const writId = (prepared.json() as { writId: string }).writId;

    const writs = await list<WritItem>(secretary, 'writs-to-sign');
    expect(writs.items.map((i) => i.writId)).toEqual([writId]);
    expect(await counter(secretary, 'courts.writsToSign')).toBe(1);
    expect(writs.items[0]).toMatchObject({ caseId, caseNumber: number, number: `${number}/1`, amount: '500000.50', currency: 'KZT',
      statusName: { kk: expect.any(String), ru: expect.any(String) } });
    expect(writs.items[0]!.debtors.length).toBeGreaterThan(0);
    expect(writs.items[0]!.debtors.every((d) => d.trim() !== '')).toBe(true);

    const colleague = await signedIn(system(), '910202400113');
    expect((await list<WritItem>(colleague, 'writs-to-sign')).items).toEqual([]);
    expect(await counter(colleague, 'courts.writsToSign')).toBe(0);
    // A judge prepares no writs: no such list (403), as the counter has none.
    const judge = await staff(system(), PEOPLE.judgeCivil);
    expect((await judge.get('/api/court-work/writs-to-sign')).statusCode).toBe(403);
    expect(await counter(judge, 'courts.writsToSign')).toBeUndefined();
  });
}, OFFICE_ENV);
