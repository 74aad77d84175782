import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addFilingAttachment, findFiling, findPowerOfAttorney, findUserByIin, insertFilingDraft, insertPowerOfAttorneyDraft, insertSignature,
  insertStoredFile, listFilingAttempts, markPowerOfAttorneySigned, revokePowerOfAttorney,
} from '@oryndau/db';
import type { NewFilingDraft } from '@oryndau/db';
import { createSignedData, openPkcs12 } from '@oryndau/esign';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import { DEMO_KEY_PIN } from '../signing/demo-keys';
import type { System } from '../system';

// ISSUE-14 items 6, 7, 10, 11 (server): a filing signed and sent — received
// with its number, receipt date and registration day in the court's zone
// and its талон (JSON and kk/ru PDF); not received (attempt recorded, still
// a draft) for another person's key, a tampered signature, a revoked power
// of attorney; «Мои дела» and who may read a filing.

const APPLICANT = '920707300005'; // citizen, demo key
const TRUSTEE = '011120500008'; // another citizen, demo key
const ESIL = 'court-astana-esil'; // 7114, Asia/Almaty, hours till 18:30
const AKTOBE = 'court-aktobe'; // 1510, Asia/Aqtobe

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const pdfDir = mkdtempSync(join(tmpdir(), 'oryndau-talon-'));

function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(pdfDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

async function signBytes(system: System, iin: string, content: Uint8Array): Promise<Uint8Array> {
  const entry = system.trust.demoKeys.find((k) => k.iin === iin && k.purpose === 'sign')!;
  const key = await openPkcs12(new Uint8Array(readFileSync(`${system.trust.pkiDir}/${entry.file}`)), DEMO_KEY_PIN);
  return createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, signingTime: new Date() });
}

/** A draft made through the repositories (the drafting routes are another item), with `files` attachments. */
async function draftFiling(system: System, applicantIin: string, over: Partial<NewFilingDraft> & { files?: number } = {}): Promise<string> {
  const { files = 2, ...fields } = over;
  const user = (await findUserByIin(system.db, applicantIin))!;
  const id = randomUUID();
  const now = new Date();
  await system.db.transaction(async (tx) => {
    await insertFilingDraft(tx, {
      id, service: 'claim', courtId: ESIL, instance: 'first', form: 'civil', category: 'debt', targetCaseId: null,
      applicantUserId: user.id, applicantKind: 'individual', applicantIinBin: applicantIin, applicantName: user.fullName,
      principalKind: null, principalIinBin: null, principalName: null, powerOfAttorneyId: null,
      title: 'Қарызды өндіру туралы талап арыз', body: `Жауапкерден 500 000 теңге өндіруді сұраймын. ${id}`, claimAmountTiyn: 50_000_000,
      dutyTiyn: 1_500_000, dutyBasis: { rule: 'property_claim' },
      parties: [{ category: 'defendant', kind: 'individual', iinBin: '900101300001', name: 'Жауапкер Асқар' }],
      appendix: ['Қарыз қолхаты', 'Төлем түбіртегі'], ...fields,
    }, now);
    for (let position = 1; position <= files; position += 1) {
      const bytes = new TextEncoder().encode(`%PDF-1.4 attachment ${position} of ${id}`);
      const fileId = randomUUID();
      await insertStoredFile(tx, { id: fileId, sha256: sha256(bytes), sizeBytes: bytes.length, kind: 'pdf', originalName: `${position}.pdf`,
        storageKey: `test/${fileId}`, uploadedBy: user.id }, now);
      await addFilingAttachment(tx, { filingId: id, position, title: `Құжат ${position}`, fileId });
    }
  });
  return id;
}

/** Starts signing, signs the server's bytes with `signerIin`'s key (optionally spoiling the signature) and submits. */
async function send(system: System, c: TestClient, filingId: string, signerIin: string, options: { tamper?: boolean } = {}) {
  const start = await c.post(`/api/filings/${filingId}/signing`);
  expect(start.statusCode).toBe(200);
  const { challengeId, documentId, manifestSha256 } = start.json() as { challengeId: string; documentId: string; manifestSha256: string };
  const content = new Uint8Array((await c.get(`/api/documents/${documentId}/content`)).rawPayload);
  expect(sha256(content)).toBe(manifestSha256);
  const cms = await signBytes(system, signerIin, content);
  if (options.tamper) cms[cms.length - 5] = (cms[cms.length - 5] ?? 0) ^ 0xff; // a byte of the signature value changed in transit
  return c.post(`/api/signing/${challengeId}/signature`, { cms: Buffer.from(cms).toString('base64') });
}

async function signedPoa(system: System, principalIin: string, trusteeIin: string, powers: ('file_claims' | 'file_appeals')[]) {
  const principal = (await findUserByIin(system.db, principalIin))!;
  const id = randomUUID();
  const now = new Date();
  await system.db.transaction(async (tx) => {
    await insertPowerOfAttorneyDraft(tx, { id, number: `POA-${id.slice(0, 8)}`, principalKind: 'individual', principalIinBin: principalIin,
      principalName: principal.fullName, signerUserId: principal.id, powers, validFrom: '2026-01-01', validUntil: '2026-12-31',
      summary: 'Қарызды өндіру ісі', appointmentOrderFileId: null, trustees: [{ iin: trusteeIin, name: 'Сенім білдірілген тұлға' }] }, now);
    const signatureId = randomUUID();
    await insertSignature(tx, { id: signatureId, challengeId: null, documentType: 'poa', documentId: id, contentHash: sha256(new TextEncoder().encode(id)),
      signer: { iin: principalIin, bin: null, name: principal.fullName, algorithm: 'RSA-SHA256' }, cms: new Uint8Array([1]), checkedAt: now, evidence: {} });
    expect(await markPowerOfAttorneySigned(tx, id, 1, { signatureId, signedAt: now })).toBe(true);
  });
  return id;
}

describeSystemOnEachEngine('courts: sending a filing, the талон, «Мои дела»', ({ system, client, clock }) => {
  it('ISSUE-14 items 6, 7 (FILE-6, FILE-7, FILE-10, FILE-13): a claim with two attachments signed by the applicant is received — number, receipt date, registration day, талон JSON and kk/ru PDF', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z')); // Monday 10:00 in Astana
    const c = client('ru');
    await c.signIn(APPLICANT);
    const id = await draftFiling(system(), APPLICANT);
    const accepted = await send(system(), c, id, APPLICANT);
    expect(accepted.statusCode).toBe(200);
    const filing = (await findFiling(system().db, id))!;
    expect(filing).toMatchObject({ status: 'received', receiptDate: '2026-03-02', registrationDay: '2026-03-02' });
    expect(filing.number).toMatch(/^7114-20260302-\d{5}$/);
    expect(filing.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(filing.signatureId).toBe(accepted.json().signatureId);
    const receipt = (await c.get(`/api/filings/${id}/receipt`)).json();
    expect(receipt).toMatchObject({
      number: filing.number, receiptDate: '2026-03-02', registrationDay: '2026-03-02', receivedAtText: { ru: '02.03.2026 10:00:00' },
      sender: { iinBin: APPLICANT, kind: 'individual' }, principal: null, court: { id: ESIL }, attachments: 2,
    });
    expect(receipt.court.name.ru).toContain('Есиль');
    const ru = await c.get(`/api/filings/${id}/receipt.pdf?lang=ru`);
    expect(ru.headers['content-type']).toBe('application/pdf');
    const ruText = pdfText(new Uint8Array(ru.rawPayload), `ru-${id}`);
    expect(ruText).toContain('Талон о направлении электронного обращения в суд');
    expect(ruText).toContain(filing.number!);
    expect(ruText).toContain('02.03.2026 10:00:00');
    expect(ruText).toContain(APPLICANT);
    expect(ruText).not.toMatch(/Asia\/|2026-03-02|court-astana|claim/);
    const kkText = pdfText(new Uint8Array((await c.get(`/api/filings/${id}/receipt.pdf?lang=kk`)).rawPayload), `kk-${id}`);
    expect(kkText).toContain('Электрондық өтінішті сотқа жөнелту туралы талон');
    expect(kkText).toContain('Алушы сот');
    expect(kkText).toContain(receipt.court.name.kk);
    const journal = await system().db.query<{ action: string }>("SELECT action FROM journal WHERE object_id = $1 AND action = 'filing.received'", [id]);
    expect(journal.rows).toHaveLength(1);
  });

  it('ISSUE-14 item 6 (FILE-10, §30, §33): signed with someone else\'s key — not received, the reasons in the caller\'s language, the attempt kept, still a draft', async () => {
    clock.set(new Date('2026-03-02T06:00:00Z'));
    const c = client('kk');
    await c.signIn(APPLICANT);
    const id = await draftFiling(system(), APPLICANT);
    const refused = await send(system(), c, id, TRUSTEE);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('courts.filing_not_received');
    expect(refused.json().message).toMatch(/^Өтініш қабылданбады/);
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toContain('iin_mismatch');
    expect((await findFiling(system().db, id))!).toMatchObject({ status: 'draft', number: null });
    const attempts = await listFilingAttempts(system().db, id);
    expect(attempts).toHaveLength(1);
    expect(JSON.stringify(attempts[0]!.reasons)).toContain('iin_mismatch');
    const card = (await c.get(`/api/filings/${id}`)).json();
    expect(card.filing.status).toBe('draft');
    expect(card.attempts[0].reasons[0].text.ru).not.toBe('');
    expect(card.receipt).toBeNull();
    expect((await c.get(`/api/filings/${id}/receipt`)).statusCode).toBe(404);
    const journal = await system().db.query<{ n: number }>("SELECT count(*)::int AS n FROM journal WHERE object_id = $1 AND action = 'filing.not_received'", [id]);
    expect(journal.rows[0]!.n).toBe(1);
  });

  it('ISSUE-14 item 6 (FILE-10, SIG-4): a tampered signature is not received; the same draft signed properly afterwards is', async () => {
    clock.set(new Date('2026-03-02T07:00:00Z'));
    const c = client('ru');
    await c.signIn(APPLICANT);
    const id = await draftFiling(system(), APPLICANT);
    const tampered = await send(system(), c, id, APPLICANT, { tamper: true });
    expect(tampered.statusCode).toBe(422);
    expect(tampered.json()).toMatchObject({ code: 'courts.filing_not_received' });
    expect(tampered.json().message).toMatch(/^Обращение не получено судом/);
    expect((await findFiling(system().db, id))!.status).toBe('draft');
    expect(await listFilingAttempts(system().db, id)).toHaveLength(1);
    expect((await send(system(), c, id, APPLICANT)).statusCode).toBe(200);
    expect((await findFiling(system().db, id))!.status).toBe('received');
  });

  it('ISSUE-14 item 7 (FILE-13, §35–36): 19:00 on a Friday in Astana — receipt date that Friday, registration the next working day', async () => {
    clock.set(new Date('2026-03-13T14:00:00Z')); // Friday 19:00 Asia/Almaty (UTC+5)
    const c = client('ru');
    await c.signIn(APPLICANT);
    const id = await draftFiling(system(), APPLICANT);
    expect((await send(system(), c, id, APPLICANT)).statusCode).toBe(200);
    expect((await findFiling(system().db, id))!).toMatchObject({ receiptDate: '2026-03-13', registrationDay: '2026-03-16' });
    expect((await c.get(`/api/filings/${id}/receipt`)).json().receivedAtText.kk).toBe('13.03.2026 19:00:00');
  });

  it('ISSUE-14 item 7 (FILE-13, §41): the date is the court\'s own — 23:50 local in Aktobe counts for that day; 00:10 local is the next day though UTC still reads the day before', async () => {
    clock.set(new Date('2026-03-03T18:50:00Z')); // Tuesday 23:50 Asia/Aqtobe (UTC+5); UTC reads 18:50
    const c = client('ru');
    await c.signIn(APPLICANT);
    const id = await draftFiling(system(), APPLICANT, { courtId: AKTOBE });
    expect((await send(system(), c, id, APPLICANT)).statusCode).toBe(200);
    const f = (await findFiling(system().db, id))!;
    expect(f).toMatchObject({ receiptDate: '2026-03-03', registrationDay: '2026-03-04' });
    expect(f.number).toMatch(/^1510-20260303-/);
    clock.set(new Date('2026-03-03T19:10:00Z')); // 00:10 on Wednesday in Aktobe, still Tuesday in UTC
    const next = await draftFiling(system(), APPLICANT, { courtId: AKTOBE });
    expect((await send(system(), c, next, APPLICANT)).statusCode).toBe(200);
    expect((await findFiling(system().db, next))!).toMatchObject({ receiptDate: '2026-03-04', registrationDay: '2026-03-04' });
  });

  it('ISSUE-14 item 11 (FILE-9, SIG-8): a trustee files under an active power of attorney; after revocation the next one is not received, with the reason', async () => {
    clock.set(new Date('2026-03-04T05:00:00Z'));
    const poaId = await signedPoa(system(), APPLICANT, TRUSTEE, ['file_claims']);
    const principal = (await findUserByIin(system().db, APPLICANT))!;
    const onBehalf = { principalKind: 'individual' as const, principalIinBin: APPLICANT, principalName: principal.fullName };
    const t = client('ru');
    await t.signIn(TRUSTEE);
    const first = await draftFiling(system(), TRUSTEE, onBehalf);
    expect((await send(system(), t, first, TRUSTEE)).statusCode).toBe(200);
    expect((await findFiling(system().db, first))!).toMatchObject({ status: 'received', powerOfAttorneyId: poaId });
    const receipt = (await t.get(`/api/filings/${first}/receipt`)).json();
    expect(receipt).toMatchObject({ sender: { iinBin: TRUSTEE }, principal: { iinBin: APPLICANT } });
    const poa = (await findPowerOfAttorney(system().db, poaId))!;
    await system().db.transaction(async (tx) => { expect(await revokePowerOfAttorney(tx, poaId, poa.version, clock.now())).toBe(true); });
    const second = await draftFiling(system(), TRUSTEE, onBehalf);
    const refused = await send(system(), t, second, TRUSTEE);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('courts.filing_not_received');
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toEqual(['poa_revoked']);
    expect(refused.json().message).toContain('доверенность отозвана доверителем');
    expect((await findFiling(system().db, second))!.status).toBe('draft');
    expect(await listFilingAttempts(system().db, second)).toHaveLength(1);
    // The principal sees both in «Мои дела» and may open the one filed for them.
    const p = client('kk');
    await p.signIn(APPLICANT);
    const mine = (await p.get('/api/my/filings')).json().filings as Array<{ id: string; role: string; status: string; statusName: { kk: string } }>;
    expect(mine.find((f) => f.id === first)).toMatchObject({ role: 'principal', status: 'received' });
    expect((await p.get(`/api/filings/${first}`)).statusCode).toBe(200);
  });

  it('ISSUE-14 item 11 (FILE-9): a trustee without any power of attorney of that principal is not received', async () => {
    clock.set(new Date('2026-03-04T06:00:00Z'));
    const t = client('ru');
    await t.signIn(APPLICANT);
    const trustee = (await findUserByIin(system().db, TRUSTEE))!;
    const id = await draftFiling(system(), APPLICANT, { principalKind: 'individual', principalIinBin: TRUSTEE, principalName: trustee.fullName });
    const refused = await send(system(), t, id, APPLICANT);
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toEqual(['no_power_of_attorney']);
  });

  // The legal entity's own head, her personal key and her key with the BIN, through the cabinet's routes: legal-entity.int.test.ts.
  it('ISSUE-14 item 6 (FILE-10, FILE-3): a filing for a legal entity signed with a personal key (no such BIN on it) is not received', async () => {
    clock.set(new Date('2026-03-04T06:30:00Z'));
    const c = client('ru');
    await c.signIn(APPLICANT);
    const id = await draftFiling(system(), APPLICANT, { applicantKind: 'legal_entity', applicantIinBin: '210540011204', applicantName: 'ЖШС «Демо Жарық»' });
    const refused = await send(system(), c, id, APPLICANT);
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toEqual(['bin_mismatch']);
    expect(refused.json().message).toContain('БИН в сертификате не совпадает');
  });

  it('ISSUE-14 item 6 (FILE-5): files not matching the appendix are refused before signing; nothing to sign is made', async () => {
    const c = client('ru');
    await c.signIn(APPLICANT);
    const id = await draftFiling(system(), APPLICANT, { appendix: ['Қарыз қолхаты', 'Төлем түбіртегі', 'Сенімхат'] });
    const refused = await c.post(`/api/filings/${id}/signing`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('courts.filing_not_ready');
    expect(refused.json().message).toMatch(/^Обращение пока нельзя подписать: /);
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toEqual(['attachments_missing']);
  });

  it('ISSUE-14 item 6 (FILE-6): a draft changed after signing began is not received (the manifest no longer matches)', async () => {
    clock.set(new Date('2026-03-04T07:00:00Z'));
    const c = client('ru');
    await c.signIn(APPLICANT);
    const id = await draftFiling(system(), APPLICANT);
    const start = (await c.post(`/api/filings/${id}/signing`)).json() as { challengeId: string; documentId: string };
    const content = new Uint8Array((await c.get(`/api/documents/${start.documentId}/content`)).rawPayload);
    await system().db.query("UPDATE filings SET body = body || ' (өзгертілді)', version = version + 1 WHERE id = $1", [id]);
    const cms = Buffer.from(await signBytes(system(), APPLICANT, content)).toString('base64');
    const refused = await c.post(`/api/signing/${start.challengeId}/signature`, { cms });
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toEqual(['changed_since_signing']);
    expect((await findFiling(system().db, id))!.status).toBe('draft');
  });

  it('ISSUE-14 item 10 (FILE-8, X-3): «Мои дела» lists one\'s filings with kk/ru statuses; another citizen can neither list nor open them', async () => {
    const c = client('ru');
    await c.signIn(APPLICANT);
    const mine = (await c.get('/api/my/filings')).json().filings as Array<{ id: string; status: string; role: string; number: string | null;
      statusName: { kk: string; ru: string }; court: { name: { ru: string } } }>;
    const own = mine.filter((f) => f.role === 'applicant');
    expect(own.some((f) => f.status === 'received' && f.number !== null && f.statusName.ru !== '' && f.statusName.kk !== '')).toBe(true);
    expect(own.some((f) => f.status === 'draft' && f.number === null)).toBe(true);
    const ownId = own.find((f) => f.status === 'received')!.id;
    const card = (await c.get(`/api/filings/${ownId}`)).json();
    expect(card.attachments).toHaveLength(2);
    expect(card.receipt.number).toBe(own.find((f) => f.id === ownId)!.number);
    const other = client('ru');
    await other.signIn(TRUSTEE);
    const theirs = (await other.get('/api/my/filings')).json().filings as Array<{ id: string }>;
    expect(theirs.some((f) => f.id === ownId)).toBe(false);
    expect((await other.get(`/api/filings/${ownId}`)).statusCode).toBe(404);
    expect((await other.get(`/api/filings/${ownId}/receipt`)).statusCode).toBe(404);
    expect((await other.get(`/api/filings/${ownId}/receipt.pdf?lang=kk`)).statusCode).toBe(404);
    expect((await other.post(`/api/filings/${ownId}/signing`)).statusCode).toBe(404);
    expect((await client('ru').get('/api/my/filings')).statusCode).toBe(401);
  });
}, { DEMO_KEYS: 'true' });
