import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '@oryndau/kz';
import { templateByCode } from './catalog';
import { dejaVuDirectory, renderPdfDefinition } from './pdf-engine';
import { fillTemplate } from './placeholders';
import { buildResolutionDefinition, pdfDateOf, renderResolutionPdf, splitParagraphs, type ResolutionPdfInput } from './render-pdf';

const KAZAKH_AND_TENGE = 'ӘҒҚҢӨҰҮҺІ₸';

function sampleInput(overrides: Partial<ResolutionPdfInput> = {}): ResolutionPdfInput {
  const template = templateByCode('enf.initiation');
  if (!template) throw new Error('enf.initiation missing');
  const amount = formatMoney(123_456_750, 'kk');
  return {
    locale: 'kk',
    organisation: 'Қазақстан Республикасы Әділет министрлігі\nАстана қаласы бойынша сот актілерін орындау департаменті',
    title: template.title.kk,
    place: 'Астана',
    date: '02.03.2026',
    registrationNumber: '710000000-2026-000042-3',
    body: fillTemplate(template.body.kk, {
      'proceeding.registrationNumber': '710000000-2026-000042-3',
      'proceeding.registrationDate': '02.03.2026',
      'debtor.name': 'Әбдірахманов Ғалым Қайратұлы',
      'claimant.name': '«Өркен Һолдинг» ЖШС',
      'document.amount': amount,
    }),
    facts: [
      { label: 'Борышкер', value: 'Әбдірахманов Ғалым Қайратұлы' },
      { label: 'Сома', value: amount },
      { label: 'Әріптер', value: `${KAZAKH_AND_TENGE} ${KAZAKH_AND_TENGE.toLowerCase()}` },
    ],
    signer: { position: 'Сот орындаушысы', name: 'Ү. І. Нұрланова' },
    verifyUrl: 'https://oryndau.example/verify/6f1c2a9e-0b7d-4c55-9a10-3e2f4d5b6c7a',
    documentId: '6f1c2a9e-0b7d-4c55-9a10-3e2f4d5b6c7a',
    ...overrides,
  };
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('renderResolutionPdf', () => {
  it('SIG-1: produces a PDF whose Info carries the title and a date taken from the act, not the clock', async () => {
    const bytes = await renderResolutionPdf(sampleInput());
    expect(latin1(bytes.subarray(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe('Атқарушылық іс жүргізуді қозғау туралы қаулы');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    const [width, height] = [pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()];
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]); // A4
  });

  it('SIG-1: the same input gives byte-identical output (the bytes are what is signed)', async () => {
    const first = await renderResolutionPdf(sampleInput());
    const second = await renderResolutionPdf(sampleInput());
    expect(second).toEqual(first);
    expect(latin1(first)).toMatch(/\/ID \[<([0-9a-f]{32})> <\1>\]/);
  });

  it('SIG-1: a different body, QR target or date gives different bytes', async () => {
    const base = await renderResolutionPdf(sampleInput());
    const otherBody = await renderResolutionPdf(sampleInput({ body: sampleInput().body.replace('Әбдірахманов', 'Әбдіров') }));
    const otherUrl = await renderResolutionPdf(sampleInput({ verifyUrl: 'https://oryndau.example/verify/other' }));
    const otherDate = await renderResolutionPdf(sampleInput({ date: '03.03.2026' }));
    expect(otherBody).not.toEqual(base);
    expect(otherUrl).not.toEqual(base);
    expect(otherDate).not.toEqual(base);
  });

  it('SIG-1: a font subset handed out again (same letters, same order) gives the very bytes of one encoded afresh', async () => {
    // Letters in an order no other rendering here uses: the first rendering encodes its subsets, the third takes them from memory.
    const rare = sampleInput({ organisation: 'Щъёюя Эфцжш Ыйьхз', signer: { position: 'Ёжик', name: 'Ъ. Щ. Юрьева' } });
    const other = sampleInput({ organisation: 'Жшэюъ Ёщыьй' });
    const fresh = await renderResolutionPdf(rare);
    const between = await renderResolutionPdf(other);
    expect(await renderResolutionPdf(rare)).toEqual(fresh);
    expect(await renderResolutionPdf(other)).toEqual(between);
    expect(between).not.toEqual(fresh);
    const pdf = await PDFDocument.load(fresh, { updateMetadata: false });
    expect(pdf.getTitle()).toBe(rare.title);
  });

  it('ENF-6: the embedded font maps the Kazakh letters and ₸ (ToUnicode CMap of an uncompressed rendering)', async () => {
    const bytes = await renderPdfDefinition(buildResolutionDefinition(sampleInput(), { compress: false }));
    const text = latin1(bytes).toLowerCase();
    expect(text).toContain('begincmap');
    for (const char of KAZAKH_AND_TENGE + KAZAKH_AND_TENGE.toLowerCase()) {
      const hex = (char.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
      expect(text, `U+${hex} ${char}`).toContain(`<${hex}>`);
    }
    expect(text).toContain('/basefont /'); // fonts are embedded subsets, not a viewer's substitute
    expect(latin1(bytes)).toContain('DejaVuSans');
  });

  it('ENF-6: DejaVu Sans has real glyphs (not .notdef) for every Kazakh letter and ₸, in all four styles', async () => {
    // pdfkit's own fontkit, resolved from pdfmake's dependency tree.
    const fromPdfKit = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
    const fontkit = createRequire(fromPdfKit.resolve('pdfkit'))('fontkit') as {
      create(buffer: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
    };
    for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf']) {
      const font = fontkit.create(readFileSync(join(dejaVuDirectory(), file)));
      for (const char of KAZAKH_AND_TENGE + KAZAKH_AND_TENGE.toLowerCase()) {
        expect(font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0), `${file} ${char}`).toBe(true);
      }
    }
  });

  it('ENF-6: a long body (200 paragraphs) flows over several pages without error', async () => {
    const paragraph = 'Атқарушылық құжаттың талаптарын борышкер толық көлемде орындамаған; сондай-ақ ЖСН/БСН тексерілді, сома 1 234 567,50 ₸.';
    const body = Array.from({ length: 200 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n');
    const bytes = await renderResolutionPdf(sampleInput({ body }));
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThan(3);
    const plain = latin1(await renderPdfDefinition(buildResolutionDefinition(sampleInput({ body, locale: 'ru' }), { compress: false })));
    expect(plain.match(/\/Type \/Page\b/g)?.length).toBe(pdf.getPageCount());
  });

  it('ENF-6: renders the Russian version and an empty facts list', async () => {
    const template = templateByCode('enf.termination');
    if (!template) throw new Error('enf.termination missing');
    const bytes = await renderResolutionPdf(sampleInput({ locale: 'ru', title: template.title.ru, body: fillTemplate(template.body.ru, {}), facts: [] }));
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Постановление о прекращении исполнительного производства');
  });
});

describe('render helpers', () => {
  it('SIG-1: PDF dates come from dd.mm.yyyy or ISO dates, and a fixed constant otherwise', () => {
    expect(pdfDateOf('02.03.2026').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(pdfDateOf('2026-03-02').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(pdfDateOf('31.02.2026').toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(pdfDateOf('2 наурыз 2026').toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('ENF-6: a blank line (also one holding spaces) separates paragraphs; a single break does not', () => {
    expect(splitParagraphs('А\nБ\n\nВ\r\n  \r\nГ\n\n\n')).toEqual(['А\nБ', 'В', 'Г']);
  });
});
