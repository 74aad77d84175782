import { describe, expect, it } from 'vitest';
import { MRP_TABLE, MrpUnavailableError, mrpOn, mrpOnFrom, mrpToTiyn, type MrpEntry } from './mrp';

describe('mrpOn (DOMAIN.md Money)', () => {
  it('yearly values 2015–2026 on 1 January and 31 December', () => {
    const expected: Record<number, [number, number]> = {
      2015: [1982, 1982], 2016: [2121, 2121], 2017: [2269, 2269], 2018: [2405, 2405], 2019: [2525, 2525],
      2020: [2651, 2778], 2021: [2917, 2917], 2022: [3063, 3063], 2023: [3450, 3450], 2024: [3692, 3692],
      2025: [3932, 3932], 2026: [4325, 4325],
    };
    for (const [year, [jan1, dec31]] of Object.entries(expected)) {
      expect(mrpOn(`${year}-01-01`, 'general'), `${year}-01-01`).toBe(jan1);
      expect(mrpOn(`${year}-12-31`, 'general'), `${year}-12-31`).toBe(dec31);
    }
  });

  it('2020 mid-year raise: 2 651 on 2020-03-31, 2 778 from 2020-04-01', () => {
    expect(mrpOn('2020-03-31', 'general')).toBe(2651);
    expect(mrpOn('2020-04-01', 'general')).toBe(2778);
    expect(mrpOn('2020-03-31', 'benefits')).toBe(2651);
    expect(mrpOn('2020-04-01', 'benefits')).toBe(2778);
  });

  it('2022: benefits 3 180 from 1 June, fines and taxes stay 3 063', () => {
    expect(mrpOn('2022-05-31', 'benefits')).toBe(3063);
    expect(mrpOn('2022-06-01', 'benefits')).toBe(3180);
    expect(mrpOn('2022-06-01', 'general')).toBe(3063);
    expect(mrpOn('2022-12-31', 'general')).toBe(3063);
    expect(mrpOn('2023-01-01', 'benefits')).toBe(3450);
  });

  it('throws a typed MrpUnavailableError before 2015-01-01', () => {
    expect(() => mrpOn('2014-12-31', 'general')).toThrow(MrpUnavailableError);
    try {
      mrpOn('2014-12-31', 'benefits');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MrpUnavailableError);
      expect(error).toMatchObject({ code: 'kz.mrp_unavailable', date: '2014-12-31', purpose: 'benefits' });
    }
    expect(mrpOn('2015-01-01', 'general')).toBe(1982);
  });

  it('refuses malformed dates', () => {
    expect(() => mrpOn('2024-13-01', 'general')).toThrow(RangeError);
    expect(() => mrpOn('01.01.2024', 'general')).toThrow(RangeError);
  });
});

describe('mrpOnFrom: the table is data a database can override', () => {
  it('a row added for 2027 extends the table; rows may come in any order', () => {
    const added: MrpEntry = { effectiveFrom: '2027-01-01', purpose: 'general', tenge: 4700 };
    const table = [added, ...MRP_TABLE].reverse();
    expect(mrpOnFrom(table, '2027-03-01', 'general')).toBe(4700);
    expect(mrpOnFrom(table, '2027-03-01', 'benefits')).toBe(4325);
    expect(mrpOnFrom(table, '2026-12-31', 'general')).toBe(4325);
  });

  it('two different values for the same day and purpose are a data error', () => {
    const table: MrpEntry[] = [
      { effectiveFrom: '2024-01-01', purpose: 'general', tenge: 3692 },
      { effectiveFrom: '2024-01-01', purpose: 'general', tenge: 3700 },
    ];
    expect(() => mrpOnFrom(table, '2024-06-01', 'general')).toThrow(RangeError);
  });

  it('the exported table is frozen', () => {
    expect(Object.isFrozen(MRP_TABLE)).toBe(true);
    expect(Object.isFrozen(MRP_TABLE[0])).toBe(true);
  });
});

describe('mrpToTiyn', () => {
  it('SIMP-1: the 10 MRP threshold in 2024 is 36 920 ₸', () => {
    expect(mrpToTiyn(10, '2024-08-20', 'general')).toBe(3_692_000);
  });

  it('a fine uses the MRP of the day the case was opened, not of payment', () => {
    expect(mrpToTiyn(5, '2024-12-31', 'general')).toBe(1_846_000);
    expect(mrpToTiyn(5, '2025-01-01', 'general')).toBe(1_966_000);
  });

  it('fractional counts are exact: 0.5 MRP (2024) = 1 846 ₸, 0.1 MRP (2025) = 393,20 ₸, 0.3 MRP (2021) = 875,10 ₸', () => {
    expect(mrpToTiyn(0.5, '2024-01-01', 'general')).toBe(184_600);
    expect(mrpToTiyn(0.1, '2025-01-01', 'general')).toBe(39_320);
    expect(mrpToTiyn(0.3, '2021-01-01', 'general')).toBe(87_510);
  });

  it('rounds to a whole tiyn half away from zero: 0.0005 MRP × 2 651 ₸ = 132,55 tiyn → 133', () => {
    expect(mrpToTiyn(0.0005, '2020-01-01', 'general')).toBe(133);
    expect(mrpToTiyn(0.0004, '2020-01-01', 'general')).toBe(106); // 106,04 → 106
  });

  it('uses the purpose: 38 MRP birth benefit after 1 June 2022 is 120 840 ₸', () => {
    expect(mrpToTiyn(38, '2022-07-01', 'benefits')).toBe(12_084_000);
    expect(mrpToTiyn(38, '2022-07-01', 'general')).toBe(11_639_400);
  });

  it('refuses non-finite counts', () => {
    expect(() => mrpToTiyn(Number.NaN, '2024-01-01', 'general')).toThrow(RangeError);
  });
});
