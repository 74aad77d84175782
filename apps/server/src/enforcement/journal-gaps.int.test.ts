import { CARD_ERROR_MESSAGES } from '@oryndau/domain';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { PEOPLE, generateAndSign } from './test-support';

// Issue 11 item 10: journal gaps — every act on a proceeding leaves an entry
// on it, and a region that does not exist never becomes a department.

const card = (debtor: Record<string, unknown> = {}) => ({
  arrivalOrder: 'first', claimEssence: 'Взыскание задолженности', issueDate: '2026-02-10', issuingBody: 'Таразский городской суд',
  documentType: 'writ_of_execution', documentNumber: `2-${Math.floor(Math.random() * 1e6)}/2026`, entryIntoForceDate: '2026-02-20',
  categoryCode: 'citizens', amount: '250000', currency: 'KZT', solidaryLiability: false, trustedPerson: false,
  parties: [
    { role: 'debtor', kind: 'individual', identifier: '920707300005', name: 'Исабеков Данияр Асқарұлы', regionKato: '310000000', ...debtor },
    { role: 'claimant', kind: 'individual', identifier: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы', regionKato: '310000000' },
  ],
});

type Entry = { action: string; details: Record<string, unknown> };

async function journalOf(system: System, proceedingId: string): Promise<Entry[]> {
  return (await system.db.query<Entry>(
    `SELECT action, details FROM journal WHERE object_type = 'proceeding' AND object_id = $1 ORDER BY seq`, [proceedingId])).rows;
}

async function signed(system: System, c: TestClient, id: string, body: Parameters<typeof generateAndSign>[4]) {
  const { act, signed: answer } = await generateAndSign(system, c, id, PEOPLE.privateBailiff, body);
  expect(answer.statusCode, answer.body).toBe(200);
  return act;
}

describeSystemOnEachEngine('issue 11 item 10: journal gaps', ({ system, client }) => {
  it('X-2, ENF-7, ENF-10, issue 11 item 10: an arrest imposed, an arrest lifted and a request signed each leave an entry on the proceeding', async () => {
    const c = client('ru');
    await c.signIn(PEOPLE.privateBailiff);
    const created = await c.post('/api/enforcement/executive-documents', card());
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { proceedingId: string }).proceedingId;
    await signed(system(), c, id, { templateCode: 'enf.initiation', locale: 'ru', action: 'initiate' });
    const arrest = await signed(system(), c, id, { templateCode: 'enf.arrest_property', locale: 'ru', params: { arrest: { kind: 'property',
      items: [{ kind: 'vehicle', description: 'Toyota Camry 2018', identifier: 'JTNB11HK103456789', valueTiyn: '850000000' }] } } });
    const arrestId = ((await c.get(`/api/enforcement/proceedings/${id}`)).json() as { arrests: Array<{ id: string }> }).arrests[0]!.id;
    const lift = await signed(system(), c, id, { templateCode: 'enf.arrest_lift', locale: 'kk', params: { arrestId } });
    const request = await signed(system(), c, id, { templateCode: 'enf.request', locale: 'ru', params: { requestType: 'bank_accounts' } });

    const journal = await journalOf(system(), id);
    expect(journal.find((e) => e.action === 'enforcement.arrest_imposed')?.details)
      .toMatchObject({ actId: arrest.id, arrestId, kind: 'property', items: 1, templateCode: 'enf.arrest_property' });
    expect(journal.find((e) => e.action === 'enforcement.arrest_lifted')?.details)
      .toMatchObject({ actId: lift.id, arrestId, because: 'resolution', templateCode: 'enf.arrest_lift' });
    expect(journal.find((e) => e.action === 'enforcement.request_signed')?.details)
      .toMatchObject({ actId: request.id, requests: [{ type: 'bank_accounts' }], templateCode: 'enf.request' });

    // Every act that took effect is on the proceeding's journal, besides its generation.
    const view = (await c.get(`/api/enforcement/proceedings/${id}`)).json() as { acts: Array<{ id: string; status: string }> };
    const applied = view.acts.filter((a) => a.status === 'applied').map((a) => a.id);
    expect(applied).toHaveLength(4);
    for (const actId of applied) {
      expect(journal.filter((e) => e.details.actId === actId && e.action !== 'enforcement.act_generated'), actId).toHaveLength(1);
    }
  });

  it('ENF-1, issue 11 item 10: a region not in the reference data is refused with a kk/ru field error and never becomes a department', async () => {
    const departments = async () => (await system().db.query(`SELECT 1 FROM proceedings WHERE department_code = '999999999'`)).rows.length;
    for (const locale of ['kk', 'ru'] as const) {
      const c = client(locale);
      await c.signIn(PEOPLE.privateBailiff);
      const refused = await c.post('/api/enforcement/executive-documents', card({ regionKato: '999999999' }));
      expect(refused.statusCode, refused.body).toBe(422);
      const body = refused.json() as { code: string; message: string; details: { fields: Array<{ field: string; code: string; message: Record<string, string> }> } };
      expect(body.code).toBe('enforcement.card_invalid');
      expect(body.details.fields).toEqual([expect.objectContaining({ field: 'parties[0].regionKato', code: 'card.region_unknown' })]);
      expect(body.message).toContain(CARD_ERROR_MESSAGES['card.region_unknown'][locale]);
      // A district must lie in the party's region.
      const outside = await c.post('/api/enforcement/executive-documents', card({ districtKato: '711110000' }));
      expect(outside.statusCode, outside.body).toBe(422);
      expect((outside.json() as typeof body).details.fields).toEqual([expect.objectContaining({ field: 'parties[0].districtKato', code: 'card.district_outside_region' })]);
    }
    expect(await departments()).toBe(0);
    const counters = await system().db.query(`SELECT 1 FROM registration_counters WHERE department_code = 999999999`);
    expect(counters.rows).toHaveLength(0);
  });
}, { DEMO_KEYS: 'true', LOGIN_RATE_PER_MINUTE: '1000', RATE_PER_MINUTE: '100000' });
