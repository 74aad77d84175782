import { AdapterError } from '@oryndau/adapters';
import type { EnforcementIntakePort } from '@oryndau/adapters';
import { deliverOutbox } from '@oryndau/db';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../../test/harness/test-system';
import type { TestClient } from '../../../../../test/harness/test-system';
import { DEV_ENFORCEMENT_SYSTEM_TOKEN } from '../../config';
import { generateAndSign, signDocument, workerTick } from '../../enforcement/test-support';
import { workspaceSenders } from '../../system';
import { courtWritSender } from './writ-delivery';
import { COURT_WRIT_CHANNEL } from './writ-signing-hook';
import { OFFICE_ENV } from '../office-test-support';
import { WRIT_PEOPLE as P, courtAct, registeredCase, signedIn } from './writ-test-support';

// FILE-16, ENF-11 (issue 15 item 3, seed 003 §51–58): the court's own
// electronic writ — prepared by the secretary, signed by the judge and the
// secretary (the judge also signs the act's copy), delivered through the
// outbox to enforcement's intake over HTTP (this test's own server),
// registered, and every status of the bailiff's acts back on the court's case.

type Writ = {
  id: string; number: string; status: string; addressee: string; act: { id: string }; registrationNumber: string | null; cardDocumentId: string; actCopyDocumentId: string;
  judge: { userId: string }; signatures: { judge: boolean; secretary: boolean; actCopy: boolean };
  history: { position: number; status: string; statusName: { kk: string; ru: string }; bailiffName: string | null }[];
  mySigningTasks: { part: string; documentId: string }[];
};
type Writs = { writs: Writ[]; mayPrepare: boolean; preparableActs: { id: string }[]; participants: { id: string; role: string }[] };

const ZHAMBYL = '310000000';

describeSystemOnEachEngine('FILE-16: the electronic writ of execution to our own enforcement', ({ system, clock }) => {
  const writsOf = async (c: TestClient, caseId: string) => {
    const answer = await c.get(`/api/court-cases/${caseId}/writs`);
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Writs;
  };
  const deliver = () => deliverOutbox(system().db, workspaceSenders(system().db, system().external.adapters, clock, system().courtWrits),
    () => clock.now(), { batch: 500 });
  const judgeIinOf = async (userId: string) => (await system().db.query<{ iin: string }>('SELECT iin FROM users WHERE id = $1', [userId])).rows[0]!.iin;

  /** A case with an act in force and its writ prepared by the secretary (debtors in the Zhambyl region, where the private bailiffs are). */
  async function preparedWrit(secretary: TestClient) {
    const { caseId, number } = await registeredCase(system(), clock.now());
    const actId = await courtAct(system(), caseId, { inForce: true });
    const before = await writsOf(secretary, caseId);
    expect(before.preparableActs.map((a) => a.id)).toEqual([actId]);
    const parties = before.participants.map((p) => ({ participantId: p.id, regionKato: ZHAMBYL }));
    const body = { actId, amountMinor: 50_000_050, currency: 'KZT', claimEssence: 'Қарызды өндіру / Взыскание долга по расписке', parties };
    const prepared = await secretary.post(`/api/court-cases/${caseId}/writs`, body);
    expect(prepared.statusCode, prepared.body).toBe(200);
    return { caseId, number, actId, body, writId: (prepared.json() as { writId: string }).writId };
  }

  it('FILE-16, ENF-11, ENF-12, §52–58: signed by judge and secretary, delivered through the outbox over HTTP, registered, every status in order', async () => {
    await system().app.listen({ port: 0, host: '127.0.0.1' });
    const secretary = await signedIn(system(), P.secretary, 'kk');
    const { caseId, number, body, writId } = await preparedWrit(secretary);
    // §51: one writ per act — a second preparation is a 409 in the secretary's language.
    const again = await secretary.post(`/api/court-cases/${caseId}/writs`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'courts.writ_exists' });
    expect(again.json().message).toMatch(/атқару парағы/);

    let writ = (await writsOf(secretary, caseId)).writs[0]!;
    expect(writ).toMatchObject({ id: writId, number: `${number}/1`, status: 'draft', addressee: 'private' });
    const counter = async () => ((await secretary.get('/api/home')).json() as { queues: { key: string; count: number }[] })
      .queues.find((q) => q.key === 'courts.writsToSign')?.count;
    expect(await counter()).toBe(1);
    expect(writ.mySigningTasks.map((t) => t.part)).toEqual(['card']);
    const judgeIin = await judgeIinOf(writ.judge.userId);
    const judge = await signedIn(system(), judgeIin);
    const judgeTasks = (await writsOf(judge, caseId)).writs[0]!.mySigningTasks;
    expect(judgeTasks.map((t) => t.part)).toEqual(['card', 'act_copy']);
    // The judge may not prepare; the secretary may not sign the act's copy.
    expect((await judge.post(`/api/court-cases/${caseId}/writs`, body)).statusCode).toBe(403);
    expect((await secretary.post(`/api/documents/${writ.actCopyDocumentId}/signing`)).statusCode).toBe(403);

    expect((await signDocument(system(), judge, writ.cardDocumentId, judgeIin)).statusCode).toBe(200);
    expect((await writsOf(secretary, caseId)).writs[0]!.status).toBe('signing');
    // One person signs one slot once: the judge's second signature on the card is refused.
    expect((await judge.post(`/api/documents/${writ.cardDocumentId}/signing`)).statusCode).toBe(403);
    expect((await signDocument(system(), judge, writ.actCopyDocumentId, judgeIin)).statusCode).toBe(200);
    expect((await signDocument(system(), secretary, writ.cardDocumentId, P.secretary)).statusCode).toBe(200);
    expect(await counter()).toBe(0);
    writ = (await writsOf(secretary, caseId)).writs[0]!;
    expect(writ).toMatchObject({ status: 'sent', signatures: { judge: true, secretary: true, actCopy: true }, registrationNumber: null });
    const queued = await system().db.query<{ max_attempts: number }>(`SELECT max_attempts FROM outbox WHERE channel = 'court-writs' AND recipient = $1`,
      [writId]);
    expect(queued.rows.map((r) => r.max_attempts)).toEqual([100_000]);

    // §57: the outbox POSTs it to the intake over HTTP; the receipt is stored on the writ.
    expect((await deliver()).sent).toBeGreaterThanOrEqual(1);
    writ = (await writsOf(secretary, caseId)).writs[0]!;
    expect(writ.status).toBe('registered');
    expect(writ.registrationNumber).toMatch(/^310000000-2026-\d{6}-\d$/);
    expect(writ.history.map((h) => h.status)).toEqual(['registered']);
    expect(writ.history[0]!.statusName.kk).toBe('Тіркелді');
    // Enforcement has the proceeding, distributed to the licensed private bailiff of the debtors' region.
    const proceeding = (await system().db.query<{ id: string }>(
      `SELECT p.id FROM proceedings p JOIN executive_documents d ON d.id = p.executive_document_id WHERE d.external_id = $1`, [writId])).rows;
    expect(proceeding).toHaveLength(1);
    const bailiff = await signedIn(system(), P.privateBailiff);
    const card = (await bailiff.get(`/api/enforcement/proceedings/${proceeding[0]!.id}`)).json();
    expect(card.executiveDocument).toMatchObject({ source: 'court', documentNumber: `${number}/1`, externalId: writId });
    // A repeated delivery (after a crash) records nothing twice.
    expect((await deliver()).sent).toBe(0);

    // §58: the bailiff initiates → "taken for execution" reaches the court's case through the court side's receiver.
    clock.advance(60_000);
    const { signed } = await generateAndSign(system(), bailiff, proceeding[0]!.id, P.privateBailiff,
      { templateCode: 'enf.initiation', locale: 'ru', action: 'initiate' });
    expect(signed.statusCode, signed.body).toBe(200);
    for (let i = 0; i < 3; i++) await workerTick(system(), () => clock.now());
    writ = (await writsOf(secretary, caseId)).writs[0]!;
    expect(writ.status).toBe('taken_for_execution');
    expect(writ.history.map((h) => [h.position, h.status])).toEqual([[1, 'registered'], [2, 'taken_for_execution']]);
    expect(writ.history[1]!.bailiffName).toBe('Ахметова Айгүл Нұрланқызы');
    // The simulator of the courts' system heard nothing of our own writ.
    expect(system().external.simulators!.control.courtSystem.statusUpdates(writId)).toEqual([]);
    const events = (await (await secretary.get(`/api/court-cases/${caseId}`)).json()).events.map((e: { kind: string }) => e.kind);
    expect(events).toEqual(expect.arrayContaining(['writ_issued', 'writ_sent', 'writ_registered', 'writ_status']));
    const journal = await system().db.query<{ action: string }>('SELECT action FROM journal WHERE object_id = $1 ORDER BY seq', [writId]);
    expect(journal.rows.map((r) => r.action)).toEqual(['court.writ_prepared', 'court.writ_signed', 'court.writ_signed', 'court.writ_signed',
      'court.writ_sent', 'court.writ_registered', 'court.writ_status_received']);

    // A participant of the case follows the status; another citizen, a bailiff and an outsider read nothing.
    const claimant = await signedIn(system(), P.citizen);
    expect((await writsOf(claimant, caseId)).writs[0]!.status).toBe('taken_for_execution');
    for (const iin of [P.privateBailiff, P.stranger]) {
      expect((await (await signedIn(system(), iin)).get(`/api/court-cases/${caseId}/writs`)).statusCode).toBe(404);
    }
  });

  it('FILE-16 §51: a writ before legal force is refused; an act for immediate execution gets one at once', async () => {
    const secretary = await signedIn(system(), P.secretary, 'ru');
    const { caseId } = await registeredCase(system(), clock.now());
    const notInForce = await courtAct(system(), caseId);
    expect((await writsOf(secretary, caseId)).preparableActs).toEqual([]);
    const refused = await secretary.post(`/api/court-cases/${caseId}/writs`, { actId: notInForce, amountMinor: 100, claimEssence: 'Взыскание' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'courts.writ_act_not_in_force' });
    expect(refused.json().message).toMatch(/вступившему в законную силу/);
    const immediate = await courtAct(system(), caseId, { immediate: true });
    const prepared = await secretary.post(`/api/court-cases/${caseId}/writs`, { actId: immediate, amountMinor: 100, claimEssence: 'Взыскание алиментов',
      category: 'alimony' });
    expect(prepared.statusCode, prepared.body).toBe(200);
    const writ = (await writsOf(secretary, caseId)).writs[0]!;
    expect(writ).toMatchObject({ status: 'draft', addressee: 'private' });
    // Bad input is a 4xx, never a 500.
    for (const bad of [{ actId: immediate, amountMinor: 0, claimEssence: 'x' }, { actId: 'nope', amountMinor: 1, claimEssence: 'x' },
      { actId: immediate, amountMinor: 1, claimEssence: 'x', currency: 'USD' }, { actId: immediate, amountMinor: 1, claimEssence: 'x', category: 'lottery' }]) {
      const answer = await secretary.post(`/api/court-cases/${caseId}/writs`, bad);
      expect(answer.statusCode, JSON.stringify(bad)).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode).toBeLessThan(500);
    }
  });

  it('FILE-16 §57: an unreachable intake is retried (the writ stays sent); a 422 refusal makes it refused and the act gets a new writ', async () => {
    const secretary = await signedIn(system(), P.secretary);
    const { caseId, writId } = await preparedWrit(secretary);
    const writ = (await writsOf(secretary, caseId)).writs[0]!;
    const judgeIin = await judgeIinOf(writ.judge.userId);
    const judge = await signedIn(system(), judgeIin);
    for (const [c, iin, doc] of [[judge, judgeIin, writ.cardDocumentId], [judge, judgeIin, writ.actCopyDocumentId],
      [secretary, P.secretary, writ.cardDocumentId]] as const) expect((await signDocument(system(), c, doc, iin)).statusCode).toBe(200);
    const failing = (error: AdapterError): EnforcementIntakePort => ({ submitWrit: () => Promise.reject(error) });
    const deliverWith = (intake: EnforcementIntakePort) => deliverOutbox(system().db,
      { [COURT_WRIT_CHANNEL]: courtWritSender(system().db, intake, clock) }, () => clock.now(), { batch: 500 });
    expect((await deliverWith(failing(new AdapterError('court-system', 'unavailable', 'HTTP 503', { status: 503 })))).retried).toBeGreaterThanOrEqual(1);
    expect((await writsOf(secretary, caseId)).writs[0]!.status).toBe('sent');
    clock.advance(3_600_000);
    const refused = await deliverWith(failing(new AdapterError('court-system', 'rejected', 'HTTP 422', { status: 422, remoteMessage: 'signature' })));
    expect(refused.sent).toBe(1);
    // An hour on, the session has lapsed: the secretary signs in again.
    const after = await writsOf(await signedIn(system(), P.secretary), caseId);
    expect(after.writs[0]).toMatchObject({ id: writId, status: 'refused' });
    expect(after.writs[0]!.history.map((h) => h.status)).toEqual(['refused']);
    expect(after.preparableActs.map((a) => a.id)).toEqual([after.writs[0]!.act.id]);
  });

  it('FILE-16, ENF-11: the court side\'s status receiver wants the token, knows only our writs and records an event once', async () => {
    const url = (id: string) => `/api/integrations/enforcement/executive-documents/${id}/status`;
    const status = { eventId: 'evt-unknown-1', status: 'taken_for_execution', at: clock.now().toISOString() };
    const post = (id: string, payload: unknown, token: string | null = DEV_ENFORCEMENT_SYSTEM_TOKEN) => system().app.inject({
      method: 'POST', url: url(id), payload: payload as Record<string, unknown>, headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await post('some-writ', status, null)).statusCode).toBe(401);
    expect((await post('some-writ', status, 'wrong-token-00000000000')).statusCode).toBe(401);
    expect((await post('some-writ', status)).statusCode).toBe(404);
    expect((await post('some-writ', { ...status, status: 'refused' })).statusCode).toBe(400);
  });
}, OFFICE_ENV);
