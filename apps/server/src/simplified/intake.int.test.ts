import type { ErapFine } from '@oryndau/adapters';
import { randomUUID } from 'node:crypto';
import { deliverOutbox, insertUser } from '@oryndau/db';
import { expect, it } from 'vitest';
import { DEV_ERAP_TOKEN } from '../config';
import { outboxSenders } from '../outbox-senders';
import { workspaceSenders } from '../system';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import type { System } from '../system';

// SIMP-1, SIMP-2: the ЕРАП intake. The clock is 2026-03-02 (test harness);
// phones are pinned in the mobile-citizens simulator.
const WITH_PHONE = '900515301006';
const NO_PHONE = '900515301016';
const OVER_THRESHOLD = '900515301026';
const BROKEN_IIN = '900515301007';

const fine = (erapFineId: string, debtorIin: string, overrides: Record<string, unknown> = {}) => ({
  erapFineId, debtorIin, debtorName: 'Жақсыбеков Арман Серікұлы', amount: '36 920,00', caseOpenedOn: '2026-02-10', territoryKato: '311000000',
  decision: { number: `АП-${erapFineId}`, date: '2026-02-12', enteredIntoForceOn: '2026-02-22', article: 'ст. 610 ч. 1 КоАП РК', issuingBody: 'УП г. Тараз' },
  ...overrides,
});

const postFines = (client: TestClient, fines: unknown[], token: string | null = DEV_ERAP_TOKEN) =>
  client.request({ method: 'POST', url: '/api/integrations/erap/fines', payload: { fines },
    headers: token ? { authorization: `Bearer ${token}` } : {} });

/** A fine of the ЕРАП simulator as ЕРАП would post it (the port has no decision date: the case-opening date stands in). */
const itemOf = (f: ErapFine) => ({
  erapFineId: f.fineId, debtorIin: f.offender.iin, debtorName: [f.offender.surname, f.offender.name, f.offender.patronymic].filter(Boolean).join(' '),
  amountTiyn: f.amountTiyn, caseOpenedOn: f.caseOpenedOn, territoryKato: f.regionCode,
  decision: { number: f.protocolNumber, date: f.caseOpenedOn, enteredIntoForceOn: f.enteredIntoForceOn, article: `ст. ${f.article.number} КоАП РК`,
    issuingBody: f.issuingBody.ru },
});

function pinPhones(system: System) {
  const control = system.external.simulators!.control.mobileCitizens;
  control.setPhone(WITH_PHONE, '+77011234567');
  control.setPhone(OVER_THRESHOLD, '+77011234568');
  control.setPhone(NO_PHONE, null);
}

describeSystemOnEachEngine('simplified proceedings: intake from ЕРАП (nationwide, open period)', ({ system, client, clock }) => {
  it('SIMP-1, SIMP-2: a batch — initiated with SMS, signed resolution and timer; over the threshold → ordinary; broken IIN refused; replay answered', async () => {
    pinPhones(system());
    const c = client();
    const answer = await postFines(c, [
      fine('ERAP-1', WITH_PHONE),
      fine('ERAP-2', OVER_THRESHOLD, { amount: '500000' }),
      fine('ERAP-3', BROKEN_IIN),
      fine('ERAP-4', NO_PHONE),
      { erapFineId: 'ERAP-5', debtorIin: WITH_PHONE },
    ]);
    expect(answer.statusCode, answer.body).toBe(200);
    const [initiated, ordinary, broken, noPhone, malformed] = answer.json().results;
    expect(initiated).toMatchObject({ erapFineId: 'ERAP-1', outcome: 'initiated', lastDay: '2026-03-07', replay: false });
    expect(ordinary).toMatchObject({ erapFineId: 'ERAP-2', outcome: 'ordinary', cause: 'ineligible', replay: false });
    expect(ordinary.reasons.map((r: { code: string }) => r.code)).toEqual(['simplified.amount_over_threshold']);
    expect(ordinary.registrationNumber).toMatch(/^310000000-2026-\d{6}-\d$/);
    expect(broken).toMatchObject({ erapFineId: 'ERAP-3', outcome: 'refused' });
    expect(broken.reasons.map((r: { code: string }) => r.code)).toEqual(['simplified.debtor_id_invalid']);
    expect(broken.reasons[0].text.ru).toBe('ИИН должника указан неверно.');
    expect(noPhone).toMatchObject({ erapFineId: 'ERAP-4', outcome: 'ordinary', cause: 'no_phone', reasons: [] });
    expect(malformed).toMatchObject({ erapFineId: 'ERAP-5', outcome: 'refused' });
    expect(malformed.reasons[0].code).toBe('validation');

    const db = system().db;
    // SMS with the debtor's link; the debtor has no account, so the language is not known: both languages (ISSUE-13 item 5).
    const sms = await db.query<{ recipient: string; body: string }>("SELECT recipient, body FROM outbox WHERE channel = 'sms'");
    expect(sms.rows).toHaveLength(1);
    expect(sms.rows[0]!.recipient).toBe('+7 701 123 45 67');
    expect(sms.rows[0]!.body).toMatch(/^Айыппұл\/штраф .*: 07\.03\.2026 қоса алғанда төлеңіз \/ оплатите по 07\.03\.2026 вкл\. .*\/s\/[A-Za-z0-9_-]{20}$/);
    const token = /\/s\/([A-Za-z0-9_-]{20})$/.exec(sms.rows[0]!.body)![1]!;
    const stored = await db.query<{ link_token_hash: string; resolution_document_id: string; status: string }>(
      'SELECT link_token_hash, resolution_document_id, status FROM simplified_cases WHERE erap_fine_id = $1', ['ERAP-1']);
    expect(stored.rows[0]!.status).toBe('initiated');
    expect(stored.rows[0]!.link_token_hash).not.toContain(token);
    expect(stored.rows[0]!.link_token_hash).toMatch(/^[0-9a-f]{64}$/);
    // ЕРАП learns of the initiation through the outbox; the expiry timer is a durable row.
    const erap = await db.query<{ recipient: string; subject: string }>("SELECT recipient, subject FROM outbox WHERE channel = 'erap'");
    expect(erap.rows).toEqual([{ recipient: 'ERAP-1', subject: 'initiated' }]);
    const timers = await db.query<{ kind: string; due_at: Date }>('SELECT kind, due_at FROM deadlines WHERE subject_id = $1', [initiated.caseId]);
    expect(timers.rows).toHaveLength(1);
    expect(timers.rows[0]!.kind).toBe('simplified.expire');
    expect(new Date(timers.rows[0]!.due_at).toISOString()).toBe(initiated.expiresAt);
    // The resolution is signed with the system organisation's key and publicly verifiable.
    const verify = await client().get(`/api/verify/${stored.rows[0]!.resolution_document_id}`);
    expect(verify.statusCode, verify.body).toBe(200);
    expect(verify.json().signatures).toEqual([expect.objectContaining({ valid: true, bin: expect.stringMatching(/^2201/) })]);
    // The ordinary path: registered and automatically distributed.
    const proceeding = await db.query<{ status: string; category_code: string }>('SELECT status, category_code FROM proceedings WHERE id = $1', [ordinary.proceedingId]);
    expect(proceeding.rows[0]).toEqual({ status: 'registered', category_code: 'administrative_fine' });
    const distributed = await db.query('SELECT 1 FROM distribution_decisions WHERE proceeding_id = $1', [ordinary.proceedingId]);
    expect(distributed.rows).toHaveLength(1);

    // SIMP-1: a replay answers the original outcome and sends nothing twice.
    const again = await postFines(c, [fine('ERAP-1', WITH_PHONE), fine('ERAP-2', OVER_THRESHOLD, { amount: '500000' })]);
    expect(again.json().results).toEqual([{ ...initiated, replay: true }, { ...ordinary, replay: true }]);
    const smsAfter = await db.query("SELECT 1 FROM outbox WHERE channel = 'sms'");
    expect(smsAfter.rows).toHaveLength(1);
  });

  it('SIMP-2: the SMS goes through the SMS adapter and ЕРАП receives the status "initiated" through the outbox', async () => {
    pinPhones(system());
    const sims = system().external.simulators!;
    const erapFine = sims.control.erap.addFine({ offenderIin: WITH_PHONE, mrpCount: 5, regionCode: '310000000', caseOpenedOn: '2026-02-10' });
    const answer = await postFines(client(), [itemOf(erapFine)]);
    const [result] = answer.json().results;
    expect(result).toMatchObject({ erapFineId: erapFine.fineId, outcome: 'initiated' });
    const adapters = system().external.adapters;
    const delivered = await deliverOutbox(system().db, { ...outboxSenders(adapters), ...workspaceSenders(system().db, adapters, clock) }, () => clock.now());
    expect(delivered.failed).toBe(0);
    // Earlier tests' fines are unknown to the simulated ЕРАП and stay queued; this fine's two messages are out.
    const sent = await system().db.query<{ channel: string }>(
      `SELECT channel FROM outbox WHERE sent_at IS NOT NULL AND (recipient = $1 OR payload->>'caseId' = $2) ORDER BY channel`,
      [erapFine.fineId, result.caseId]);
    expect(sent.rows.map((r) => r.channel)).toEqual(['erap', 'sms']);
    expect(sims.control.erap.statusUpdates(erapFine.fineId).map((u) => u.status)).toEqual(['initiated']);
  });

  it('ISSUE-13 item 5 (SIMP-2, X-1): a debtor with an account gets the SMS in the language of their profile', async () => {
    const RUSSIAN_SPEAKER = '900515301036';
    system().external.simulators!.control.mobileCitizens.setPhone(RUSSIAN_SPEAKER, '+77011234569');
    const db = system().db;
    await db.transaction(async (tx) => {
      await insertUser(tx, { id: randomUUID(), iin: RUSSIAN_SPEAKER, fullName: 'Иванов Иван', email: null, phone: null, organisationId: null,
        locale: 'ru', passwordHash: '', roles: ['citizen'] }, new Date('2026-03-01T00:00:00Z'));
    });
    const answer = await postFines(client(), [fine('ERAP-RU', RUSSIAN_SPEAKER)]);
    expect(answer.json().results[0]).toMatchObject({ outcome: 'initiated' });
    const sms = await db.query<{ body: string; payload: { locale: string } }>(
      "SELECT body, payload FROM outbox WHERE channel = 'sms' AND recipient = '+7 701 123 45 69'");
    expect(sms.rows).toHaveLength(1);
    expect(sms.rows[0]!.body).toMatch(/^Возбуждено упрощенное производство по штрафу .*\. Оплатите по 07\.03\.2026 включительно: .*\/s\/[A-Za-z0-9_-]{20}$/);
    expect(sms.rows[0]!.body).not.toMatch(/[әғқңөұүһі]/i);
    expect(sms.rows[0]!.payload.locale).toBe('ru');
  });

  it('SIMP-1: the intake refuses a call without the ЕРАП token', async () => {
    const none = await postFines(client(), [fine('ERAP-9', WITH_PHONE)], null);
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('integration.unauthorized');
    const wrong = await postFines(client(), [fine('ERAP-9', WITH_PHONE)], 'not-the-token-0000000000');
    expect(wrong.statusCode).toBe(401);
  });
}, { DEMO_KEYS: 'true', LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000', SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open' });

describeSystemOnEachEngine('simplified proceedings: intake from ЕРАП (default pilot settings)', ({ system, client }) => {
  it('SIMP-1: with the default pilot (Taraz, until 31.12.2024) a 2026 fine takes the ordinary path as after_pilot', async () => {
    pinPhones(system());
    const answer = await postFines(client(), [fine('ERAP-20', WITH_PHONE)]);
    expect(answer.statusCode, answer.body).toBe(200);
    const [result] = answer.json().results;
    expect(result).toMatchObject({ outcome: 'ordinary', cause: 'ineligible' });
    expect(result.reasons.map((r: { code: string }) => r.code)).toEqual(['simplified.after_pilot']);
  });
}, { DEMO_KEYS: 'true', LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000' });
