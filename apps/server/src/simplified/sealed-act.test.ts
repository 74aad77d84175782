import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { closingAct } from './closing-resolution';
import { parseFineItem, type ErapFineInput } from './fine-input';
import { INITIATION_TITLE, initiationAct } from './initiation-resolution';
import { decodeSealedAct, encodeSealedAct, renderSealedAct } from './sealed-act';

const parsed = parseFineItem({
  erapFineId: 'E-77', debtorIin: '900515301006', debtorName: 'Жақсыбеков Арман Серікұлы', amount: '36 920,50', caseOpenedOn: '2026-02-10',
  territoryKato: '311000000', decision: { number: 'АП-1', date: '2026-02-12', article: 'ст. 610', issuingBody: 'УП г. Тараз' },
});
if (!parsed.ok) throw new Error('sample fine does not parse');
const fine: ErapFineInput = parsed.fine;
const initiation = { fine, documentId: '6f1c2a9e-0b7d-4c55-9a10-3e2f4d5b6c7a', lastDay: '2026-03-07', initiatedOn: '2026-03-02',
  publicOrigin: 'https://oryndau.example', organisation: { kk: 'Қазақстан Республикасының Әділет министрлігі', ru: 'Министерство юстиции Республики Казахстан' } };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('resolutions sealed as data (SIMP-2, SIMP-4, SIMP-5)', () => {
  it('SIMP-2: the initiation act holds its whole text in kk and ru, and the same act always gives the same bytes', () => {
    const bytes = initiationAct(initiation);
    expect(initiationAct(initiation)).toEqual(bytes);
    const act = decodeSealedAct(bytes);
    expect(act).toMatchObject({ schema: 'oryndau.act/1', kind: 'simp.initiation', documentId: initiation.documentId });
    expect(act.text.kk.title).toBe(INITIATION_TITLE.kk);
    expect(act.text.ru.title).toBe(INITIATION_TITLE.ru);
    expect(act.text.kk.body).toContain('Жақсыбеков Арман Серікұлы');
    expect(act.text.kk.body).toContain('07.03.2026');
    expect(act.text.ru.body).toMatch(/36\s920,50/u);
    expect(act.text.ru.verifyUrl).toBe(`https://oryndau.example/verify/${initiation.documentId}`);
    // Canonical: keys sorted at every level, whatever order the act was built in.
    const reordered = encodeSealedAct({ text: { ru: act.text.ru, kk: act.text.kk }, kind: act.kind, documentId: act.documentId });
    expect(reordered).toEqual(bytes);
    expect(text(bytes).indexOf('"documentId"')).toBeLessThan(text(bytes).indexOf('"kind"'));
  });

  it('SIMP-2: a changed, unknown or missing field is refused when stored bytes are read back', () => {
    const bytes = initiationAct(initiation);
    expect(() => decodeSealedAct(new TextEncoder().encode(text(bytes).replace('"schema":"oryndau.act/1"', '"schema":"oryndau.act/2"')))).toThrow();
    expect(() => decodeSealedAct(new TextEncoder().encode(text(bytes).replace('{"documentId"', '{"extra":1,"documentId"')))).toThrow();
    expect(() => decodeSealedAct(new TextEncoder().encode(text(bytes).replace(/"title":"[^"]*",/, '')))).toThrow();
    expect(() => decodeSealedAct(Uint8Array.of(0xff, 0xfe))).toThrow();
  });

  it('SIMP-4, SIMP-5: the closing acts say why they close, in both languages', () => {
    const closing = { ...initiation, documentId: '11111111-2222-4333-8444-555555555555', decidedOn: '2026-03-08' };
    const cancelled = closingAct({ ...closing, reason: 'expired', paidOn: null });
    expect(cancelled.kind).toBe('simp.cancellation');
    const paid = closingAct({ ...closing, reason: 'paid', paidOn: '2026-03-04' });
    expect(paid.kind).toBe('simp.termination');
    expect(decodeSealedAct(paid.act).text.ru.body).toContain('оплачен 04.03.2026');
    expect(decodeSealedAct(cancelled.act).text.kk.body).toContain('07.03.2026 қоса алғанда төлемеді');
  });

  it('SIMP-3: the PDF the debtor downloads is a rendering of the signed text in the chosen language', async () => {
    const act = decodeSealedAct(initiationAct(initiation));
    const kk = await PDFDocument.load(await renderSealedAct(act, 'kk'), { updateMetadata: false });
    const ru = await PDFDocument.load(await renderSealedAct(act, 'ru'), { updateMetadata: false });
    expect(kk.getTitle()).toBe(INITIATION_TITLE.kk);
    expect(ru.getTitle()).toBe(INITIATION_TITLE.ru);
    expect(kk.getKeywords()).toBe(initiation.documentId);
  });
});
