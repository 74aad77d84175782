import { PAYMENT_SIGNATURE_HEADER } from '@oryndau/adapters';
import { expect, it } from 'vitest';
import { DEV_ERAP_TOKEN } from '../config';
import type { TestClient } from '../../../../test/harness/test-system';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { PEOPLE, workerTick } from './test-support';

// SIMP-5, SIMP-6, ENF-10: the card of a proceeding that came from a
// cancelled simplified proceeding says where it came from and shows every
// payment for the fine credited to it. The suite's clock only moves forward
// and stays within the 30 days the dev PKI's CRL published at start is valid for.
const DEBTOR = '900515301006';
const WITHOUT_PHONE = '920707300005';
const ENV = { DEMO_KEYS: 'true', LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000', DEBTOR_PAGE_RATE_PER_MINUTE: '100000',
  SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open' };

let fines = 0;

/** One fine through the real ЕРАП intake; answers its intake result. */
async function takeFine(system: System, debtorIin: string, amountTiyn: number) {
  const erapFineId = `ERAP-CARD-${++fines}-${Date.now()}`;
  const answer = await system.app.inject({ method: 'POST', url: '/api/integrations/erap/fines', headers: { authorization: `Bearer ${DEV_ERAP_TOKEN}` },
    payload: { fines: [{ erapFineId, debtorIin, debtorName: 'Жақсыбеков Арман Серікұлы', amountTiyn, caseOpenedOn: '2026-02-10',
      territoryKato: '311000000', decision: { number: `АП-${erapFineId}`, date: '2026-02-12', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УП г. Тараз' } }] } });
  expect(answer.statusCode, answer.body).toBe(200);
  const [result] = answer.json().results;
  return { ...result, erapFineId } as { outcome: string; caseId: string; expiresAt: string; proceedingId?: string; erapFineId: string };
}

/** The SMS link's token, read back from the message as the debtor would. */
async function tokenOf(system: System, caseId: string): Promise<string> {
  const sms = await system.db.query<{ body: string }>("SELECT body FROM outbox WHERE channel = 'sms' AND payload->>'caseId' = $1", [caseId]);
  return /\/s\/([A-Za-z0-9_-]{20})$/.exec(sms.rows[0]!.body)![1]!;
}

/** The gateway's signed notification, posted as the gateway posts it. */
async function notify(system: System, paymentId: string) {
  const n = system.external.simulators!.control.payments.notification(paymentId)!;
  const answer = await system.app.inject({ method: 'POST', url: '/api/integrations/payments/notify',
    headers: { 'content-type': 'application/json', [PAYMENT_SIGNATURE_HEADER]: n.signature }, payload: n.body });
  return { answer, sent: JSON.parse(n.body) as { amountTiyn: number; paidAt: string; receiptCode: string } };
}

const proceedingOfCase = async (system: System, caseId: string) => (await system.db.query<{ proceeding_id: string | null }>(
  'SELECT proceeding_id FROM simplified_cases WHERE id = $1', [caseId])).rows[0]!.proceeding_id;

/** Signs in as the bailiff the proceeding was distributed to (or the region's senior when nobody got it). */
async function viewer(system: System, client: (language?: 'kk' | 'ru') => TestClient, proceedingId: string): Promise<TestClient> {
  const assigned = await system.db.query<{ iin: string }>(
    'SELECT u.iin FROM proceedings p JOIN users u ON u.id = p.bailiff_id WHERE p.id = $1', [proceedingId]);
  const c = client('ru');
  await c.signIn(assigned.rows[0]?.iin ?? PEOPLE.seniorTaraz);
  return c;
}

describeSystemOnEachEngine('enforcement card: the simplified proceeding it came from', ({ system, client, clock }) => {
  it('SIMP-5, ENF-10: expired unpaid → the card names the ЕРАП fine and the cancellation; a late payment is credited once, with its amount and receipt', async () => {
    clock.set(new Date('2026-03-03T05:00:00Z'));
    const sys = system();
    sys.external.simulators!.control.mobileCitizens.setPhone(DEBTOR, '+77011234567');
    const fine = await takeFine(sys, DEBTOR, 3_692_000);
    expect(fine.outcome).toBe('initiated');
    const initiatedAt = clock.now().toISOString();

    // The debtor presses «Оплатить» but does not pay within the term.
    const debtor = client('kk');
    const token = await tokenOf(sys, fine.caseId);
    expect((await debtor.get(`/api/public/simplified/${token}`)).statusCode).toBe(200);
    const started = await debtor.post(`/api/public/simplified/${token}/pay`, {});
    expect(started.statusCode, started.body).toBe(200);
    const payment = sys.external.simulators!.control.payments.payments()
      .find((p) => p.reference.startsWith(`simp-${fine.caseId}-`) && p.status === 'pending')!;
    expect(payment).toBeDefined();

    // The timer cancels the case at the end of the last day and hands the fine to ordinary enforcement.
    clock.set(new Date(new Date(fine.expiresAt).getTime() + 60_000));
    const expiredAt = clock.now().toISOString();
    await workerTick(sys, () => clock.now());
    await workerTick(sys, () => clock.now());
    const proceedingId = await proceedingOfCase(sys, fine.caseId);
    expect(proceedingId).not.toBeNull();

    const bailiff = await viewer(sys, client, proceedingId!);
    const before = await bailiff.get(`/api/enforcement/proceedings/${proceedingId}`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().executiveDocument.source).toBe('erap');
    expect(before.json().simplified).toEqual({ caseId: fine.caseId, erapFineId: fine.erapFineId, outcome: 'expired', initiatedAt,
      closedAt: expiredAt, credits: [], creditedTiyn: 0 });

    // The debtor pays on the gateway page anyway, a day after the term.
    clock.set(new Date(new Date(expiredAt).getTime() + 86_400_000));
    const recordedAt = clock.now().toISOString();
    sys.external.simulators!.control.payments.markPaid(payment.paymentId);
    const late = await notify(sys, payment.paymentId);
    expect(late.answer.statusCode, late.answer.body).toBe(200);
    expect(late.answer.json()).toMatchObject({ accepted: true, replay: false, status: 'cancelled' });

    // A day later: the bailiff signs in again (sessions do not last that long).
    const response = await (await viewer(sys, client, proceedingId!)).get(`/api/enforcement/proceedings/${proceedingId}`);
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json();
    expect(after.simplified).toMatchObject({ caseId: fine.caseId, erapFineId: fine.erapFineId, outcome: 'expired', closedAt: expiredAt });
    expect(after.simplified.credits).toEqual([{ paymentId: payment.paymentId, amountTiyn: 3_692_000,
      paidAt: new Date(late.sent.paidAt).toISOString(), recordedAt, receiptCode: late.sent.receiptCode }]);
    expect(after.simplified.creditedTiyn).toBe(3_692_000);

    // The gateway retries the notification: still one credit, never charged twice.
    clock.advance(60_000);
    expect((await notify(sys, payment.paymentId)).answer.json()).toMatchObject({ replay: true });
    const senior = client('kk');
    await senior.signIn(PEOPLE.seniorTaraz);
    const seen = await senior.get(`/api/enforcement/proceedings/${proceedingId}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().simplified.credits).toHaveLength(1);
    expect(seen.json().simplified.creditedTiyn).toBe(3_692_000);
  });

  it('SIMP-2, ENF-10: a fine sent straight to the ordinary path (no phone) says so, with nothing credited; a proceeding not from ЕРАП has simplified: null', async () => {
    clock.set(new Date('2026-03-12T05:00:00Z'));
    const sys = system();
    sys.external.simulators!.control.mobileCitizens.setPhone(WITHOUT_PHONE, null);
    const fine = await takeFine(sys, WITHOUT_PHONE, 1_500_000);
    expect(fine.outcome).toBe('ordinary');
    const senior = client('ru');
    await senior.signIn(PEOPLE.seniorTaraz);
    const card = await senior.get(`/api/enforcement/proceedings/${fine.proceedingId}`);
    expect(card.statusCode, card.body).toBe(200);
    expect(card.json().simplified).toEqual({ caseId: fine.caseId, erapFineId: fine.erapFineId, outcome: 'no_phone', initiatedAt: null,
      closedAt: clock.now().toISOString(), credits: [], creditedTiyn: 0 });

    const bailiff = client('ru');
    await bailiff.signIn(PEOPLE.stateBailiffTaraz);
    const created = await bailiff.post('/api/enforcement/executive-documents', {
      arrivalOrder: 'first', claimEssence: 'Взыскание задолженности', issueDate: '2026-02-10', issuingBody: 'Таразский городской суд',
      documentType: 'writ_of_execution', documentNumber: `2-${Date.now() % 1_000_000}/2026`, entryIntoForceDate: '2026-02-20',
      categoryCode: 'citizens', amount: '250000', currency: 'KZT', solidaryLiability: false, trustedPerson: false,
      parties: [
        { role: 'debtor', kind: 'individual', identifier: WITHOUT_PHONE, name: 'Исабеков Данияр Асқарұлы', regionKato: '310000000' },
        { role: 'claimant', kind: 'individual', identifier: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы', regionKato: '310000000' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const manual = await senior.get(`/api/enforcement/proceedings/${created.json().proceedingId}`);
    expect(manual.statusCode, manual.body).toBe(200);
    expect(manual.json().executiveDocument.source).toBe('manual');
    expect(manual.json()).toHaveProperty('simplified', null);
  });
}, ENV);
