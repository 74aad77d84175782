import { distribution } from '@oryndau/domain';
import { TEMPLATE_BY_ACTION } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { TestClient, describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { loadCandidates } from '../enforcement/distribution-store';
import { generateAndSign, signDocument } from '../enforcement/test-support';
import { LIC, LIC_ENV, ZHAMBYL, signWith, signedIn } from './licensing-test-support';

// Issue 17 item 6 (LIC-8, ENF-12): enforcement obeys the licence register —
// a suspended private bailiff gets no documents and cannot sign acts (a
// clear kk/ru message), their open proceedings are listed for the senior
// bailiff; resumed, both work again.

const writ = () => ({
  arrivalOrder: 'first', claimEssence: 'Взыскание задолженности', issueDate: '2026-02-10', issuingBody: 'Таразский городской суд',
  documentType: 'writ_of_execution', documentNumber: `2-${Math.floor(Math.random() * 1e6)}/2026`, entryIntoForceDate: '2026-02-20',
  categoryCode: 'citizens', amount: '250000', currency: 'KZT', solidaryLiability: false, trustedPerson: false,
  parties: [
    { role: 'debtor', kind: 'individual', identifier: '920707300005', name: 'Исабеков Данияр Асқарұлы', regionKato: ZHAMBYL },
    { role: 'claimant', kind: 'individual', identifier: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы', regionKato: ZHAMBYL },
  ],
});

describeSystemOnEachEngine('ISSUE-17: the licence register and enforcement', ({ system, clock }) => {
  it('LIC-8, ENF-12: suspension → distribution skips the bailiff and their signature on an act is refused → resumption restores both', async () => {
    const bailiff = await signedIn(system(), LIC.privateBailiff, TestClient, 'ru');
    const created = await bailiff.post('/api/enforcement/executive-documents', writ());
    expect(created.statusCode, created.body).toBe(201);
    const proceedingId = created.json().proceedingId as string;
    const bailiffId = (await system().db.query<{ id: string }>('SELECT id FROM users WHERE iin = $1', [LIC.privateBailiff])).rows[0]!.id;
    const eligible = async () => {
      const candidates = await loadCandidates(system().db, clock.now(), ZHAMBYL);
      const decision = distribution.distribute({ id: 'probe', category: 'citizens', debtorRegion: ZHAMBYL }, candidates, distribution.DEFAULT_RULES, clock.now());
      return decision.candidates.find((c) => c.id === bailiffId)!;
    };
    expect((await eligible()).eligible).toBe(true);

    const officer = await signedIn(system(), LIC.officer, TestClient);
    const licence = ((await officer.get(`/api/licensing/register?iin=${LIC.privateBailiff}`)).json() as { items: { id: string; version: number; number: string }[] })
      .items[0]!;
    const suspended = await signWith(system(), officer, `/api/licensing/register/${licence.id}/acts`, LIC.officer,
      { act: 'suspended', version: licence.version, ground: 'court_decision', groundText: 'Решение суда № 2-1/2026' });
    expect(suspended.statusCode, suspended.body).toBe(200);
    const verified = (await new TestClient(system()).get(`/api/licensing/verify/${encodeURIComponent(licence.number)}`)).json();
    expect(verified).toMatchObject({ status: 'suspended', statusSince: '2026-03-02' });

    expect(await eligible()).toMatchObject({ eligible: false, excludedBecause: 'licence_suspended' });
    const { act, signed } = await generateAndSign(system(), bailiff, proceedingId, LIC.privateBailiff,
      { templateCode: TEMPLATE_BY_ACTION.initiate, locale: 'ru', action: 'initiate' });
    expect(signed.statusCode).toBe(403);
    expect(signed.json()).toMatchObject({ code: 'licensing.licence_inactive' });
    expect(signed.json().message).toContain('приостановлено или прекращено');

    const senior = await signedIn(system(), LIC.seniorTaraz, TestClient);
    const open = await senior.get(`/api/licensing/register/${licence.id}/open-proceedings`);
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json().items.map((p: { id: string }) => p.id)).toContain(proceedingId);
    expect((await bailiff.get(`/api/licensing/register/${licence.id}/open-proceedings`)).statusCode).toBe(403);

    const resumed = await signWith(system(), officer, `/api/licensing/register/${licence.id}/acts`, LIC.officer,
      { act: 'resumed', version: licence.version + 1, ground: 'ground_ended' });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect((await eligible()).eligible).toBe(true);
    const signedNow = await signDocument(system(), bailiff, act.documentId, LIC.privateBailiff);
    expect(signedNow.statusCode, signedNow.body).toBe(200);
    const acts = await system().db.query<{ act: string; status: string }>(
      'SELECT act, status FROM licence_register_acts WHERE licence_id = $1 ORDER BY created_at, act', [licence.id]);
    expect(acts.rows.map((r) => `${r.act}:${r.status}`).sort()).toEqual(['issued:signed', 'resumed:signed', 'suspended:signed']);
  });
}, LIC_ENV);
