import { findFiling, listFilingAttempts } from '@oryndau/db';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import { DEMO_APPLICANTS } from '../signing/demo-keys';
import { attachFiles, demoKey, fixture, issueKey, sendFiling, signPowerOfAttorney, signedNonce } from './cabinet-test-support';
import { OFFICE_ENV, PEOPLE } from './office-test-support';

// ISSUE-14 items 2, 6, 11 (FILE-3, FILE-9, SIG-8) for a legal entity, end to
// end through the HTTP API as the web uses it: the first head of a legal
// entity (a demo applicant, not a user yet) registers in the cabinet with
// her ЭЦП and acts for the entity; files a claim for it signed with her
// key carrying the entity's BIN; issues the entity's power of attorney (the
// order appointing her attached, signed with her first-head certificate),
// under which a citizen files for the entity until it is revoked.

const HEAD = DEMO_APPLICANTS.find((a) => a.bin !== undefined)!;
const BIN = HEAD.bin!;
const ENTITY = HEAD.organization!;
const TRUSTEE = PEOPLE.citizen; // a demo citizen with a password and a demo key
const EMPLOYEE = PEOPLE.citizen2; // another demo citizen, given an employee's certificate of the entity below
const ESIL = 'court-astana-esil';

const claim = (over: Record<string, unknown> = {}) => ({
  service: 'claim', courtId: ESIL, form: 'civil',
  parties: [
    { category: 'plaintiff', kind: 'legal_entity', iinBin: BIN, name: ENTITY },
    { category: 'defendant', kind: 'individual', iinBin: PEOPLE.citizen2, name: 'Серікбаев Әлихан Бауыржанұлы' },
  ],
  title: 'Жеткізу шарты бойынша қарызды өндіру / О взыскании долга по договору поставки',
  body: 'Жауапкерден 2 000 000 теңге өндіруді сұраймыз. / Просим взыскать с ответчика 2 000 000 тенге.',
  claimAmountTiyn: 200_000_000, appendix: ['Жеткізу шарты / Договор поставки', 'Жүкқұжат / Накладная'], ...over,
});

const files = () => [{ name: 'шарт.docx', bytes: fixture('claim.docx') }, { name: 'жүкқұжат.jpg', bytes: fixture('scan.jpg') }];

const poaDraft = (over: Record<string, unknown> = {}) => ({
  powers: ['file_claims', 'pay_duty'], trustees: [{ iin: TRUSTEE }], validFrom: '2026-03-02', validUntil: '2027-03-01',
  summary: 'Жеткізу шарты бойынша даулар / Споры по договору поставки',
  appointmentOrder: { fileName: 'бұйрық.pdf', contentBase64: Buffer.from(fixture('receipt-pdf-lib.pdf')).toString('base64') }, ...over,
});

type Poa = { id: string; version: number; status: string; documentId: string; principal: { kind: string; iinBin: string; name: string };
  appointmentOrderFileId: string | null };

describeSystemOnEachEngine('ISSUE-14 items 2, 6, 11: a legal entity in the cabinet, end to end', ({ system, client, clock }) => {
  let head: TestClient;

  it('ISSUE-14 item 2, FILE-3, SIG-8: the first head registers with her ЭЦП (authentication key with the BIN and the first-head role) and acts for the legal entity', async () => {
    expect(HEAD).toMatchObject({ iin: '791120400143', bin: '210540011204', role: 'first-head' });
    expect((await system().db.query('SELECT 1 FROM users WHERE iin = $1', [HEAD.iin])).rows).toHaveLength(0);
    head = client('kk');
    await head.get('/api/session');
    const registered = await head.post('/api/cabinet/register',
      { method: 'esign', ...await signedNonce(head, await demoKey(system(), HEAD.iin, 'auth')), email: 'head@demo-zharyk.kz', locale: 'kk' });
    expect(registered.statusCode, registered.body).toBe(200);
    const representing = { bin: BIN, organisationName: ENTITY, firstHead: true };
    expect(registered.json().user).toMatchObject({ iin: HEAD.iin, fullName: HEAD.fullName, roles: ['citizen'], representing });
    expect((await head.get('/api/me')).json().user).toMatchObject({ iin: HEAD.iin, representing });
    // Her signing key is no sign-in key.
    const other = client('ru');
    await other.get('/api/session');
    const bySigningKey = await other.post('/api/auth/esign', await signedNonce(other, await demoKey(system(), HEAD.iin, 'sign')));
    expect(bySigningKey.statusCode, bySigningKey.body).toBe(422);
    expect(bySigningKey.json().code).toBe('signing.signature_invalid');
    expect((await other.get('/api/me')).statusCode).toBe(401);
  });

  it('ISSUE-14 item 6, FILE-3, FILE-10: she files a claim for the entity (applicant = the BIN); her personal key without the BIN is not received, her key with the BIN is', async () => {
    const created = await head.post('/api/filings', claim());
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as { id: string; applicant: { kind: string; iinBin: string; name: string }; duty: { rate: string } };
    expect(draft.applicant).toEqual({ kind: 'legal_entity', iinBin: BIN, name: ENTITY });
    expect(draft.duty.rate).toMatch(/legal/);
    await attachFiles(head, draft.id, files());

    // The same person, her own IIN — but a personal certificate: it does not say she acts for that BIN.
    const personal = await issueKey(system(), clock.now(), { purpose: 'sign', iin: HEAD.iin, name: 'ЕРМЕКОВА АЙЖАН' });
    const refused = await sendFiling(head, draft.id, personal);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('courts.filing_not_received');
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toEqual(['bin_mismatch']);
    expect(refused.json().message).toContain('тіркеу куәлігіндегі БСН');
    expect((await findFiling(system().db, draft.id))!).toMatchObject({ status: 'draft', number: null });
    expect(await listFilingAttempts(system().db, draft.id)).toHaveLength(1);

    const sent = await sendFiling(head, draft.id, await demoKey(system(), HEAD.iin, 'sign'));
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await findFiling(system().db, draft.id))!).toMatchObject({ status: 'received', applicantKind: 'legal_entity', applicantIinBin: BIN });
    const receipt = (await head.get(`/api/filings/${draft.id}/receipt`)).json();
    expect(receipt).toMatchObject({ sender: { kind: 'legal_entity', iinBin: BIN }, principal: null });
    const mine = (await head.get('/api/my/filings')).json().filings as { id: string; status: string; role: string }[];
    expect(mine.find((f) => f.id === draft.id)).toMatchObject({ status: 'received', role: 'applicant' });
  });

  let poa: Poa;

  it('ISSUE-14 item 11, FILE-9, SIG-8: the entity\'s power of attorney — the order appointing the head attached, signed by the head (BIN + first-head role); the trustee sees it and files for the entity', async () => {
    const noOrder = await head.post('/api/powers-of-attorney', poaDraft({ appointmentOrder: undefined }));
    expect(noOrder.statusCode).toBe(400);
    expect(noOrder.json().message).toContain('басшыны тағайындау туралы бұйрық');
    const created = await head.post('/api/powers-of-attorney', poaDraft());
    expect(created.statusCode, created.body).toBe(201);
    poa = created.json() as Poa;
    expect(poa).toMatchObject({ status: 'draft', principal: { kind: 'legal_entity', iinBin: BIN, name: ENTITY }, appointmentOrderFileId: expect.any(String) });

    // Her personal certificate (no BIN, no role) may not sign for the entity; nothing changes.
    const personal = await issueKey(system(), clock.now(), { purpose: 'sign', iin: HEAD.iin, name: 'ЕРМЕКОВА АЙЖАН' });
    const wrong = await signPowerOfAttorney(head, poa, personal);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('courts.poa_signer_not_allowed');
    expect(wrong.json().message).toContain('бірінші басшысы');
    const signed = await signPowerOfAttorney(head, poa, await demoKey(system(), HEAD.iin, 'sign'));
    expect(signed.statusCode, signed.body).toBe(200);
    const mine = ((await head.get('/api/powers-of-attorney')).json() as { items: Poa[] }).items.find((p) => p.id === poa.id)!;
    expect(mine).toMatchObject({ status: 'active', version: 2 });
    poa = mine;
    const signer = await system().db.query<{ details: { signerIin: string; signerBin: string } }>(
      "SELECT details FROM journal WHERE object_id = $1 AND action = 'courts.poa_signed'", [poa.id]);
    expect(signer.rows[0]!.details).toMatchObject({ signerIin: HEAD.iin, signerBin: BIN });

    const trustee = client('ru');
    expect((await trustee.signIn(TRUSTEE)).statusCode).toBe(200);
    const trusted = ((await trustee.get('/api/powers-of-attorney/trusted')).json() as { items: Poa[] }).items.find((p) => p.id === poa.id);
    expect(trusted).toMatchObject({ status: 'active', principal: { kind: 'legal_entity', iinBin: BIN, name: ENTITY } });
    expect((await trustee.get(`/api/documents/${poa.documentId}/content`)).statusCode).toBe(200);

    const forEntity = await trustee.post('/api/filings', claim({ principal: { kind: 'legal_entity', iinBin: BIN, name: ENTITY }, title: 'Тұрақсыздық айыбы / Неустойка' }));
    expect(forEntity.statusCode, forEntity.body).toBe(201);
    const filing = forEntity.json() as { id: string; applicant: { kind: string; iinBin: string } };
    expect(filing.applicant).toMatchObject({ kind: 'individual', iinBin: TRUSTEE });
    await attachFiles(trustee, filing.id, files());
    const sent = await sendFiling(trustee, filing.id, await demoKey(system(), TRUSTEE, 'sign'));
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await findFiling(system().db, filing.id))!).toMatchObject({ status: 'received', powerOfAttorneyId: poa.id, principalIinBin: BIN });
    expect((await trustee.get(`/api/filings/${filing.id}/receipt`)).json())
      .toMatchObject({ sender: { kind: 'individual', iinBin: TRUSTEE }, principal: { kind: 'legal_entity', iinBin: BIN } });
    // The head, signed in for the entity, sees the filing made for it.
    const forHer = ((await head.get('/api/my/filings')).json().filings as { id: string; role: string }[]).find((f) => f.id === filing.id);
    expect(forHer).toMatchObject({ role: 'principal' });
    expect((await head.get(`/api/filings/${filing.id}`)).statusCode).toBe(200);
  });

  it('ISSUE-14 item 11, FILE-9: revoked by the head — the trustee\'s next filing for the entity is not received, with the reason in kk and ru', async () => {
    const revoked = await head.post(`/api/powers-of-attorney/${poa.id}/revoke`, { version: poa.version });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    for (const locale of ['ru', 'kk'] as const) {
      const trustee = client(locale);
      await trustee.signIn(TRUSTEE);
      const created = await trustee.post('/api/filings', claim({ principal: { kind: 'legal_entity', iinBin: BIN, name: ENTITY }, title: `Кейінгі / Следующий ${locale}` }));
      expect(created.statusCode, created.body).toBe(201);
      const id = (created.json() as { id: string }).id;
      await attachFiles(trustee, id, files());
      const refused = await sendFiling(trustee, id, await demoKey(system(), TRUSTEE, 'sign'));
      expect(refused.statusCode).toBe(422);
      expect(refused.json().code).toBe('courts.filing_not_received');
      expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toEqual(['poa_revoked']);
      expect(refused.json().message).toContain(locale === 'ru' ? 'доверенность отозвана доверителем' : 'сенім білдіруші кері қайтарып алған');
      expect((await findFiling(system().db, id))!.status).toBe('draft');
    }
  });

  it('ISSUE-14 item 11, SIG-8: an employee of the entity (its BIN, no first-head role) draws up a power of attorney for it — his signature is refused in kk/ru; it stays a draft', async () => {
    const e = client('ru');
    await e.get('/api/session');
    const employeeAuth = await issueKey(system(), clock.now(), { purpose: 'auth', iin: EMPLOYEE, name: 'СЕРІКБАЕВ ӘЛИХАН', bin: BIN, organization: ENTITY, role: 'employee' });
    const signedIn = await e.post('/api/auth/esign', await signedNonce(e, employeeAuth));
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(signedIn.json().user.representing).toEqual({ bin: BIN, organisationName: ENTITY, firstHead: false });
    const created = await e.post('/api/powers-of-attorney', poaDraft({ trustees: [{ iin: TRUSTEE }] }));
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as Poa;
    expect(draft.principal).toMatchObject({ kind: 'legal_entity', iinBin: BIN });
    const employeeSign = await issueKey(system(), clock.now(), { purpose: 'sign', iin: EMPLOYEE, name: 'СЕРІКБАЕВ ӘЛИХАН', bin: BIN, organization: ENTITY, role: 'employee' });
    const refused = await signPowerOfAttorney(e, draft, employeeSign);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('courts.poa_signer_not_allowed');
    expect(refused.json().message).toContain('первый руководитель');
    e.language = 'kk';
    const again = await signPowerOfAttorney(e, draft, employeeSign);
    expect(again.json().message).toContain('бірінші басшысы');
    const listed = ((await e.get('/api/powers-of-attorney')).json() as { items: Poa[] }).items.find((p) => p.id === draft.id);
    expect(listed).toMatchObject({ status: 'draft', version: 1 });
    const trustee = client('ru');
    await trustee.signIn(TRUSTEE);
    expect(((await trustee.get('/api/powers-of-attorney/trusted')).json() as { items: Poa[] }).items.map((p) => p.id)).not.toContain(draft.id);
    const journal = await system().db.query<{ n: number }>("SELECT count(*)::int AS n FROM journal WHERE object_id = $1 AND action = 'courts.poa_signed'", [draft.id]);
    expect(journal.rows[0]!.n).toBe(0);
  });
}, OFFICE_ENV);
