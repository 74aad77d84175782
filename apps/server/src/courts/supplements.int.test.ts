import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findFiling, findPowerOfAttorney, findUserByIin, insertPowerOfAttorneyDraft, insertSignature, listFilingAttempts, markPowerOfAttorneySigned,
  revokePowerOfAttorney,
} from '@oryndau/db';
import { fixedClock } from '@oryndau/domain';
import { createSignedData, openPkcs12 } from '@oryndau/esign';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, describeSystemOnEachEngine, startTestSystem } from '../../../../test/harness/test-system';
import { DEMO_KEY_PIN } from '../signing/demo-keys';
import type { System } from '../system';
import { OFFICE_ENV, PEOPLE, receivedFiling } from './office-test-support';

// ISSUE-14 item 10 (FILE-8, seed 003 §25 «қосымша құжаттарды жіберу»): the
// applicant of a registered filing sends the documents added to it since —
// signed like the filing itself; received, they are the case's documents
// with one «documents_added» entry in its course; refused ("not
// received"), nothing reaches the case and the attempt is kept.

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../packages/documents/test-fixtures/attachments');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const APPLICANT = PEOPLE.citizen; // demo key
const OTHER = PEOPLE.citizen2; // another citizen, demo key
const OFFICE_MAILBOX = 'esil@court.oryndau.test';

type Draft = { version: number; supplements: { position: number; title: string; sent: boolean; sentAt: string | null }[] };
type CaseView = { events: { kind: string }[]; documents: { title: string; filingId: string | null; addedAt: string }[] };

/** A multipart/form-data body: text fields first, then one file. */
function multipart(fields: Record<string, string>, file: { name: string; bytes: Uint8Array }) {
  const boundary = `----oryndau${randomUUID().replaceAll('-', '')}`;
  const chunks: Buffer[] = Object.entries(fields)
    .map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n`
    + 'Content-Type: application/octet-stream\r\n\r\n'), Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function addSupplement(c: TestClient, filingId: string, title: string, file: { name: string; bytes: Uint8Array }) {
  const answer = await c.request({ method: 'POST', url: `/api/filings/${filingId}/attachments`, ...multipart({ supplement: 'true', title }, file) });
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json() as Draft;
}

async function signBytes(system: System, iin: string, content: Uint8Array): Promise<Uint8Array> {
  const entry = system.trust.demoKeys.find((k) => k.iin === iin && k.purpose === 'sign')!;
  const key = await openPkcs12(new Uint8Array(readFileSync(`${system.trust.pkiDir}/${entry.file}`)), DEMO_KEY_PIN);
  return createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, signingTime: new Date() });
}

/** Starts the supplements' signing and answers the challenge with the bytes signed by `signerIin`'s key — not submitted yet. */
async function prepare(system: System, c: TestClient, filingId: string, signerIin: string) {
  const start = await c.post(`/api/filings/${filingId}/supplements/signing`);
  expect(start.statusCode, start.body).toBe(200);
  const started = start.json() as { challengeId: string; documentId: string; manifestSha256: string; positions: number[] };
  const content = new Uint8Array((await c.get(`/api/documents/${started.documentId}/content`)).rawPayload);
  expect(sha256(content)).toBe(started.manifestSha256);
  const cms = Buffer.from(await signBytes(system, signerIin, content)).toString('base64');
  return { ...started, content, submit: () => c.post(`/api/signing/${started.challengeId}/signature`, { cms }) };
}

/** A claim received (office-test-support) and registered by the court office into a new case with the proposed judge. */
async function registeredFiling(system: System, now: Date, applicantIin: string = APPLICANT, before?: (filingId: string) => Promise<void>) {
  const filing = await receivedFiling(system.db, now, { applicantIin });
  await before?.(filing.id);
  const office = new TestClient(system, 'ru');
  expect((await office.signIn(PEOPLE.office)).statusCode).toBe(200);
  const card = (await office.get(`/api/court-office/filings/${filing.id}`)).json() as { filing: { version: number }; proposal: { judgeUserId: string } };
  const registered = await office.post(`/api/court-office/filings/${filing.id}/register`,
    { version: card.filing.version, into: 'new', judgeUserId: card.proposal.judgeUserId });
  expect(registered.statusCode, registered.body).toBe(200);
  const caseId = (registered.json() as { case: { id: string } }).case.id;
  return { filingId: filing.id, number: filing.number, caseId, office, caseView: async () => (await office.get(`/api/court-cases/${caseId}`)).json() as CaseView };
}

const journal = async (system: System, filingId: string, action: string) => (await system.db.query<{ details: Record<string, unknown> }>(
  'SELECT details FROM journal WHERE object_id = $1 AND action = $2 ORDER BY seq', [filingId, action])).rows;

const DOCX = { name: 'түсініктеме.docx', bytes: fixture('claim.docx') };
const XLSX = { name: 'есеп.xlsx', bytes: fixture('calculation.xlsx') };
const JPEG = { name: 'чек.jpg', bytes: fixture('scan.jpg') };

describeSystemOnEachEngine('ISSUE-14 item 10, FILE-8: sending additional documents to a registered filing', ({ system, client, clock }) => {
  it('ISSUE-14 item 10, FILE-8, FILE-10: two supplements signed with the applicant\'s key are in the case\'s documents with one «documents_added» entry, sent in the draft and the card, journalled, the court told', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z')); // Monday 10:00 in Astana
    const reg = await registeredFiling(system(), clock.now());
    const c = client('ru');
    await c.signIn(APPLICANT);
    await addSupplement(c, reg.filingId, 'Письменные пояснения', DOCX);
    const uploaded = await addSupplement(c, reg.filingId, 'Расчёт задолженности', XLSX);
    expect(uploaded.supplements).toMatchObject([{ position: 3, sent: false, sentAt: null }, { position: 4, sent: false, sentAt: null }]);
    const eventsBefore = (await reg.caseView()).events.map((e) => e.kind);
    const documentsBefore = (await reg.caseView()).documents.length;

    clock.set(new Date('2026-03-02T09:15:00Z')); // 14:15 in Astana; the morning's session has lapsed
    expect((await c.signIn(APPLICANT)).statusCode).toBe(200);
    expect((await reg.office.signIn(PEOPLE.office)).statusCode).toBe(200);
    const sending = await prepare(system(), c, reg.filingId, APPLICANT);
    expect(sending.positions).toEqual([3, 4]);
    const manifest = JSON.parse(new TextDecoder().decode(sending.content)) as Record<string, unknown>;
    expect(manifest).toMatchObject({ kind: 'oryndau.filing-supplement', version: 1, filingId: reg.filingId, filingNumber: reg.number,
      case: { id: reg.caseId }, applicant: { iinBin: APPLICANT },
      supplements: [{ position: 3, title: 'Письменные пояснения', sha256: sha256(DOCX.bytes), kind: 'docx' },
        { position: 4, title: 'Расчёт задолженности', sha256: sha256(XLSX.bytes), kind: 'xlsx' }] });
    const accepted = await sending.submit();
    expect(accepted.statusCode, accepted.body).toBe(200);

    const kase = await reg.caseView();
    expect(kase.events.map((e) => e.kind)).toEqual([...eventsBefore, 'documents_added']);
    expect(kase.documents).toHaveLength(documentsBefore + 2);
    expect(kase.documents.slice(-2)).toMatchObject([
      { title: 'Письменные пояснения', filingId: reg.filingId, addedAt: '2026-03-02T09:15:00.000Z' },
      { title: 'Расчёт задолженности', filingId: reg.filingId, addedAt: '2026-03-02T09:15:00.000Z' }]);
    const draft = (await c.get(`/api/filings/${reg.filingId}/draft`)).json() as Draft;
    expect(draft.supplements.map((s) => [s.sent, s.sentAt])).toEqual([[true, '2026-03-02T09:15:00.000Z'], [true, '2026-03-02T09:15:00.000Z']]);
    const card = (await c.get(`/api/filings/${reg.filingId}`)).json() as {
      supplements: { title: string; sent: boolean; sentAtText: { kk: string; ru: string } | null }[]; caseEvents: { kind: string }[] };
    expect(card.supplements).toMatchObject([{ title: 'Письменные пояснения', sent: true, sentAtText: { ru: '02.03.2026 14:15' } },
      { title: 'Расчёт задолженности', sent: true }]);
    expect(card.caseEvents.filter((e) => e.kind === 'documents_added')).toHaveLength(1);
    const entries = await journal(system(), reg.filingId, 'filing.supplements_received');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ count: 2, positions: [3, 4], signatureId: (accepted.json() as { signatureId: string }).signatureId,
      receiptDate: '2026-03-02', caseId: reg.caseId, notified: { office: true, judges: 1 } });
    const mail = await system().db.query<{ subject: string; body: string }>('SELECT subject, body FROM outbox WHERE recipient = $1 AND body LIKE $2',
      [OFFICE_MAILBOX, `%${reg.number}%`]);
    expect(mail.rows).toHaveLength(1);
    expect(mail.rows[0]!.subject).toContain('қосымша құжаттар келіп түсті');
    expect(mail.rows[0]!.body).toContain('«Расчёт задолженности»');
    expect((await findFiling(system().db, reg.filingId))!.status).toBe('registered');

    // Sent already: another sending has nothing to send — a clear 409, in the caller's language.
    const again = await c.post(`/api/filings/${reg.filingId}/supplements/signing`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'courts.supplements_none', message: expect.stringMatching(/^Нет дополнительных документов/) });
  });

  it('ISSUE-14 item 10, FILE-8: nothing to send — 409 with a kk and a ru text; a filing not registered cannot send supplements', async () => {
    clock.set(new Date('2026-03-03T04:00:00Z'));
    const reg = await registeredFiling(system(), clock.now());
    const kk = client('kk');
    await kk.signIn(APPLICANT);
    const none = await kk.post(`/api/filings/${reg.filingId}/supplements/signing`);
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ code: 'courts.supplements_none', message: expect.stringMatching(/^Сотқа жіберілмеген қосымша құжат жоқ/) });
    expect(none.json().message).not.toMatch(/courts\.|supplement/);
    const ru = client('ru');
    await ru.signIn(APPLICANT);
    expect((await ru.post(`/api/filings/${reg.filingId}/supplements/signing`)).json().message).toMatch(/^Нет дополнительных документов, не отправленных в суд/);
    const received = await receivedFiling(system().db, clock.now(), { applicantIin: APPLICANT });
    const early = await ru.post(`/api/filings/${received.id}/supplements/signing`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('courts.filing_transition_forbidden');
  });

  it('ISSUE-14 item 10, FILE-8, FILE-6: a supplement uploaded after signing began — not received (changed), nothing added, the attempt kept; signed again, all three are sent', async () => {
    clock.set(new Date('2026-03-04T04:00:00Z'));
    const reg = await registeredFiling(system(), clock.now());
    const c = client('kk');
    await c.signIn(APPLICANT);
    await addSupplement(c, reg.filingId, 'Түсініктеме', DOCX);
    await addSupplement(c, reg.filingId, 'Есеп', XLSX);
    const before = await reg.caseView();
    const sending = await prepare(system(), c, reg.filingId, APPLICANT);
    await addSupplement(c, reg.filingId, 'Төлем түбіртегі', JPEG);
    const refused = await sending.submit();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('courts.supplements_not_received');
    expect(refused.json().message).toMatch(/^Қосымша құжаттар сотқа жеткізілмеді: .*қосымша құжаттар тізімі өзгерді/);
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toEqual(['changed_since_signing']);
    const after = await reg.caseView();
    expect(after.documents).toHaveLength(before.documents.length);
    expect(after.events).toHaveLength(before.events.length);
    expect(((await c.get(`/api/filings/${reg.filingId}/draft`)).json() as Draft).supplements.every((s) => !s.sent)).toBe(true);
    expect(await listFilingAttempts(system().db, reg.filingId)).toHaveLength(1);
    expect(await journal(system(), reg.filingId, 'filing.supplements_not_received')).toHaveLength(1);
    expect(await journal(system(), reg.filingId, 'filing.supplements_received')).toHaveLength(0);

    const retry = await prepare(system(), c, reg.filingId, APPLICANT);
    expect(retry.positions).toEqual([3, 4, 5]);
    expect((await retry.submit()).statusCode).toBe(200);
    const sent = await reg.caseView();
    expect(sent.documents).toHaveLength(before.documents.length + 3);
    expect(sent.events.filter((e) => e.kind === 'documents_added')).toHaveLength(1);
  });

  it('ISSUE-14 item 10, FILE-8, FILE-10 (§30, §33): signed with someone else\'s key — not received, the reasons in the caller\'s language, nothing added', async () => {
    clock.set(new Date('2026-03-04T06:00:00Z'));
    const reg = await registeredFiling(system(), clock.now());
    const c = client('ru');
    await c.signIn(APPLICANT);
    await addSupplement(c, reg.filingId, 'Пояснения', DOCX);
    const before = await reg.caseView();
    const refused = await (await prepare(system(), c, reg.filingId, OTHER)).submit();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('courts.supplements_not_received');
    expect(refused.json().message).toMatch(/^Дополнительные документы не получены судом: /);
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toContain('iin_mismatch');
    expect((await reg.caseView()).documents).toHaveLength(before.documents.length);
    expect(((await c.get(`/api/filings/${reg.filingId}/draft`)).json() as Draft).supplements).toMatchObject([{ sent: false }]);
    const card = (await c.get(`/api/filings/${reg.filingId}`)).json() as { attempts: { reasons: { text: { ru: string } }[] }[] };
    expect(card.attempts).toHaveLength(1);
    expect(card.attempts[0]!.reasons[0]!.text.ru).not.toBe('');
  });

  it('ISSUE-14 item 10, FILE-8, X-3: another citizen cannot start it (404) nor sign the applicant\'s manifest; the court\'s staff may read but not send (403)', async () => {
    clock.set(new Date('2026-03-05T04:00:00Z'));
    const reg = await registeredFiling(system(), clock.now());
    const c = client('ru');
    await c.signIn(APPLICANT);
    await addSupplement(c, reg.filingId, 'Пояснения', DOCX);
    const other = client('ru');
    await other.signIn(OTHER);
    const foreign = await other.post(`/api/filings/${reg.filingId}/supplements/signing`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('not_found');
    expect((await reg.office.post(`/api/filings/${reg.filingId}/supplements/signing`)).statusCode).toBe(403);
    const started = (await c.post(`/api/filings/${reg.filingId}/supplements/signing`)).json() as { documentId: string };
    expect((await other.get(`/api/documents/${started.documentId}/content`)).statusCode).toBe(404);
    expect((await c.post(`/api/filings/${randomUUID()}/supplements/signing`)).statusCode).toBe(404);
  });

  it('ISSUE-14 item 10, FILE-8, FILE-9 (SIG-8): a trustee who filed under a power of attorney sends supplements; after its revocation they are not received', async () => {
    clock.set(new Date('2026-03-05T06:00:00Z'));
    const principal = (await findUserByIin(system().db, APPLICANT))!;
    const poaId = randomUUID();
    await system().db.transaction(async (tx) => {
      await insertPowerOfAttorneyDraft(tx, { id: poaId, number: `POA-${poaId.slice(0, 8)}`, principalKind: 'individual', principalIinBin: APPLICANT,
        principalName: principal.fullName, signerUserId: principal.id, powers: ['file_claims'], validFrom: '2026-01-01', validUntil: '2026-12-31',
        summary: 'Қарызды өндіру ісі', appointmentOrderFileId: null, trustees: [{ iin: OTHER, name: 'Сенім білдірілген тұлға' }] }, clock.now());
      const signatureId = randomUUID();
      await insertSignature(tx, { id: signatureId, challengeId: null, documentType: 'poa', documentId: poaId, contentHash: sha256(new TextEncoder().encode(poaId)),
        signer: { iin: APPLICANT, bin: null, name: principal.fullName, algorithm: 'RSA-SHA256' }, cms: new Uint8Array([1]), checkedAt: clock.now(), evidence: {} });
      expect(await markPowerOfAttorneySigned(tx, poaId, 1, { signatureId, signedAt: clock.now() })).toBe(true);
    });
    const reg = await registeredFiling(system(), clock.now(), OTHER, async (id) => {
      await system().db.query(`UPDATE filings SET principal_kind = 'individual', principal_iin_bin = $2, principal_name = $3, power_of_attorney_id = $4
        WHERE id = $1`, [id, APPLICANT, principal.fullName, poaId]);
    });
    const t = client('ru');
    await t.signIn(OTHER);
    await addSupplement(t, reg.filingId, 'Пояснения представителя', DOCX);
    const first = await (await prepare(system(), t, reg.filingId, OTHER)).submit();
    expect(first.statusCode, first.body).toBe(200);
    expect((await journal(system(), reg.filingId, 'filing.supplements_received'))[0]!.details).toMatchObject({ powerOfAttorneyId: poaId });

    const poa = (await findPowerOfAttorney(system().db, poaId))!;
    await system().db.transaction(async (tx) => { expect(await revokePowerOfAttorney(tx, poaId, poa.version, clock.now())).toBe(true); });
    await addSupplement(t, reg.filingId, 'Ещё один документ', JPEG);
    const refused = await (await prepare(system(), t, reg.filingId, OTHER)).submit();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().details.reasons.map((r: { code: string }) => r.code)).toEqual(['poa_revoked']);
    expect(((await t.get(`/api/filings/${reg.filingId}/draft`)).json() as Draft).supplements.map((s) => s.sent)).toEqual([true, false]);
  });
}, OFFICE_ENV);

/**
 * ISSUE-14 item 10, FILE-8 on PostgreSQL (PGlite runs one transaction at a
 * time): the same supplements signed in two tabs and submitted at once —
 * the filing's row lock orders them: one 200, the other a clear 409
 * (nothing left to send), one set of documents, no 500, no deadlock.
 */
describe('ISSUE-14 item 10, FILE-8: supplements sent from two tabs at once [postgres]', () => {
  let system: System | undefined;
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  beforeAll(async () => {
    ({ system } = await startTestSystem('postgres', OFFICE_ENV, clock));
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('ISSUE-14 item 10, FILE-8, X-2: two signatures of the same supplements at once — one 200, one 409 in the caller\'s language, documents added once (5 rounds)', async () => {
    const c = new TestClient(system!, 'kk');
    expect((await c.signIn(APPLICANT)).statusCode).toBe(200);
    for (let round = 0; round < 5; round += 1) {
      const reg = await registeredFiling(system!, clock.now());
      await addSupplement(c, reg.filingId, 'Түсініктеме', DOCX);
      await addSupplement(c, reg.filingId, 'Есеп', XLSX);
      const before = (await reg.caseView()).documents.length;
      const [a, b] = [await prepare(system!, c, reg.filingId, APPLICANT), await prepare(system!, c, reg.filingId, APPLICANT)];
      const answers = await Promise.all([a.submit(), b.submit()]);
      expect(answers.map((x) => x.statusCode).sort(), answers.map((x) => x.body).join('\n')).toEqual([200, 409]);
      const lost = answers.find((x) => x.statusCode === 409)!;
      expect(lost.json().code).toBe('courts.supplements_none');
      expect(lost.json().message).toMatch(/^Сотқа жіберілмеген/);
      const kase = await reg.caseView();
      expect(kase.documents).toHaveLength(before + 2);
      expect(kase.events.filter((e) => e.kind === 'documents_added')).toHaveLength(1);
    }
  }, 120_000);
});
