import { LOCALES, type MrpEntry } from '@oryndau/kz';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMPLIFIED_SETTINGS, assertSettings, checkEligibility, thresholdTiyn, type EligibilityFine, type SimplifiedSettings } from './eligibility';
import { INELIGIBILITY_CODES, INELIGIBILITY_TEXTS, IneligibilityCode } from './eligibility-reasons';

const IIN = '791028302728'; // DOMAIN.md worked example
const BIN = '940140000385'; // DOMAIN.md worked example
const TARAZ_CITY = '311010000';

const fine = (patch: Partial<EligibilityFine> = {}): EligibilityFine => ({
  debtorIin: IIN, amountTiyn: 1_000_000, caseOpenedOn: '2024-05-10', territoryKato: TARAZ_CITY, ...patch,
});

const codesOf = (f: EligibilityFine, settings?: SimplifiedSettings, table?: readonly MrpEntry[]): string[] => {
  const result = checkEligibility(f, settings, table);
  return result.eligible ? [] : result.reasons.map((r) => r.code);
};

const withSettings = (patch: Partial<SimplifiedSettings>): SimplifiedSettings => ({ ...DEFAULT_SIMPLIFIED_SETTINGS, ...patch });

describe('SIMP-1: amount against threshold × MRP of the case-opening date', () => {
  // MRP 2023 = 3 450 ₸, 2024 = 3 692 ₸ (kz MRP_TABLE): 10 MRP = 34 500 ₸ / 36 920 ₸.
  it('SIMP-1: exactly 10 MRP of 2023 is eligible for a case opened on 31 Dec 2023', () => {
    expect(thresholdTiyn('2023-12-31', 10)).toBe(3_450_000);
    expect(checkEligibility(fine({ amountTiyn: 3_450_000, caseOpenedOn: '2023-12-31' }))).toEqual({ eligible: true });
  });

  it('SIMP-1: one tiyn over 10 MRP of 2023 is refused with the amount reason', () => {
    const result = checkEligibility(fine({ amountTiyn: 3_450_001, caseOpenedOn: '2023-12-31' }));
    expect(result.eligible).toBe(false);
    if (result.eligible) return;
    expect(result.reasons).toHaveLength(1);
    const [reason] = result.reasons;
    expect(reason?.code).toBe(IneligibilityCode.amountOverThreshold);
    expect(reason?.params).toMatchObject({ amount: 3_450_001, limit: 3_450_000, mrp: 345_000, threshold: 10, date: '2023-12-31' });
    expect(reason?.text.ru.replace(/\u00A0/g, ' ')).toBe('Штраф 34 500,01 ₸ превышает порог: 10 МРП × 3 450,00 ₸ (МРП на 31.12.2023) = 34 500,00 ₸.');
    expect(reason?.text.kk.replace(/\u00A0/g, ' ')).toContain('34 500,01 ₸');
  });

  it('SIMP-1: exactly 10 MRP of 2024 is eligible on 1 Jan 2024; one tiyn over is not', () => {
    expect(checkEligibility(fine({ amountTiyn: 3_692_000, caseOpenedOn: '2024-01-01' }))).toEqual({ eligible: true });
    expect(codesOf(fine({ amountTiyn: 3_692_001, caseOpenedOn: '2024-01-01' }))).toEqual([IneligibilityCode.amountOverThreshold]);
  });

  it('SIMP-1: the same amount is judged by the MRP of the day the case was opened, not a later one', () => {
    const amount = 3_500_000; // 35 000 ₸: over 10 MRP of 2023, under 10 MRP of 2024
    expect(codesOf(fine({ amountTiyn: amount, caseOpenedOn: '2023-12-31' }))).toEqual([IneligibilityCode.amountOverThreshold]);
    expect(codesOf(fine({ amountTiyn: amount, caseOpenedOn: '2024-01-01' }))).toEqual([]);
  });

  it('SIMP-1: a table from the database replaces the built-in one', () => {
    const table: MrpEntry[] = [{ effectiveFrom: '2024-01-01', purpose: 'general', tenge: 1000 }];
    expect(codesOf(fine({ amountTiyn: 1_000_000 }), undefined, table)).toEqual([]);
    expect(codesOf(fine({ amountTiyn: 1_000_001 }), undefined, table)).toEqual([IneligibilityCode.amountOverThreshold]);
  });

  it('SIMP-1: a date before the MRP table is refused as unknown MRP, not thrown', () => {
    expect(codesOf(fine({ caseOpenedOn: '2014-12-31' }))).toEqual([IneligibilityCode.mrpUnknown]);
  });

  it('SIMP-1: zero, negative and fractional amounts are refused', () => {
    for (const amountTiyn of [0, -100, 12.5, Number.NaN]) expect(codesOf(fine({ amountTiyn }))).toEqual([IneligibilityCode.amountInvalid]);
  });
});

describe('SIMP-1: threshold setting', () => {
  it('SIMP-1: with 20 MRP, 73 840 ₸ (20 × 3 692) is eligible and one tiyn more is not', () => {
    const settings = withSettings({ thresholdMrp: 20 });
    expect(codesOf(fine({ amountTiyn: 7_384_000 }), settings)).toEqual([]);
    expect(codesOf(fine({ amountTiyn: 7_384_001 }), settings)).toEqual([IneligibilityCode.amountOverThreshold]);
  });

  it('SIMP-1: a lower threshold refuses what the default accepts; fractional MRP counts are exact', () => {
    expect(codesOf(fine({ amountTiyn: 1_846_001 }), withSettings({ thresholdMrp: 5 }))).toEqual([IneligibilityCode.amountOverThreshold]);
    expect(thresholdTiyn('2024-05-10', 0.5)).toBe(184_600);
  });

  it('SIMP-1: settings an administrator could not have meant are refused loudly', () => {
    expect(() => assertSettings(withSettings({ thresholdMrp: 0 }))).toThrow(RangeError);
    expect(() => assertSettings(withSettings({ territories: ['Taraz'] }))).toThrow(RangeError);
    expect(() => assertSettings(withSettings({ period: { from: '2024-12-31', until: '2024-01-01' } }))).toThrow(RangeError);
    expect(() => assertSettings(withSettings({ period: { from: null, until: '2024-02-30' } }))).toThrow(RangeError);
  });
});

describe('SIMP-1: debtor is an individual', () => {
  it('SIMP-1: a BIN (legal entity) is refused as not an individual', () => {
    expect(codesOf(fine({ debtorIin: BIN }))).toEqual([IneligibilityCode.debtorNotIndividual]);
  });

  it('SIMP-1: a wrong check digit, a short number and letters are refused as an invalid IIN', () => {
    for (const debtorIin of ['791028302729', '79102830272', '79102830272a', '']) {
      expect(codesOf(fine({ debtorIin }))).toEqual([IneligibilityCode.debtorIdInvalid]);
    }
  });
});

describe('SIMP-1: pilot territory', () => {
  it('SIMP-1: default is Taraz: the city and its administration are in, the rest of Zhambyl region is out', () => {
    expect(codesOf(fine({ territoryKato: '311000000' }))).toEqual([]);
    expect(codesOf(fine({ territoryKato: TARAZ_CITY }))).toEqual([]);
    expect(codesOf(fine({ territoryKato: '310000000' }))).toEqual([IneligibilityCode.outsidePilotTerritory]);
    expect(codesOf(fine({ territoryKato: '314800000' }))).toEqual([IneligibilityCode.outsidePilotTerritory]); // Korday district
    expect(codesOf(fine({ territoryKato: '750000000' }))).toEqual([IneligibilityCode.outsidePilotTerritory]); // Almaty
  });

  it('SIMP-1: a region as a pilot territory covers its districts; several territories may be listed', () => {
    const settings = withSettings({ territories: ['310000000', '750000000'] });
    expect(codesOf(fine({ territoryKato: '314800000' }), settings)).toEqual([]);
    expect(codesOf(fine({ territoryKato: '751110000' }), settings)).toEqual([]);
    expect(codesOf(fine({ territoryKato: '710000000' }), settings)).toEqual([IneligibilityCode.outsidePilotTerritory]);
  });

  it('SIMP-1: nationwide accepts every known region but still refuses an unknown code', () => {
    const settings = withSettings({ territories: 'nationwide' });
    expect(codesOf(fine({ territoryKato: '150000000' }), settings)).toEqual([]);
    expect(codesOf(fine({ territoryKato: '990000000' }), settings)).toEqual([IneligibilityCode.territoryUnknown]);
    expect(codesOf(fine({ territoryKato: 'Тараз' }), settings)).toEqual([IneligibilityCode.territoryUnknown]);
  });
});

describe('SIMP-1: pilot period by case-opening date', () => {
  it('SIMP-1: default ends 31 Dec 2024 inclusive', () => {
    expect(codesOf(fine({ caseOpenedOn: '2024-12-31' }))).toEqual([]);
    const result = checkEligibility(fine({ caseOpenedOn: '2025-01-01' }));
    expect(result.eligible ? [] : result.reasons.map((r) => [r.code, r.text.ru])).toEqual([
      [IneligibilityCode.afterPilot, 'Административное дело возбуждено 01.01.2025, пилотный проект действовал по 31.12.2024.'],
    ]);
  });

  it('SIMP-1: a start date is inclusive too', () => {
    const settings = withSettings({ period: { from: '2024-02-01', until: '2024-12-31' } });
    expect(codesOf(fine({ caseOpenedOn: '2024-02-01' }), settings)).toEqual([]);
    expect(codesOf(fine({ caseOpenedOn: '2024-01-31' }), settings)).toEqual([IneligibilityCode.beforePilot]);
  });

  it('SIMP-1: an open-ended period accepts later years (amount by that year\'s MRP)', () => {
    const settings = withSettings({ period: { from: null, until: null }, territories: 'nationwide' });
    expect(codesOf(fine({ caseOpenedOn: '2026-03-01', amountTiyn: 4_325_000 }), settings)).toEqual([]);
  });

  it('SIMP-1: a malformed date is refused, not thrown', () => {
    expect(codesOf(fine({ caseOpenedOn: '2024-02-30' }))).toEqual([IneligibilityCode.caseDateInvalid]);
  });
});

describe('SIMP-1: reasons', () => {
  it('SIMP-1: every failing condition is reported, not just the first', () => {
    const f = fine({ debtorIin: BIN, amountTiyn: 9_000_000, caseOpenedOn: '2025-03-01', territoryKato: '750000000' });
    expect(codesOf(f)).toEqual([
      IneligibilityCode.debtorNotIndividual, IneligibilityCode.amountOverThreshold, IneligibilityCode.afterPilot,
      IneligibilityCode.outsidePilotTerritory,
    ]);
  });

  it('SIMP-1: every reason code has kk and ru texts with the same placeholders', () => {
    for (const code of INELIGIBILITY_CODES) {
      const placeholders = (locale: (typeof LOCALES)[number]): string[] =>
        [...INELIGIBILITY_TEXTS[code][locale].matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
      expect(INELIGIBILITY_TEXTS[code].kk.trim(), code).not.toBe('');
      expect(INELIGIBILITY_TEXTS[code].ru.trim(), code).not.toBe('');
      expect(placeholders('kk'), code).toEqual(placeholders('ru'));
    }
  });

  it('SIMP-1: rendered reasons leave no placeholder unfilled', () => {
    const f = fine({ debtorIin: BIN, amountTiyn: 9_000_000, caseOpenedOn: '2025-03-01', territoryKato: '750000000' });
    const result = checkEligibility(f);
    if (result.eligible) throw new Error('expected ineligible');
    for (const r of result.reasons) for (const locale of LOCALES) expect(r.text[locale]).not.toMatch(/\{\w+\}/);
  });
});
