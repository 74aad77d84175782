import { PDFDocument, PDFName, PDFArray, PDFDict, PDFRawStream, decodePDFRawStream, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { attachProof, readProof, visibleFingerprint, type ProofFile, type ProofMetadata } from './hybrid-pdf';
import { renderResolutionPdf, type ResolutionPdfInput } from './render-pdf';

const INPUT: ResolutionPdfInput = {
  locale: 'ru', organisation: 'Министерство юстиции Республики Казахстан', title: 'ПОСТАНОВЛЕНИЕ', place: 'Астана', date: '02.03.2026',
  registrationNumber: '710000000-2026-000042-3', body: 'Тело постановления: 12 500,00 ₸.\n\nУСТАНОВИЛ:\n\nВторой абзац.',
  facts: [{ label: 'Сумма', value: '12 500,00 ₸' }], signer: { position: 'Системная печать', name: 'Министерство юстиции' },
  verifyUrl: 'https://oryndau.example/verify/6f1c2a9e-0b7d-4c55-9a10-3e2f4d5b6c7a', documentId: '6f1c2a9e-0b7d-4c55-9a10-3e2f4d5b6c7a',
};
const FILES: ProofFile[] = [
  { name: 'act.json', bytes: new TextEncoder().encode('{"a":1}'), mimeType: 'application/vnd.oryndau.act+json', description: 'Подписанный оригинал', relationship: 'Source' },
  { name: 'act.json.p7s', bytes: Uint8Array.of(0x30, 0x82, 1, 2, 3), mimeType: 'application/pkcs7-signature', description: 'Подпись', relationship: 'Data' },
];
const META: ProofMetadata = { title: 'Постановление', language: 'ru-RU', date: new Date(Date.UTC(2026, 2, 2)), fileId: '00112233445566778899aabbccddeeff', producer: 'Oryndau' };

/** Re-saves a PDF after `change` (pdf-lib keeps the attachments as they were). */
async function edited(pdf: Uint8Array, change: (doc: PDFDocument) => void | Promise<void>): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  await change(doc);
  return doc.save();
}

describe('hybrid PDF (ISSUE-13 item 2, SIG-6)', () => {
  it('ISSUE-13 item 2: embeds the signed original and its .p7s as PDF/A-3 associated files, deterministically, and reads them back', async () => {
    const base = await renderResolutionPdf(INPUT);
    const pdf = await attachProof(base, FILES, META);
    expect(Buffer.from(await attachProof(base, FILES, META)).equals(Buffer.from(pdf))).toBe(true);
    const read = await readProof(pdf);
    expect(read).toMatchObject({ status: 'read', language: 'ru-RU' });
    if (read.status !== 'read') throw new Error('unreadable');
    expect(read.files.map((f) => [f.name, f.mimeType, f.relationship, Buffer.from(f.bytes).toString('hex')])).toEqual([
      ['act.json', 'application/vnd.oryndau.act+json', 'Source', Buffer.from(FILES[0]!.bytes).toString('hex')],
      ['act.json.p7s', 'application/pkcs7-signature', 'Data', '3082010203'],
    ]);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const metadata = doc.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
    const xmp = new TextDecoder().decode(decodePDFRawStream(metadata).decode());
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<xmp:CreateDate>2026-03-02T00:00:00Z</xmp:CreateDate>');
    const intent = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(new TextDecoder('latin1').decode(pdf)).toContain('<00112233445566778899AABBCCDDEEFF>');
    // What the pages draw did not change by attaching the proof.
    expect(await visibleFingerprint(pdf)).toBe(await visibleFingerprint(base));
  });

  it('ISSUE-13 item 2: the fingerprint survives a re-save but not a changed glyph, added text, an annotation or a page', async () => {
    const base = await renderResolutionPdf(INPUT);
    const pdf = await attachProof(base, FILES, META);
    const original = await visibleFingerprint(pdf);
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    // Re-saved with object streams and renumbered objects: the same pages.
    expect(await visibleFingerprint(await edited(pdf, () => undefined))).toBe(original);
    // One glyph changed in the first page's text (pdfmake writes glyph ids as hex strings).
    const glyphChanged = await edited(pdf, (doc) => {
      const page = doc.getPage(0).node;
      const contents = page.lookup(PDFName.of('Contents'));
      const stream = contents instanceof PDFArray ? contents.lookup(0, PDFRawStream) : (contents as PDFRawStream);
      const text = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
      const changed = text.replace(/<([0-9a-f]{4})/i, (_m, hex: string) => `<${hex === '0001' ? '0002' : '0001'}`);
      expect(changed).not.toBe(text);
      const bytes = Uint8Array.from(changed, (c) => c.charCodeAt(0));
      const ref = contents instanceof PDFArray ? contents.get(0) : page.get(PDFName.of('Contents'));
      doc.context.assign(ref as never, doc.context.stream(bytes));
    });
    expect(await visibleFingerprint(glyphChanged)).not.toBe(original);
    const textAdded = await edited(pdf, async (doc) => {
      doc.getPage(0).drawText('PAID', { x: 100, y: 400, font: await doc.embedFont(StandardFonts.Helvetica) });
    });
    expect(await visibleFingerprint(textAdded)).not.toBe(original);
    const annotated = await edited(pdf, (doc) => {
      doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.obj({ Type: 'Annot', Subtype: 'Square', Rect: [0, 0, 10, 10] })]));
    });
    expect(await visibleFingerprint(annotated)).not.toBe(original);
    expect(await visibleFingerprint(await edited(pdf, (doc) => { doc.addPage(); }))).not.toBe(original);
    // Re-saving keeps the proof in place.
    const again = await readProof(textAdded);
    expect(again.status === 'read' && again.files.map((f) => f.name)).toEqual(['act.json', 'act.json.p7s']);
  });

  it('ISSUE-13 item 2: a PDF without proof has no files; bytes that are not a PDF say so', async () => {
    expect(await readProof(await renderResolutionPdf(INPUT))).toEqual({ status: 'read', language: 'ru-RU', files: [] });
    expect(await readProof(new TextEncoder().encode('not a pdf at all'))).toEqual({ status: 'not_pdf' });
    expect(await visibleFingerprint(new TextEncoder().encode('%PDF-1.7 garbage'))).toBeNull();
  });
});
