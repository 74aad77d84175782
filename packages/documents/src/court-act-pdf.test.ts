import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderCourtActPdf } from './court-act-pdf';
import { stampLegalForce } from './legal-force-stamp';

// Issue 15 items 1-2 (FILE-14, SIG-6): the act's PDF from the template, and
// the legal-force stamp drawn on a copy — the signed bytes never change.
const input = {
  language: 'kk' as const, heading: 'ШЕШІМ', court: 'Астана қаласы Есіл аудандық соты', caseNumber: '7101-26-00-2/1', dateText: '02.03.2026',
  place: 'Астана қ.', parts: [{ label: 'Қарар бөлімі', text: 'Талап қанағаттандырылсын. Әйгерім, Ұлан, Қазақстан ₸' }, { label: 'Бос', text: '' }],
  judges: [{ role: 'Судья', name: 'Нұрланов Ерлан' }], date: new Date('2026-03-02T05:00:00Z'),
};

describe('FILE-14, SIG-6: the court act PDF and its legal-force stamp', () => {
  it('FILE-14: the same input renders the same bytes (rendered once, signed as is)', async () => {
    const a = await renderCourtActPdf(input);
    const b = await renderCourtActPdf(input);
    expect(Buffer.from(a).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('SIG-6: the stamp goes on a copy; the original bytes are untouched and the copy has the same pages', async () => {
    const original = await renderCourtActPdf(input);
    const hash = createHash('sha256').update(original).digest('hex');
    const stamped = await stampLegalForce(original, { url: 'https://oryndau.test/verify/abc', lines: ['Заңды күшіне енді 03.04.2026', 'Вступил в законную силу 03.04.2026'] });
    expect(createHash('sha256').update(original).digest('hex')).toBe(hash);
    expect(Buffer.from(stamped).equals(Buffer.from(original))).toBe(false);
    const [a, b] = await Promise.all([PDFDocument.load(original), PDFDocument.load(stamped)]);
    expect(b.getPageCount()).toBe(a.getPageCount());
  });
});
