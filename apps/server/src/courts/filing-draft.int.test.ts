import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findFiling, findUserByIin, insertCourtCase, insertSignature, listCaseEvents, listFilingAttachments, markFilingReceived, registerFiling,
} from '@oryndau/db';
import { courts } from '@oryndau/domain';
import { describe, expect, it } from 'vitest';
import { describeSystemOnEachEngine, type TestClient } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { multipart } from './cabinet-test-support';

// Issue 14 items 3, 4, 5, 9 (FILE-1, FILE-2, FILE-4, FILE-5, FILE-8): the
// citizen's filing draft over HTTP on the whole server — the reference, the
// draft, its attachments (recognised by content, a small size limit set
// here), the warnings before sending, the duty paid online through the
// payment simulator and by a bank receipt's code.

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../packages/documents/test-fixtures/attachments');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const CITIZEN = '920707300005';
const OTHER_CITIZEN = '011120500008';
const OFFICE = '900505400001';
const ESIL = 'court-astana-esil';
const LIMIT = 8192;
const ENV = { FILES_DIR: mkdtempSync(join(tmpdir(), 'oryndau-files-')), ATTACHMENT_MAX_BYTES: String(LIMIT), RATE_PER_MINUTE: '100000' };

const upload = (client: TestClient, url: string, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) =>
  client.request({ method: 'POST', url, ...multipart(fields, file) });

const claim = (over: Record<string, unknown> = {}) => ({
  service: 'claim', courtId: ESIL, form: 'civil',
  parties: [
    { category: 'plaintiff', kind: 'individual', iinBin: CITIZEN, name: 'Исабеков Данияр Асқарұлы' },
    { category: 'defendant', kind: 'individual', iinBin: OTHER_CITIZEN, name: 'Серікбаев Әлихан Бауыржанұлы' },
  ],
  title: 'О взыскании долга по договору займа', body: 'Прошу взыскать с ответчика 1 000 000 тенге долга по договору займа.',
  claimAmountTiyn: 100_000_000, appendix: ['Копия договора займа', 'Скан расписки'], ...over,
});

/** Marks a filing received and registered into a new case directly through the repositories (the court office's use-case is another helper's). */
async function registerDirectly(system: System, filingId: string, sequence: number): Promise<string> {
  const db = system.db;
  const office = await findUserByIin(db, OFFICE);
  const now = new Date('2026-03-02T06:00:00Z');
  const caseId = randomUUID();
  await db.transaction(async (tx) => {
    const f = (await findFiling(tx, filingId, { lock: true }))!;
    const attachments = (await listFilingAttachments(tx, filingId)).filter((a) => a.position <= f.appendix.length);
    const contentHash = courts.filingContentHash({ courtId: f.courtId, parties: f.parties, body: f.body, attachmentSha256: attachments.map((a) => a.file.sha256) });
    const signatureId = randomUUID();
    await insertSignature(tx, { id: signatureId, challengeId: null, documentType: 'filing', documentId: filingId, contentHash: 'a'.repeat(64),
      signer: { iin: CITIZEN, bin: null, name: 'Исабеков Данияр', algorithm: 'ECGOST3410-2015' }, cms: new Uint8Array([1, 2, 3]), checkedAt: now, evidence: {} });
    const number = courts.filingNumber({ courtCode: '7114', receiptDate: '2026-03-02', sequence });
    expect(await markFilingReceived(tx, filingId, f.version, { number, signatureId, manifestSha256: 'b'.repeat(64), contentHash, receivedAt: now,
      receiptDate: '2026-03-02', registrationDay: '2026-03-02' })).toBe(true);
    await insertCourtCase(tx, { id: caseId, courtId: f.courtId, number: courts.caseNumber({ courtCode: '7114', year: 2026, form: 'civil', sequence }),
      year: 2026, form: 'civil', instance: 'first', category: 'civil', registeredOn: '2026-03-02', registeredAt: now, previousCaseId: null,
      previousProceedings: null, filingId });
    expect(await registerFiling(tx, filingId, f.version + 1, { caseId, officeUserId: office!.id, registeredAt: now })).toBe(true);
  });
  return caseId;
}

describe('the multipart helper of this test', () => {
  it('ISSUE-14 item 4: builds a body with the file after the fields', () => {
    const body = multipart({ position: '1' }, { name: 'a.pdf', bytes: new Uint8Array([37, 80]) }).payload.toString('latin1');
    expect(body.indexOf('name="position"')).toBeLessThan(body.indexOf('filename="a.pdf"'));
  });
});

describeSystemOnEachEngine('ISSUE-14 items 3-5, 9: the citizen\'s filing draft', ({ system, client }) => {
  let citizen: TestClient;
  let other: TestClient;
  let filingId = '';

  it('FILE-2 ISSUE-14 item 3: GET /api/courts is public and cacheable — courts with kk/ru names, services, categories per form, the seven grounds', async () => {
    const res = await client('kk').get('/api/courts');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const ref = res.json();
    const esil = ref.courts.find((c: { id: string }) => c.id === ESIL);
    expect(esil).toMatchObject({ code: '7114', level: 'district', instances: ['first'], timeZone: expect.any(String), workdayEnd: '18:30' });
    expect(esil.name.kk).not.toBe(esil.name.ru);
    expect(ref.services.map((s: { code: string }) => s.code)).toEqual(['claim', 'appeal', 'cassation', 'hearing_record_request', 'hearing_record_remarks']);
    expect(ref.participantCategories.criminal.map((c: { code: string }) => c.code)).toContain('victim');
    expect(ref.participantCategories.civil.map((c: { code: string }) => c.code)).not.toContain('victim');
    expect(ref.refusalGrounds).toHaveLength(7);
    expect(ref.attachmentMaxBytes).toBe(LIMIT);
  });

  it('FILE-2 FILE-4 ISSUE-14 items 3, 5: a citizen creates a claim draft; the duty is 1 % of the claim with its article, kk/ru', async () => {
    citizen = client('ru');
    expect((await citizen.signIn(CITIZEN)).statusCode).toBe(200);
    const bad = await citizen.post('/api/filings', claim({ parties: [{ category: 'plaintiff', kind: 'individual', iinBin: '920707300006', name: 'Кто-то' }] }));
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation', details: { fields: ['parties.0.iinBin'] } });
    expect(bad.json().message).toContain('ИИН/БИН стороны');
    expect((await citizen.post('/api/filings', claim({ courtId: 'court-nowhere' }))).json().code).toBe('courts.court_unknown');
    expect((await citizen.post('/api/filings', claim({ service: 'hearing_record_request' }))).json().code).toBe('courts.target_case_not_found');

    const res = await citizen.post('/api/filings', claim());
    expect(res.statusCode, res.body).toBe(201);
    const f = res.json();
    filingId = f.id;
    expect(f).toMatchObject({ status: 'draft', version: 1, instance: 'first', court: { id: ESIL, code: '7114' },
      applicant: { kind: 'individual', iinBin: CITIZEN }, claimKind: 'property',
      appendix: [{ position: 1, title: 'Копия договора займа', file: null }, { position: 2, title: 'Скан расписки', file: null }] });
    expect(f.duty).toMatchObject({ amountTiyn: 1_000_000, rate: 'property_individual', confirmed: true, paidTiyn: 0, remainingTiyn: 1_000_000 });
    expect(f.duty.basis.ru).toContain('статьи 665 Налогового кодекса');
    expect(f.duty.basis.kk).toContain('665-бабы');
    const duty = await citizen.get(`/api/filings/${filingId}/duty`);
    expect(duty.json()).toMatchObject({ amountTiyn: 1_000_000, remainingTiyn: 1_000_000, payments: [] });
  });

  it('ISSUE-14 item 9 FILE-5: a missing attachment is warned of (blocking), in kk and ru', async () => {
    const res = await citizen.get(`/api/filings/${filingId}/warnings`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().blocked).toBe(true);
    const missing = res.json().warnings.find((w: { code: string }) => w.code === 'attachments_missing');
    expect(missing).toMatchObject({ blocking: true, ground: 'attachments_missing', params: { expected: 2, given: 0 } });
    expect(missing.text.ru).toContain('приложено файлов: 0');
    expect(missing.text.kk).toContain('0 файл тіркелген');
  });

  it('FILE-1 ISSUE-14 item 4: an impostor (.exe named .pdf), an oversize file, no file, a wrong position — each refused with its kk/ru reason, never 500', async () => {
    const exe = new Uint8Array(2048);
    exe.set([0x4d, 0x5a, 0x90, 0x00]);
    const impostor = await upload(citizen, `/api/filings/${filingId}/attachments`, { position: '1' }, { name: 'claim.pdf', bytes: exe });
    expect(impostor.statusCode, impostor.body).toBe(422);
    expect(impostor.json().code).toBe('courts.attachment_unknown_type');
    expect(impostor.json().message).toContain('расширение в имени файла не учитывается');
    const kk = client('kk');
    await kk.signIn(CITIZEN);
    const impostorKk = await upload(kk, `/api/filings/${filingId}/attachments`, { position: '1' }, { name: 'claim.pdf', bytes: exe });
    expect(impostorKk.json().message).toContain('кеңейтім ескерілмейді');

    const big = fixture('claim-libreoffice.pdf');
    expect(big.length).toBeGreaterThan(LIMIT);
    const oversize = await upload(citizen, `/api/filings/${filingId}/attachments`, { position: '1' }, { name: 'claim.pdf', bytes: big });
    expect(oversize.statusCode, oversize.body).toBe(413);
    expect(oversize.json()).toMatchObject({ code: 'request.too_large', message: expect.stringContaining('8 КБ') });

    const noFile = await upload(citizen, `/api/filings/${filingId}/attachments`, { position: '1' });
    expect(noFile.statusCode).toBe(422);
    expect(noFile.json().code).toBe('courts.attachment_file_required');
    const json = await citizen.post(`/api/filings/${filingId}/attachments`, { position: 1 });
    expect(json.statusCode).toBe(422);
    expect(json.json().code).toBe('courts.attachment_file_required');
    const broken = await citizen.request({ method: 'POST', url: `/api/filings/${filingId}/attachments`,
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF' });
    expect(broken.statusCode).toBeLessThan(500);
    const wrong = await upload(citizen, `/api/filings/${filingId}/attachments`, { position: '3' }, { name: 'scan.jpg', bytes: fixture('scan.jpg') });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('courts.attachment_position_invalid');
    expect((await citizen.get(`/api/filings/${filingId}/draft`)).json().version).toBe(1);
  });

  it('FILE-1 FILE-5 ISSUE-14 item 4: two real files attached by position, stored with their SHA-256; one file per position; warnings clear', async () => {
    const docx = fixture('claim.docx');
    const first = await upload(citizen, `/api/filings/${filingId}/attachments`, { position: '1' }, { name: 'договор.docx', bytes: docx });
    expect(first.statusCode, first.body).toBe(201);
    const jpeg = fixture('scan.jpg');
    const second = await upload(citizen, `/api/filings/${filingId}/attachments`, { position: '2' }, { name: 'расписка.jpg', bytes: jpeg });
    expect(second.statusCode, second.body).toBe(201);
    const f = second.json();
    expect(f.version).toBe(3);
    expect(f.appendix.map((a: { file: { kind: string; sha256: string; originalName: string } }) => [a.file.kind, a.file.sha256, a.file.originalName]))
      .toEqual([['docx', sha256(docx), 'договор.docx'], ['jpeg', sha256(jpeg), 'расписка.jpg']]);
    const again = await upload(citizen, `/api/filings/${filingId}/attachments`, { position: '2' }, { name: 'расписка.jpg', bytes: jpeg });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('courts.attachment_position_taken');

    const download = await citizen.get(`/api/filings/${filingId}/attachments/1`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('wordprocessingml');
    expect(sha256(download.rawPayload)).toBe(sha256(docx));

    const warnings = await citizen.get(`/api/filings/${filingId}/warnings`);
    expect(warnings.json()).toEqual({ warnings: [], blocked: false });

    // Taking a file off and putting it back moves the version each time.
    const removed = await citizen.request({ method: 'DELETE', url: `/api/filings/${filingId}/attachments/2` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().appendix[1].file).toBeNull();
    expect((await upload(citizen, `/api/filings/${filingId}/attachments`, { position: '2' }, { name: 'расписка.jpg', bytes: jpeg })).statusCode).toBe(201);
  });

  it('X-3 ISSUE-14 item 3: another citizen gets 404 for the filing, its files, duty and warnings, and cannot change it — nothing leaks', async () => {
    other = client('ru');
    expect((await other.signIn(OTHER_CITIZEN)).statusCode).toBe(200);
    for (const url of [`/api/filings/${filingId}`, `/api/filings/${filingId}/draft`, `/api/filings/${filingId}/attachments/1`, `/api/filings/${filingId}/duty`, `/api/filings/${filingId}/warnings`]) {
      const res = await other.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain(CITIZEN);
    }
    const put = await other.put(`/api/filings/${filingId}`, { ...claim(), service: undefined, version: 5 });
    expect(put.statusCode).toBe(404);
    expect((await upload(other, `/api/filings/${filingId}/attachments`, { position: '1' }, { name: 'scan.jpg', bytes: fixture('scan.jpg') })).statusCode).toBe(404);
    expect((await other.post(`/api/filings/${filingId}/duty/online`, {})).statusCode).toBe(404);
    expect((await client().get(`/api/filings/${filingId}/draft`)).statusCode).toBe(401);
  });

  it('ISSUE-14 item 3: saving the draft with a stale version is a 409; with the version read it saves and the duty follows the amount', async () => {
    const current = (await citizen.get(`/api/filings/${filingId}/draft`)).json();
    const { service: _service, ...form } = claim();
    const stale = await citizen.put(`/api/filings/${filingId}`, { ...form, version: current.version - 1 });
    expect(stale.statusCode).toBe(409);
    const saved = await citizen.put(`/api/filings/${filingId}`, { ...form, claimAmountTiyn: 50_000_000, version: current.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: current.version + 1, claimAmountTiyn: 50_000_000, duty: { amountTiyn: 500_000 } });
  });

  it('FILE-4 ISSUE-14 item 5: the duty paid online through the gateway simulator; its PDF receipt attached automatically, not in the appendix; confirm is idempotent', async () => {
    const started = await citizen.post(`/api/filings/${filingId}/duty/online`, {});
    expect(started.statusCode, started.body).toBe(200);
    const { dutyPaymentId, redirectUrl, amountTiyn } = started.json();
    expect(amountTiyn).toBe(500_000);
    expect(redirectUrl).toContain('/pay/');
    // Asked again while pending: the same gateway payment.
    expect((await citizen.post(`/api/filings/${filingId}/duty/online`, {})).json().redirectUrl).toBe(redirectUrl);
    const payments = system().external.simulators!.control.payments;
    const gateway = payments.payments().find((p) => p.reference === dutyPaymentId)!;
    expect(gateway).toMatchObject({ amountTiyn: 500_000, payerIin: CITIZEN });

    const early = await citizen.post(`/api/filings/${filingId}/duty/online/${dutyPaymentId}/confirm`, {});
    expect(early.statusCode, early.body).toBe(200);
    expect(early.json().payment.status).toBe('pending');
    payments.markPaid(gateway.paymentId);
    const paid = await citizen.post(`/api/filings/${filingId}/duty/online/${dutyPaymentId}/confirm`, {});
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json().payment).toMatchObject({ status: 'paid', method: 'online', amountTiyn: 500_000, receiptFileId: expect.any(String) });
    expect(paid.json().duty).toMatchObject({ paidTiyn: 500_000, remainingTiyn: 0 });
    const twice = await citizen.post(`/api/filings/${filingId}/duty/online/${dutyPaymentId}/confirm`, {});
    expect(twice.json().duty.paidTiyn).toBe(500_000);
    const receipt = await citizen.get(`/api/filings/${filingId}/duty/payments/${dutyPaymentId}/receipt`);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const f = (await citizen.get(`/api/filings/${filingId}/draft`)).json();
    expect(f.appendix).toHaveLength(2);
    expect(f.supplements).toEqual([]);
    expect((await citizen.post(`/api/filings/${filingId}/duty/online`, {})).json().code).toBe('courts.duty_not_due');
  });

  it('FILE-4 ISSUE-14 item 5: a bank receipt code checked through the gateway (partial amount recorded); a reused, unknown or foreign code refused', async () => {
    const second = (await citizen.post('/api/filings', claim({ title: 'О взыскании неустойки', body: 'Прошу взыскать неустойку.', claimAmountTiyn: 20_000_000 }))).json();
    expect(second.duty.amountTiyn).toBe(200_000);
    const sims = system().external.simulators!.control.payments;
    const purpose = { kk: 'Мемлекеттік баж', ru: 'Государственная пошлина' };
    const bank = sims.bankReceipt({ payerIin: CITIZEN, amountTiyn: 120_000, purpose });
    const scan = { name: 'чек.jpg', bytes: fixture('scan.jpg') };
    const checked = await upload(citizen, `/api/filings/${second.id}/duty/receipt`, { receiptCode: bank.receiptCode }, scan);
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json().payment).toMatchObject({ method: 'receipt', status: 'paid', amountTiyn: 120_000, receiptCode: bank.receiptCode });
    expect(checked.json().duty).toMatchObject({ paidTiyn: 120_000, remainingTiyn: 80_000 });

    const third = (await citizen.post('/api/filings', claim({ title: 'Третье', body: 'Третий иск.' }))).json();
    const reused = await upload(citizen, `/api/filings/${third.id}/duty/receipt`, { receiptCode: bank.receiptCode }, scan);
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'courts.receipt_already_used', message: expect.stringContaining('одна квитанция засчитывается один раз') });
    const unknown = await upload(citizen, `/api/filings/${third.id}/duty/receipt`, { receiptCode: '0000000000000000' }, scan);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('courts.receipt_not_found');
    const foreign = sims.bankReceipt({ payerIin: '850615300109', amountTiyn: 100_000, purpose });
    const mismatch = await upload(citizen, `/api/filings/${third.id}/duty/receipt`, { receiptCode: foreign.receiptCode }, scan);
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().code).toBe('courts.receipt_payer_mismatch');
    expect((await upload(citizen, `/api/filings/${third.id}/duty/receipt`, { receiptCode: 'x' }, scan)).statusCode).toBe(400);
    expect((await citizen.get(`/api/filings/${third.id}/duty`)).json().paidTiyn).toBe(0);

    // FILE-8: the second filing registered with part of its duty paid; the rest is paid later and its case's course says so.
    const caseId = await registerDirectly(system(), second.id, 2);
    const more = await citizen.post(`/api/filings/${second.id}/duty/online`, {});
    expect(more.statusCode, more.body).toBe(200);
    expect(more.json().amountTiyn).toBe(80_000);
    sims.markPaid(sims.payments().find((p) => p.reference === more.json().dutyPaymentId)!.paymentId);
    const confirmed = await citizen.post(`/api/filings/${second.id}/duty/online/${more.json().dutyPaymentId}/confirm`, {});
    expect(confirmed.json().duty).toMatchObject({ paidTiyn: 200_000, remainingTiyn: 0 });
    const events = await listCaseEvents(system().db, caseId);
    expect(events.filter((e) => e.kind === 'duty_paid')).toHaveLength(1);
  });

  it('ISSUE-14 item 9 FILE-8: a second identical filing is warned of as a duplicate once the first is registered; the first takes supplements', async () => {
    await registerDirectly(system(), filingId, 1);
    const first = (await citizen.get(`/api/filings/${filingId}/draft`)).json();
    expect(first.status).toBe('registered');
    const { service: _service, ...form } = claim();
    const copy = (await citizen.post('/api/filings', claim())).json();
    await upload(citizen, `/api/filings/${copy.id}/attachments`, { position: '1' }, { name: 'договор.docx', bytes: fixture('claim.docx') });
    await upload(citizen, `/api/filings/${copy.id}/attachments`, { position: '2' }, { name: 'расписка.jpg', bytes: fixture('scan.jpg') });
    // Same text as the first one was saved with (its amount changed, the text did not).
    expect((await citizen.put(`/api/filings/${copy.id}`, { ...form, claimAmountTiyn: 50_000_000, version: 3 })).statusCode).toBe(200);
    const warnings = (await citizen.get(`/api/filings/${copy.id}/warnings`)).json();
    const duplicate = warnings.warnings.find((w: { code: string }) => w.code === 'duplicate');
    expect(duplicate, JSON.stringify(warnings)).toMatchObject({ blocking: false, ground: 'duplicate', params: { number: first.number } });
    expect(duplicate.text.ru).toContain(`№ ${first.number}`);
    expect(warnings.blocked).toBe(false);

    // FILE-8: a document added to the registered filing, after its appendix, not sent yet; the appendix of a registered filing is closed.
    const closed = await upload(citizen, `/api/filings/${filingId}/attachments`, { position: '1' }, { name: 'scan.jpg', bytes: fixture('scan.jpg') });
    expect(closed.statusCode).toBe(409);
    const added = await upload(citizen, `/api/filings/${filingId}/attachments`, { supplement: 'true', title: 'Дополнительный расчёт' },
      { name: 'расчёт.xlsx', bytes: fixture('calculation.xlsx') });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().supplements).toMatchObject([{ position: 3, title: 'Дополнительный расчёт', sent: false, file: { kind: 'xlsx' } }]);
    expect(added.json().appendix).toHaveLength(2);
    const office = client('ru');
    await office.signIn(OFFICE);
    expect((await office.get(`/api/filings/${filingId}/attachments/3`)).statusCode).toBe(200);
    expect((await other.get(`/api/filings/${filingId}/attachments/3`)).statusCode).toBe(404);
  });
}, ENV);
