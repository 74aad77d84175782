import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { isValidRegistrationNumber } from '@oryndau/domain';
import { PEOPLE, sendWrit } from './test-support';

const manualCard = (overrides: Record<string, unknown> = {}) => ({
  arrivalOrder: 'first', claimEssence: 'Взыскание задолженности по договору займа', issueDate: '2026-02-10', issuingBody: 'Таразский городской суд',
  documentType: 'writ_of_execution', documentNumber: '2-555/2026', entryIntoForceDate: '2026-02-20', categoryCode: 'citizens',
  amount: '1 500,50', currency: 'USD', exchangeRate: '470,25', exchangeRateDate: '2026-02-27', solidaryLiability: true, trustedPerson: false,
  parties: [
    { role: 'debtor', kind: 'individual', identifier: '920707300005', name: 'Исабеков Данияр Асқарұлы', regionKato: '310000000' },
    { role: 'debtor', kind: 'legal_entity', identifier: '150740000004', name: 'ТОО «Тараз Құрылыс»', regionKato: '310000000' },
    { role: 'claimant', kind: 'individual', identifier: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы', regionKato: '310000000' },
  ],
  ...overrides,
});

describeSystemOnEachEngine('executive documents: intake and distribution', ({ system, client }) => {
  it('ENF-11, ENF-12: a signed writ from the courts\' simulator is registered and distributed to a licensed private bailiff, with the reason', async () => {
    await system().app.listen({ port: 0, host: '127.0.0.1' });
    const sent = await sendWrit(system());
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const receipt = sent.body as { proceedingId: string; registrationNumber: string; registrationDate: string; status: string; duplicate: boolean };
    expect(receipt).toMatchObject({ status: 'registered', duplicate: false, registrationDate: '2026-03-02' });
    expect(receipt.registrationNumber).toMatch(/^310000000-2026-\d{6}-\d$/);
    expect(isValidRegistrationNumber(receipt.registrationNumber)).toBe(true);

    const c = client('ru');
    await c.signIn(PEOPLE.privateBailiff);
    const card = (await c.get(`/api/enforcement/proceedings/${receipt.proceedingId}`)).json();
    expect(card.status).toBe('registered');
    expect(card.bailiff.fullName).toBe('Ахметова Айгүл Нұрланқызы');
    expect(card.executiveDocument).toMatchObject({ source: 'court', documentNumber: sent.card.writNumber, externalId: sent.card.externalId });
    const decision = card.distribution[0];
    expect(decision.kind).toBe('automatic');
    expect(decision.reason.ru).toContain('Ахметова Айгүл Нұрланқызы');
    const lapsed = decision.candidates.find((x: { fullName: string }) => x.fullName === 'Ким Ирина Викторовна');
    expect(lapsed).toMatchObject({ eligible: false, licence: { valid: false, until: '2025-01-31' } });
    expect(lapsed.excludedBecause.ru).toBeTruthy();
    expect(card.tasks).toEqual([expect.objectContaining({ kind: 'initiation', dueDate: '2026-03-05', status: 'open', overdue: false })]);
    expect(card.availableActions.map((a: { action: string }) => a.action)).toEqual(['initiate', 'refuse']);
    // The signed court act is publicly verifiable with the judge's signature.
    const verify = (await client().get(`/api/verify/${card.executiveDocument.courtActDocumentId}`)).json();
    expect(verify.signatures[0]).toMatchObject({ valid: true, iin: '7108********' });

    // ENF-11: the same writ again is answered with the first registration.
    const again = await sendWrit(system(), { overrides: { externalId: sent.card.externalId, writNumber: sent.card.writNumber, debtors: sent.card.debtors } });
    expect(again.body).toMatchObject({ proceedingId: receipt.proceedingId, registrationNumber: receipt.registrationNumber, duplicate: true });
  });

  it('ENF-11, SIG-4: a writ with a broken or foreign signature is refused with the reasons of each part', async () => {
    const tampered = await sendWrit(system(), { tamper: 'secretary_signature' });
    expect(tampered.status).toBe(422);
    expect(tampered.body).toMatchObject({ code: 'enforcement.writ_signature_invalid' });
    expect((tampered.body as { details: { signatures: Array<{ part: string }> } }).details.signatures.map((s) => s.part)).toEqual(['secretary']);
    const foreign = await sendWrit(system(), { signAs: { judge: PEOPLE.privateBailiff } });
    expect(foreign.status).toBe(422);
    const parts = (foreign.body as { details: { signatures: Array<{ part: string; reasons: Array<{ code: string }> }> } }).details.signatures;
    expect(parts.find((p) => p.part === 'judge')?.reasons.map((r) => r.code)).toContain('iin_mismatch');
    const changed = await sendWrit(system(), { tamper: 'writ_bytes' });
    expect(changed.status).toBe(422);
    const unauthorised = await client().post('/api/integrations/court-system/writs', { writ: 'AAAA', signatures: { judge: 'AAAA', secretary: 'AAAA' },
      courtAct: { mediaType: 'application/pdf', content: 'AAAA', signature: 'AAAA' } });
    expect(unauthorised.statusCode).toBe(401);
    expect(unauthorised.json().code).toBe('integration.unauthorized');
  });

  it('ENF-1: a hand-entered card is validated field by field, in the user\'s language', async () => {
    const c = client('kk');
    await c.signIn(PEOPLE.stateBailiffTaraz);
    const bad = await c.post('/api/enforcement/executive-documents', manualCard({
      issueDate: '2026-02-25', amount: '0', exchangeRate: '',
      parties: [{ role: 'debtor', kind: 'individual', identifier: '920707300006', name: 'X', regionKato: '310000000' }],
    }));
    expect(bad.statusCode).toBe(422);
    const fields = bad.json().details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
    expect(fields).toEqual(expect.arrayContaining(['entryIntoForceDate:card.issue_after_entry_into_force', 'amount:card.amount_not_positive',
      'exchangeRate:card.rate_required', 'parties[0].identifier:card.iin_invalid', 'parties:card.claimant_required']));
    expect(bad.json().message).toMatch(/^Атқарушылық құжаттың карточкасы қате толтырылған/);
    const count = await system().db.query('SELECT count(*)::int AS n FROM executive_documents WHERE source = $1', ['manual']);
    expect(count.rows[0]).toEqual({ n: 0 });
  });

  it('ENF-1, ENF-12: a valid card in dollars is registered in tenge and its number follows the department\'s sequence', async () => {
    const c = client('ru');
    await c.signIn(PEOPLE.stateBailiffTaraz);
    const first = await c.post('/api/enforcement/executive-documents', manualCard());
    expect(first.statusCode, first.body).toBe(201);
    const second = await c.post('/api/enforcement/executive-documents', manualCard({ documentNumber: '2-556/2026', categoryCode: 'state_collection' }));
    const a = first.json();
    const b = second.json();
    expect(Number(b.registrationNumber.split('-')[2])).toBe(Number(a.registrationNumber.split('-')[2]) + 1);
    // state_collection goes to the state bailiff of the region.
    expect(b.bailiff.fullName).toBe('Төлеуов Мұрат Ағабекұлы');
    const bailiff = client('ru');
    await bailiff.signIn(PEOPLE.privateBailiff);
    const card = (await bailiff.get(`/api/enforcement/proceedings/${a.proceedingId}`)).json();
    // 1500.50 USD × 470.25 = 705 610.125 ₸ → 70 561 013 tiyn (half away from zero).
    expect(card.executiveDocument).toMatchObject({ amountTiyn: '70561013', currency: 'USD', solidaryLiability: true });
    expect(card.parties.filter((p: { role: string }) => p.role === 'debtor')).toHaveLength(2);
    // Someone else's proceeding does not exist for a stranger.
    const stranger = client('ru');
    await stranger.signIn(PEOPLE.stateBailiffAstana);
    expect((await stranger.get(`/api/enforcement/proceedings/${a.proceedingId}`)).statusCode).toBe(404);
  });
}, { DEMO_KEYS: 'true' });
