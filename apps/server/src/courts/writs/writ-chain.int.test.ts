import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../../test/harness/test-system';
import { generateAndSign, workerTick } from '../../enforcement/test-support';
import { DECISION, caseWithJudges, draftAct, signDocument, staff } from '../acts/court-acts-test-support';
import { OFFICE_ENV, PEOPLE } from '../office-test-support';

// FILE-14 → FILE-15 → FILE-16 → ENF-11 with no shortcut and no simulator in
// the middle: the judge signs the decision; a writ before its legal force is
// refused; on the legal-force date the judge's mark puts it in force; the
// secretary prepares the writ, judge and secretary sign it, the worker
// delivers it over HTTP to enforcement's intake (this test's server); the
// private bailiff initiates and the court's case shows "taken for execution".

const SECRETARY = '950101400002';
const PRIVATE_BAILIFF = '880415400004';
type Writs = { writs: { id: string; status: string; cardDocumentId: string; actCopyDocumentId: string; history: { status: string }[] }[];
  preparableActs: { id: string }[]; participants: { id: string }[] };

describeSystemOnEachEngine('FILE-16: decision → legal force → writ → enforcement → status on the case', ({ system, clock }) => {
  it('FILE-14, FILE-15, FILE-16, ENF-11, §51–58: the whole chain inside Oryndau, statuses in order on the court\'s case', async () => {
    await system().app.listen({ port: 0, host: '127.0.0.1' });
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const { caseId } = await caseWithJudges(system(), clock.now());
    const judge = await staff(system(), PEOPLE.judgeCivil);
    const act = await draftAct(judge, caseId, DECISION);
    expect((await signDocument(system(), judge, act.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);

    // §51: not in force yet — nothing to prepare, and a try is a 409.
    let secretary = await staff(system(), SECRETARY, 'kk');
    const writs = async () => (await secretary.get(`/api/court-cases/${caseId}/writs`)).json() as Writs;
    expect((await writs()).preparableActs).toEqual([]);
    const early = await secretary.post(`/api/court-cases/${caseId}/writs`, { actId: act.id, amountMinor: 50_000_000, claimEssence: 'Қарызды өндіру' });
    expect(early.json()).toMatchObject({ code: 'courts.writ_act_not_in_force' });

    clock.set(new Date('2026-04-03T05:00:00Z'));
    expect((await judge.signIn(PEOPLE.judgeCivil)).statusCode).toBe(200);
    const mark = await judge.post(`/api/court-acts/${act.id}/legal-force`, {});
    expect(mark.statusCode, mark.body).toBe(200);
    expect((await signDocument(system(), judge, (mark.json() as { documentId: string }).documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);

    secretary = await staff(system(), SECRETARY, 'kk');
    const ready = await writs();
    expect(ready.preparableActs.map((a) => a.id)).toEqual([act.id]);
    const prepared = await secretary.post(`/api/court-cases/${caseId}/writs`, { actId: act.id, amountMinor: 50_000_000,
      claimEssence: 'Қарызды өндіру / Взыскание долга', parties: ready.participants.map((p) => ({ participantId: p.id, regionKato: '310000000' })) });
    expect(prepared.statusCode, prepared.body).toBe(200);
    const writ = (await writs()).writs[0]!;
    for (const [c, iin, documentId] of [[judge, PEOPLE.judgeCivil, writ.cardDocumentId], [judge, PEOPLE.judgeCivil, writ.actCopyDocumentId],
      [secretary, SECRETARY, writ.cardDocumentId]] as const) {
      const signed = await signDocument(system(), c, documentId, iin);
      expect(signed.statusCode, signed.body).toBe(200);
    }
    expect((await writs()).writs[0]!.status).toBe('sent');

    await workerTick(system(), () => clock.now());
    expect((await writs()).writs[0]!.status).toBe('registered');
    const proceeding = (await system().db.query<{ id: string }>(
      'SELECT p.id FROM proceedings p JOIN executive_documents d ON d.id = p.executive_document_id WHERE d.external_id = $1', [writ.id])).rows[0]!;
    const bailiff = await staff(system(), PRIVATE_BAILIFF);
    // The writ waits in the private bailiff's «Входящие».
    const incoming = (await bailiff.get('/api/enforcement/proceedings?queue=incoming&debtor=011120500008&limit=100')).json() as { items: { id: string }[] };
    expect(incoming.items.map((i) => i.id)).toContain(proceeding.id);
    clock.advance(60_000);
    const { signed } = await generateAndSign(system(), bailiff, proceeding.id, PRIVATE_BAILIFF,
      { templateCode: 'enf.initiation', locale: 'kk', action: 'initiate' });
    expect(signed.statusCode, signed.body).toBe(200);
    for (let i = 0; i < 3; i++) await workerTick(system(), () => clock.now());
    const after = (await writs()).writs[0]!;
    expect(after.status).toBe('taken_for_execution');
    expect(after.history.map((h) => h.status)).toEqual(['registered', 'taken_for_execution']);
  });
}, OFFICE_ENV);
