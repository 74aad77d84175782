import { attachProof, readProof } from '@oryndau/documents';
import { parseCertificate, parseSignedData } from '@oryndau/esign';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, it } from 'vitest';
import type { TestClient } from '../../../../test/harness/test-system';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { initiatedFine } from '../../../../test/harness/initiated-fine';
import { decodeSealedAct, renderSealedAct } from './sealed-act';

// Issue 13 item 2 (SIG-6, SIMP-3): the PDF of an act the system sealed
// carries the signed original and its .p7s; /verify proves it from the PDF
// alone — signature through the whole checklist, and the pages re-rendered
// from the signed data.
const DEBTOR = '900515301006';
const ENV = { RATE_PER_MINUTE: '100000', DEBTOR_PAGE_RATE_PER_MINUTE: '100000', SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open' };
const MINISTRY = { kk: 'Қазақстан Республикасының Әділет министрлігі', ru: 'Министерство юстиции Республики Казахстан' };

async function resolution(system: System, debtor: TestClient): Promise<{ url: string; documentId: string }> {
  const { token } = await initiatedFine(system, DEBTOR, 'ERAP-PDF');
  const view = (await debtor.get(`/api/public/simplified/${token}`)).json();
  return view.documents[0];
}

const bytesOf = (response: { rawPayload: Buffer }) => new Uint8Array(response.rawPayload);

async function check(client: TestClient, pdf: Uint8Array) {
  await client.get('/api/session');
  const answer = await client.request({ method: 'POST', url: '/api/verify/file', headers: { 'content-type': 'application/pdf' }, payload: Buffer.from(pdf) });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json();
}

describeSystemOnEachEngine('issue 13 item 2: a sealed act\'s PDF carries its proof', ({ system, client, clock }) => {
  it('ISSUE-13 item 2 SIG-6: the debtor\'s PDF (kk and ru) embeds the original and .p7s, is the same file every time, and verifies on /verify', async () => {
    const debtor = client('kk');
    const doc = await resolution(system(), debtor);
    const kk = bytesOf(await debtor.get(doc.url));
    expect(Buffer.from(bytesOf(await debtor.get(doc.url))).equals(Buffer.from(kk))).toBe(true);
    const proof = await readProof(kk);
    expect(proof.status === 'read' && proof.files.map((f) => [f.name, f.mimeType, f.relationship]))
      .toEqual([['act.json', 'application/vnd.oryndau.act+json', 'Source'], ['act.json.p7s', 'application/pkcs7-signature', 'Data']]);
    // The embedded original is the stored signed original; the seal's certificate is the ministry's.
    const signed = bytesOf(await debtor.get(`${doc.url}?format=signed`));
    expect(proof.status === 'read' && Buffer.from(proof.files[0]!.bytes).equals(Buffer.from(signed))).toBe(true);
    const cms = parseSignedData(proof.status === 'read' ? proof.files[1]!.bytes : new Uint8Array());
    expect(cms.certificates.map((c) => parseCertificate(c).subject.organization)).toContain(MINISTRY.ru);

    const result = await check(client('kk'), kk);
    expect(result).toMatchObject({
      verdict: 'authentic', documentId: doc.documentId, language: 'kk', onRecord: true, reasons: [],
      signer: { kind: 'system_seal', organisation: MINISTRY, roles: [], name: null },
    });
    expect(new Date(result.signedAt).getTime()).toBe(clock.now().getTime());
    const ru = bytesOf(await debtor.get(`${doc.url}?lang=ru`));
    expect(await check(client('ru'), ru)).toMatchObject({ verdict: 'authentic', language: 'ru' });
    // A reader that re-saves the file (renumbered objects, object streams) does not change what it shows.
    const resaved = await (await PDFDocument.load(ru, { updateMetadata: false })).save({ useObjectStreams: true });
    expect(await check(client('ru'), resaved)).toMatchObject({ verdict: 'authentic', language: 'ru' });

    // The document's page names the seal in words, not a masked name.
    const page = (await client('ru').get(`/api/verify/${doc.documentId}`)).json();
    expect(page.signatures[0].who).toEqual({ kind: 'system_seal', organisation: MINISTRY, roles: [], name: null });
  });

  it('ISSUE-13 item 2 SIG-6: altered visible text → content differs; altered embedded original → signature invalid; no proof and not a PDF → said so', async () => {
    const debtor = client('ru');
    const doc = await resolution(system(), debtor);
    const pdf = bytesOf(await debtor.get(`${doc.url}?lang=ru`));

    const edited = await PDFDocument.load(pdf, { updateMetadata: false });
    edited.getPage(0).drawText('PAID 0 KZT', { x: 300, y: 500, size: 14, font: await edited.embedFont(StandardFonts.Helvetica) });
    const altered = await edited.save();
    const alteredProof = await readProof(altered);
    expect(alteredProof.status === 'read' && alteredProof.files).toHaveLength(2);
    expect(await check(client(), altered)).toMatchObject({ verdict: 'content_differs', documentId: doc.documentId, signer: { kind: 'system_seal' } });

    // The original inside changed (and the pages rendered from it, so they match it): the signature no longer covers it.
    const proof = await readProof(pdf);
    if (proof.status !== 'read') throw new Error('no proof');
    const original = new TextDecoder().decode(proof.files[0]!.bytes);
    const forged = new TextEncoder().encode(original.replaceAll('Жақсыбеков Арман', 'Басқа Адам'));
    expect(forged).not.toEqual(proof.files[0]!.bytes);
    const forgedPdf = await attachProof(await renderSealedAct(decodeSealedAct(forged), 'ru'),
      [{ ...proof.files[0]!, mimeType: 'application/vnd.oryndau.act+json', description: 'x', relationship: 'Source', bytes: forged },
        { ...proof.files[1]!, mimeType: 'application/pkcs7-signature', description: 'x', relationship: 'Data' }],
      { title: 'x', language: 'ru-RU', date: new Date(0), fileId: '0'.repeat(32), producer: 'x' });
    const invalid = await check(client(), forgedPdf);
    expect(invalid).toMatchObject({ verdict: 'signature_invalid', onRecord: false });
    expect(invalid.reasons.length).toBeGreaterThan(0);
    expect(invalid.reasons[0].ru).toMatch(/[А-Яа-я]/);

    const plain = await renderSealedAct(decodeSealedAct(proof.files[0]!.bytes), 'ru');
    expect(await check(client(), plain)).toMatchObject({ verdict: 'no_proof', documentId: null, signer: null });
    expect(await check(client(), new TextEncoder().encode('Қолхат'))).toMatchObject({ verdict: 'not_pdf' });
  });
}, ENV);
