import { DEV_PAYMENTS_NOTIFY_SECRET, PAYMENT_SIGNATURE_HEADER, signPaymentNotification } from '@oryndau/adapters';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { DEV_ERAP_TOKEN } from '../config';
import { workerTick } from '../enforcement/test-support';
import type { TestClient } from '../../../../test/harness/test-system';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { INITIATION_TITLE } from './initiation-resolution';
import { decodeSealedAct, SEALED_ACT_MEDIA_TYPE } from './sealed-act';

// SIMP-3…SIMP-6 over HTTP, on each engine: the debtor's page, the payment
// gateway's signed callback, the 5-day timer. The suite's clock only moves
// forward; each test starts on its own day, all within the 30 days the dev
// PKI's CRL published at start is valid for.
const DEBTOR = '900515301006';
const DAY = 86_400_000;
const ENV = { DEMO_KEYS: 'true', LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000', DEBTOR_PAGE_RATE_PER_MINUTE: '100000',
  SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open' };

let fines = 0;
type Case = { caseId: string; token: string; erapFineId: string; expiresAt: string; lastDay: string };

/** A fine through the real ЕРАП intake; the token is read back from the SMS, as the debtor would. */
async function initiatedCase(system: System, amountTiyn = 3_692_000): Promise<Case> {
  system.external.simulators!.control.mobileCitizens.setPhone(DEBTOR, '+77011234567');
  const erapFineId = `ERAP-OUT-${++fines}-${Date.now()}`;
  const answer = await system.app.inject({ method: 'POST', url: '/api/integrations/erap/fines', headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` },
    payload: { fines: [{ erapFineId, debtorIin: DEBTOR, debtorName: 'Жақсыбеков Арман Серікұлы', amountTiyn, caseOpenedOn: '2026-02-10',
      territoryKato: '311000000', decision: { number: `АП-${erapFineId}`, date: '2026-02-12', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УП г. Тараз' } }] } });
  const [result] = answer.json().results;
  expect(result.outcome, answer.body).toBe('initiated');
  const sms = await system.db.query<{ body: string }>("SELECT body FROM outbox WHERE channel = 'sms' AND payload->>'caseId' = $1", [result.caseId]);
  const token = /\/s\/([A-Za-z0-9_-]{20})$/.exec(sms.rows[0]!.body)![1]!;
  return { caseId: result.caseId, token, erapFineId, expiresAt: result.expiresAt, lastDay: result.lastDay };
}

/** The debtor presses «Оплатить»; returns the gateway's payment id. */
async function startPayment(system: System, debtor: TestClient, c: Case): Promise<string> {
  expect((await debtor.get(`/api/public/simplified/${c.token}`)).statusCode).toBe(200);
  const started = await debtor.post(`/api/public/simplified/${c.token}/pay`, {});
  expect(started.statusCode, started.body).toBe(200);
  const payment = system.external.simulators!.control.payments.payments().find((p) => p.reference.startsWith(`simp-${c.caseId}-`) && p.status === 'pending');
  expect(started.json().redirectUrl).toContain(payment!.paymentId);
  return payment!.paymentId;
}

/** The gateway's signed notification, posted as the gateway posts it. */
async function notify(system: System, paymentId: string, tamper = false) {
  const n = system.external.simulators!.control.payments.notification(paymentId)!;
  return system.app.inject({ method: 'POST', url: '/api/integrations/payments/notify',
    headers: { 'content-type': 'application/json', [PAYMENT_SIGNATURE_HEADER]: n.signature },
    payload: tamper ? n.body.replace(/"amountTiyn":\d+/, '"amountTiyn":1') : n.body });
}

const erapStatuses = async (system: System, erapFineId: string) => (await system.db.query<{ subject: string }>(
  "SELECT subject FROM outbox WHERE channel = 'erap' AND recipient = $1 ORDER BY created_at, id", [erapFineId])).rows.map((r) => r.subject);

const caseRow = async (system: System, caseId: string) => (await system.db.query<{
  status: string; closed_outcome: string | null; proceeding_id: string | null; closing_document_id: string | null; version: number; paid_at: Date | null;
}>('SELECT status, closed_outcome, proceeding_id, closing_document_id, version, paid_at FROM simplified_cases WHERE id = $1', [caseId])).rows[0]!;

describeSystemOnEachEngine('simplified proceedings: outcomes', ({ system, client, clock }) => {
  it('SIMP-3: the debtor page shows the fine, the time left and the signed resolution; an unknown link is a plain 404', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const c = await initiatedCase(system());
    clock.advance(2 * DAY);
    const debtor = client('kk');
    const view = await debtor.get(`/api/public/simplified/${c.token}`);
    expect(view.statusCode, view.body).toBe(200);
    const v = view.json();
    expect(v).toMatchObject({ status: 'initiated', statusText: { kk: 'Қозғалды', ru: 'Возбуждено' }, amountTiyn: 3_692_000, dueTiyn: 3_692_000,
      debtorName: 'Жақсыбеков А. С.', debtorIinMasked: '900515******', lastDay: '2026-03-07', actions: { pay: true, disagree: true }, paymentState: 'none' });
    expect(new Date(v.expiresAt).getTime() - new Date(v.serverNow).getTime()).toBe(new Date(c.expiresAt).getTime() - clock.now().getTime());
    expect(v.documents).toHaveLength(1);
    const pdf = await debtor.get(v.documents[0].url);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('.pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The resolution is signed with the system key and publicly verifiable.
    const verified = await debtor.get(`/api/verify/${v.documents[0].documentId}`);
    expect(verified.statusCode, verified.body).toBe(200);
    // Sealed as data: the PDF (kk by default, ru on request) renders the signed text; the signed original and its CMS
    // download too, and the CMS verifies over exactly those bytes, whose hash the public page shows.
    const ru = await debtor.get(`${v.documents[0].url}?lang=ru`);
    expect(ru.headers['content-type']).toBe('application/pdf');
    expect((await PDFDocument.load(new Uint8Array(ru.rawPayload), { updateMetadata: false })).getTitle()).toBe(INITIATION_TITLE.ru);
    expect((await PDFDocument.load(new Uint8Array(pdf.rawPayload), { updateMetadata: false })).getTitle()).toBe(INITIATION_TITLE.kk);
    const signed = await debtor.get(`${v.documents[0].url}?format=signed`);
    expect(signed.headers['content-type']).toBe(SEALED_ACT_MEDIA_TYPE);
    const act = decodeSealedAct(new Uint8Array(signed.rawPayload));
    expect(act.text.kk.body).toContain('Жақсыбеков Арман Серікұлы');
    expect(createHash('sha256').update(signed.rawPayload).digest('hex')).toBe(verified.json().sha256);
    const p7s = await debtor.get(`${v.documents[0].url}?format=p7s`);
    expect(p7s.headers['content-type']).toBe('application/pkcs7-signature');
    const check = await system().trust.verify({ cms: new Uint8Array(p7s.rawPayload), content: new Uint8Array(signed.rawPayload), purpose: 'sign',
      expectBin: system().outcomes.seal.bin, at: clock.now() });
    expect(check.valid, JSON.stringify(check.reasons)).toBe(true);
    const altered = new Uint8Array(signed.rawPayload);
    altered[altered.length - 3]! ^= 0x01;
    expect((await system().trust.verify({ cms: new Uint8Array(p7s.rawPayload), content: altered, purpose: 'sign', at: clock.now() })).valid).toBe(false);
    expect((await debtor.get(`${v.documents[0].url}?lang=en`)).statusCode).toBe(400);

    const unknown = await client('ru').get('/api/public/simplified/AAAAAAAAAAAAAAAAAAAA');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toMatch(/не найден/i);
    expect((await client('ru').get('/api/public/simplified/short')).statusCode).toBe(404);
    // Another case's document is not reachable through this link.
    const other = await initiatedCase(system());
    const otherView = (await debtor.get(`/api/public/simplified/${other.token}`)).json();
    expect((await debtor.get(`/api/public/simplified/${c.token}/documents/${otherView.documents[0].documentId}`)).statusCode).toBe(404);
  });

  it('SIMP-3, SIMP-4: paid in time → terminated with a signed termination resolution, ЕРАП initiated+terminated, no proceeding; a replayed callback changes nothing', async () => {
    clock.set(new Date('2026-03-05T05:00:00Z'));
    const c = await initiatedCase(system());
    const debtor = client('ru');
    const paymentId = await startPayment(system(), debtor, c);
    // A second click offers the same pending payment: two clicks never make two charges.
    const again = await debtor.post(`/api/public/simplified/${c.token}/pay`, {});
    expect(again.json().redirectUrl).toContain(paymentId);
    expect((await debtor.get(`/api/public/simplified/${c.token}`)).json().paymentState).toBe('pending');

    clock.advance(3 * DAY);
    system().external.simulators!.control.payments.markPaid(paymentId);
    const tampered = await notify(system(), paymentId, true);
    expect(tampered.statusCode).toBe(401);
    const accepted = await notify(system(), paymentId);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ accepted: true, replay: false, status: 'terminated' });

    const row = await caseRow(system(), c.caseId);
    expect(row).toMatchObject({ status: 'terminated', closed_outcome: 'paid', proceeding_id: null });
    expect(row.paid_at).not.toBeNull();
    const view = (await debtor.get(`/api/public/simplified/${c.token}`)).json();
    expect(view).toMatchObject({ status: 'terminated', statusText: { ru: 'Прекращено' }, paidTiyn: 3_692_000, dueTiyn: 0,
      actions: { pay: false, disagree: false }, paymentState: 'paid', proceeding: null });
    expect(view.documents.map((d: { kind: string }) => d.kind)).toEqual(['simp.initiation', 'simp.termination']);
    const signature = await system().db.query('SELECT 1 FROM signatures WHERE document_id = $1', [row.closing_document_id]);
    expect(signature.rows).toHaveLength(1);
    expect(await erapStatuses(system(), c.erapFineId)).toEqual(['initiated', 'terminated']);
    const timer = await system().db.query<{ cancelled_at: Date | null; fired_at: Date | null }>(
      "SELECT cancelled_at, fired_at FROM deadlines WHERE subject_id = $1 AND kind = 'simplified.expire'", [c.caseId]);
    expect(timer.rows[0]!.cancelled_at).not.toBeNull();

    // The gateway retries the same notification: answered as a replay, nothing moves.
    const replay = await notify(system(), paymentId);
    expect(replay.json()).toMatchObject({ accepted: true, replay: true, status: 'terminated' });
    expect((await caseRow(system(), c.caseId)).version).toBe(row.version);
    expect(await erapStatuses(system(), c.erapFineId)).toEqual(['initiated', 'terminated']);
    const ledger = await system().db.query('SELECT destination FROM simplified_payments WHERE case_id = $1', [c.caseId]);
    expect(ledger.rows).toEqual([{ destination: 'simplified' }]);
  });

  it('SIMP-6: «Не согласен» cancels at once — cancellation resolution signed, executive document distributed, ЕРАП cancelled; no second cancel', async () => {
    clock.set(new Date('2026-03-09T05:00:00Z'));
    const c = await initiatedCase(system());
    const debtor = client('ru');
    expect((await debtor.get(`/api/public/simplified/${c.token}`)).statusCode).toBe(200);
    clock.advance(3_600_000);
    const unconfirmed = await debtor.post(`/api/public/simplified/${c.token}/disagree`, {});
    expect(unconfirmed.statusCode).toBe(400);
    expect((await caseRow(system(), c.caseId)).status).toBe('initiated');

    const disagreed = await debtor.post(`/api/public/simplified/${c.token}/disagree`, { confirm: true });
    expect(disagreed.statusCode, disagreed.body).toBe(200);
    const view = disagreed.json();
    expect(view).toMatchObject({ status: 'cancelled', outcome: 'disagreed', statusText: { ru: 'Отменено' }, actions: { pay: false, disagree: false } });
    expect(view.proceeding.registrationNumber).toMatch(/^310000000-2026-\d{6}-\d$/);
    expect(view.documents.map((d: { kind: string }) => d.kind)).toEqual(['simp.initiation', 'simp.cancellation']);
    const row = await caseRow(system(), c.caseId);
    const proceeding = await system().db.query<{ status: string; source: string }>(
      `SELECT p.status, e.source FROM proceedings p JOIN executive_documents e ON e.id = p.executive_document_id WHERE p.id = $1`, [row.proceeding_id]);
    expect(proceeding.rows[0]).toMatchObject({ source: 'erap' });
    expect(await erapStatuses(system(), c.erapFineId)).toEqual(['initiated', 'cancelled']);

    const twice = await debtor.post(`/api/public/simplified/${c.token}/disagree`, { confirm: true });
    expect(twice.statusCode).toBe(409);
    expect((await debtor.post(`/api/public/simplified/${c.token}/pay`, {})).statusCode).toBe(409);
    const cancels = await system().db.query("SELECT 1 FROM journal WHERE object_id = $1 AND action = 'simplified.disagree'", [c.caseId]);
    expect(cancels.rows).toHaveLength(1);
  });

  it('SIMP-5: unpaid at the end of the 5th day → the timer cancels it once; a late payment is credited to the ordinary proceeding, never charged twice', async () => {
    clock.set(new Date('2026-03-10T05:00:00Z'));
    const c = await initiatedCase(system());
    const debtor = client('kk');
    const paymentId = await startPayment(system(), debtor, c);
    // The last minute of the last day (Asia/Almaty, +05): still in time, the timer does not fire.
    clock.set(new Date(new Date(c.expiresAt).getTime() - 60_000));
    await workerTick(system(), () => clock.now());
    expect((await caseRow(system(), c.caseId)).status).toBe('initiated');

    clock.set(new Date(new Date(c.expiresAt).getTime() + 60_000));
    await workerTick(system(), () => clock.now());
    await workerTick(system(), () => clock.now());
    const row = await caseRow(system(), c.caseId);
    expect(row).toMatchObject({ status: 'cancelled', closed_outcome: 'expired' });
    expect(row.proceeding_id).not.toBeNull();
    const timer = await system().db.query<{ fired_at: Date | null; attempts: number }>(
      "SELECT fired_at, attempts FROM deadlines WHERE subject_id = $1 AND kind = 'simplified.expire'", [c.caseId]);
    expect(timer.rows).toHaveLength(1);
    expect(timer.rows[0]).toMatchObject({ attempts: 1 });
    expect(await erapStatuses(system(), c.erapFineId)).toEqual(['initiated', 'cancelled']);
    const view = (await debtor.get(`/api/public/simplified/${c.token}`)).json();
    expect(view).toMatchObject({ status: 'cancelled', outcome: 'expired', statusText: { kk: 'Күші жойылды' }, actions: { pay: false, disagree: false } });

    // The debtor pays on the gateway page anyway, after the term.
    clock.advance(DAY);
    system().external.simulators!.control.payments.markPaid(paymentId);
    const late = await notify(system(), paymentId);
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json()).toMatchObject({ accepted: true, replay: false, status: 'cancelled' });
    const ledger = await system().db.query<{ destination: string; proceeding_id: string }>(
      'SELECT destination, proceeding_id FROM simplified_payments WHERE payment_id = $1', [paymentId]);
    expect(ledger.rows).toEqual([{ destination: 'ordinary', proceeding_id: row.proceeding_id }]);
    const credited = await system().db.query<{ details: { amountTiyn: number; paymentId: string } }>(
      "SELECT details FROM journal WHERE object_type = 'proceeding' AND object_id = $1 AND action = 'enforcement.payment_credited'", [row.proceeding_id]);
    expect(credited.rows.map((r) => r.details)).toMatchObject([{ amountTiyn: 3_692_000, paymentId }]);
    // Replayed: still one credit; ЕРАП never hears "terminated".
    expect((await notify(system(), paymentId)).json()).toMatchObject({ replay: true });
    const creditedAgain = await system().db.query(
      "SELECT 1 FROM journal WHERE object_id = $1 AND action = 'enforcement.payment_credited'", [row.proceeding_id]);
    expect(creditedAgain.rows).toHaveLength(1);
    expect(await erapStatuses(system(), c.erapFineId)).toEqual(['initiated', 'cancelled']);
  });

  it('SIMP-4: a notification the gateway does not confirm (amount differs) is refused and changes nothing', async () => {
    clock.set(new Date('2026-03-20T05:00:00Z'));
    const c = await initiatedCase(system());
    const paymentId = await startPayment(system(), client('ru'), c);
    // Signed with the shared secret (say it leaked), but the gateway itself knows another amount.
    const sims = system().external.simulators!;
    sims.control.payments.markPaid(paymentId);
    const n = JSON.parse(sims.control.payments.notification(paymentId)!.body) as Record<string, unknown>;
    const forged = JSON.stringify({ ...n, amountTiyn: 100 });
    const refused = await system().app.inject({ method: 'POST', url: '/api/integrations/payments/notify',
      headers: { 'content-type': 'application/json', [PAYMENT_SIGNATURE_HEADER]: signPaymentNotification(DEV_PAYMENTS_NOTIFY_SECRET, forged) },
      payload: forged });
    expect(refused.statusCode).toBe(409);
    expect((await caseRow(system(), c.caseId)).status).toBe('initiated');
  });

  it('SIMP-2, SIG-4: weeks later the dev PKI has re-published its CRLs — the system key still signs resolutions (no "revocation unknown")', async () => {
    // The CRLs published at start are valid for 30 days; this is day 45.
    clock.set(new Date('2026-04-16T05:00:00Z'));
    const c = await initiatedCase(system());
    const disagreed = await (async () => {
      const debtor = client('ru');
      await debtor.get(`/api/public/simplified/${c.token}`);
      return debtor.post(`/api/public/simplified/${c.token}/disagree`, { confirm: true });
    })();
    expect(disagreed.statusCode, disagreed.body).toBe(200);
    expect(disagreed.json().documents).toHaveLength(2);
  });
}, ENV);

describeSystemOnEachEngine('simplified proceedings: the debtor page is rate-limited', ({ client }) => {
  it('SIMP-3: guessing links is throttled per address (429 with a message in the user\'s language)', async () => {
    const guesser = client('kk');
    const answers: number[] = [];
    for (let i = 0; i < 6; i += 1) answers.push((await guesser.get(`/api/public/simplified/${'A'.repeat(19)}${i}`)).statusCode);
    expect(answers.slice(0, 4)).toEqual([404, 404, 404, 404]);
    expect(answers.slice(4)).toEqual([429, 429]);
    const limited = await guesser.get(`/api/public/simplified/${'B'.repeat(20)}`);
    expect(limited.json().code).toBe('rate_limited');
  });
}, { ...ENV, DEBTOR_PAGE_RATE_PER_MINUTE: '4' });
