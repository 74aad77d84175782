import { readFileSync } from 'node:fs';
import { findActivePowersOfAttorney, verifyJournal } from '@oryndau/db';
import { createSignedData, openPkcs12 } from '@oryndau/esign';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import { DEMO_KEY_PIN } from '../signing/demo-keys';
import type { System } from '../system';
import { OFFICE_ENV, PEOPLE } from './office-test-support';

// ISSUE-14 item 11 (FILE-9, SIG-8, §26): the principal draws up an electronic
// power of attorney, signs it with their own key, the trustee sees it under
// «Сенімхаттар / Доверенности», and the principal revokes it — at once.

async function signWithDemoKey(system: System, iin: string, content: Uint8Array): Promise<string> {
  const key = system.trust.demoKeys.find((k) => k.iin === iin && k.purpose === 'sign')!;
  const opened = await openPkcs12(new Uint8Array(readFileSync(`${system.trust.pkiDir}/${key.file}`)), DEMO_KEY_PIN);
  const cms = await createSignedData({ content, detached: true, privateKey: opened.privateKey, certificate: opened.certificate, chain: opened.chain,
    signingTime: new Date() });
  return Buffer.from(cms).toString('base64');
}

type Poa = { id: string; number: string; version: number; status: string; documentId: string; expired: boolean; trustees: { iin: string; name: string }[];
  powers: { code: string; name: { kk: string } }[] };

const draft = {
  powers: ['file_claims', 'pay_duty'], trustees: [{ iin: PEOPLE.citizen2 }], validFrom: '2026-03-02', validUntil: '2027-03-01',
  summary: 'Қарызды өндіру туралы іс бойынша өкілдік / Представительство по делу о взыскании долга',
};

describeSystemOnEachEngine('ISSUE-14 item 11: electronic powers of attorney', ({ system, client }) => {
  const signedIn = async (iin: string, locale: 'kk' | 'ru' = 'ru'): Promise<TestClient> => {
    const c = client(locale);
    expect((await c.signIn(iin)).statusCode).toBe(200);
    return c;
  };

  it('ISSUE-14 item 11, FILE-9, SIG-8: created, signed with the principal\'s key (active), listed for the trustee, revoked at once; all journalled', async () => {
    const principal = await signedIn(PEOPLE.citizen, 'kk');
    const created = await principal.post('/api/powers-of-attorney', draft);
    expect(created.statusCode, created.body).toBe(201);
    const poa = created.json() as Poa;
    expect(poa).toMatchObject({ status: 'draft', version: 1, trustees: [{ iin: PEOPLE.citizen2, name: 'Серікбаев Әлихан Бауыржанұлы' }] });
    expect(poa.powers.map((p) => p.code)).toEqual(['file_claims', 'pay_duty']);

    const trustee = await signedIn(PEOPLE.citizen2);
    // A draft is not the trustee's yet.
    expect(((await trustee.get('/api/powers-of-attorney/trusted')).json() as { items: Poa[] }).items.map((p) => p.id)).not.toContain(poa.id);

    const content = await principal.get(`/api/documents/${poa.documentId}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    const started = await principal.post(`/api/powers-of-attorney/${poa.id}/signing`);
    expect(started.statusCode, started.body).toBe(200);
    const { challengeId } = started.json() as { challengeId: string };
    // Someone else's key is refused by the checklist (bound to the signed-in IIN), nothing changes.
    const foreign = await principal.post(`/api/signing/${challengeId}/signature`,
      { cms: await signWithDemoKey(system(), PEOPLE.citizen2, new Uint8Array(content.rawPayload)) });
    expect(foreign.statusCode).toBe(422);
    const signed = await principal.post(`/api/signing/${challengeId}/signature`,
      { cms: await signWithDemoKey(system(), PEOPLE.citizen, new Uint8Array(content.rawPayload)) });
    expect(signed.statusCode, signed.body).toBe(200);

    const mine = ((await principal.get('/api/powers-of-attorney')).json() as { items: Poa[] }).items.find((p) => p.id === poa.id)!;
    expect(mine).toMatchObject({ status: 'active', version: 2, expired: false });
    const trusted = ((await trustee.get('/api/powers-of-attorney/trusted')).json() as { items: Poa[] }).items.find((p) => p.id === poa.id);
    expect(trusted).toMatchObject({ status: 'active', number: poa.number });
    // The trustee reads the signed document; may not revoke it.
    expect((await trustee.get(`/api/documents/${poa.documentId}/content`)).statusCode).toBe(200);
    expect((await trustee.post(`/api/powers-of-attorney/${poa.id}/revoke`, { version: 2 })).statusCode).toBe(404);
    expect(await findActivePowersOfAttorney(system().db, PEOPLE.citizen, PEOPLE.citizen2, '2026-03-02')).toHaveLength(1);

    // A stale version is a 409; the right one revokes at once.
    const stale = await principal.post(`/api/powers-of-attorney/${poa.id}/revoke`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'courts.version_conflict' });
    const revoked = await principal.post(`/api/powers-of-attorney/${poa.id}/revoke`, { version: 2 });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', version: 3 });
    expect(await findActivePowersOfAttorney(system().db, PEOPLE.citizen, PEOPLE.citizen2, '2026-03-02')).toHaveLength(0);
    expect(((await trustee.get('/api/powers-of-attorney/trusted')).json() as { items: Poa[] }).items.find((p) => p.id === poa.id))
      .toMatchObject({ status: 'revoked' });

    const actions = (await system().db.query<{ action: string }>('SELECT action FROM journal WHERE object_id = $1 ORDER BY seq', [poa.id])).rows
      .map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['courts.poa_created', 'document.signed', 'courts.poa_signed', 'courts.poa_revoked']));
    expect((await verifyJournal(system().db)).ok).toBe(true);
  });

  it('ISSUE-14 item 11, FILE-9: bad drafts are refused in the caller\'s language — a wrong IIN check digit, until before from, more than three years, no power', async () => {
    const principal = await signedIn(PEOPLE.citizen, 'ru');
    const badIin = await principal.post('/api/powers-of-attorney', { ...draft, trustees: [{ iin: '011120500009', name: 'Кто-то' }] });
    expect(badIin.statusCode).toBe(400);
    expect(badIin.json().message).toContain('контрольная цифра ИИН');
    const backwards = await principal.post('/api/powers-of-attorney', { ...draft, validFrom: '2026-06-01', validUntil: '2026-05-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().message).toContain('дата окончания раньше даты начала');
    const tooLong = await principal.post('/api/powers-of-attorney', { ...draft, validUntil: '2029-03-02' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().message).toContain('не более 3 лет');
    expect((await principal.post('/api/powers-of-attorney', { ...draft, validUntil: '2029-03-01' })).statusCode).toBe(201);
    expect((await principal.post('/api/powers-of-attorney', { ...draft, powers: [] })).statusCode).toBe(400);
    // Only citizens give powers of attorney through the cabinet.
    const office = await signedIn(PEOPLE.office);
    expect((await office.post('/api/powers-of-attorney', draft)).statusCode).toBe(403);
  });
}, OFFICE_ENV);
