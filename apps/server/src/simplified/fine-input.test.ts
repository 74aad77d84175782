import { describe, expect, it } from 'vitest';
import { parseFineItem, parseTengeToTiyn, tiynToCardAmount } from './fine-input';

const item = (overrides: Record<string, unknown> = {}) => ({
  erapFineId: 'E-1', debtorIin: '900515301006', debtorName: 'Жақсыбеков Арман', amount: '36 920,50', caseOpenedOn: '2026-02-10',
  territoryKato: '311000000', decision: { number: 'АП-1', date: '2026-02-12', article: 'ст. 610', issuingBody: 'УП г. Тараз' }, ...overrides,
});

describe('SIMP-1: one fine from ЕРАП', () => {
  it('reads the amount in tenge as decimal text, or in tiyn', () => {
    expect(parseTengeToTiyn('36 920,50')).toBe(3_692_050);
    expect(parseTengeToTiyn('36920.5')).toBe(3_692_050);
    expect(parseTengeToTiyn('0')).toBeNull();
    expect(parseTengeToTiyn('12,345')).toBeNull();
    expect(parseTengeToTiyn('-5')).toBeNull();
    expect(tiynToCardAmount(3_692_005)).toBe('36920,05');
    const byTiyn = parseFineItem(item({ amount: undefined, amountTiyn: 100 }));
    expect(byTiyn.ok && byTiyn.fine.amountTiyn).toBe(100);
  });

  it('refuses an item on its own with the fields that are wrong, keeping its ЕРАП id', () => {
    expect(parseFineItem(item({ caseOpenedOn: '2026-02-30', amount: 'abc' }))).toMatchObject({ ok: false, erapFineId: 'E-1' });
    expect(parseFineItem(item({ amount: '10', amountTiyn: 999 }))).toEqual({ ok: false, erapFineId: 'E-1', fields: ['amount'] });
    expect(parseFineItem(item({ amount: undefined }))).toEqual({ ok: false, erapFineId: 'E-1', fields: ['amount'] });
    expect(parseFineItem('nonsense')).toMatchObject({ ok: false, erapFineId: null });
  });
});
