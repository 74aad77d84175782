import { describe, expect, it } from 'vitest';
import {
  compareRegistrationNumbers, formatRegistrationNumber, isValidRegistrationNumber, luhnCheckDigit, parseRegistrationNumber,
  registrationYearOf,
} from './registration-number';

describe('ENF-1/ENF-11: registration-number scheme', () => {
  it('ENF-11: formats department-year-sequence-check with a 6-digit padded sequence', () => {
    const text = formatRegistrationNumber({ departmentCode: 751110000, year: 2026, sequence: 42 });
    expect(text).toBe('751110000-2026-000042-0');
    expect(text.slice(-1)).toBe(String(luhnCheckDigit('7511100002026000042')));
  });

  it('ENF-11: round trip for many numbers, and every number is distinct', () => {
    const seen = new Set<string>();
    for (const departmentCode of [1, 17, 751110000]) {
      for (const year of [2025, 2026]) {
        for (const sequence of [1, 2, 9, 10, 999_999, 1_000_000, 123_456_789]) {
          const parts = { departmentCode, year, sequence };
          const text = formatRegistrationNumber(parts);
          expect(parseRegistrationNumber(text)).toEqual({ ok: true, value: parts, text });
          seen.add(text);
        }
      }
    }
    expect(seen.size).toBe(3 * 2 * 7);
  });

  it('ENF-11: the Luhn digit catches a mistyped digit and a swap of neighbours', () => {
    const text = formatRegistrationNumber({ departmentCode: 12, year: 2026, sequence: 345 });
    const typo = text.replace('000345', '000346');
    const swap = text.replace('000345', '000354');
    expect(parseRegistrationNumber(typo)).toEqual({ ok: false, error: 'check_digit' });
    expect(parseRegistrationNumber(swap)).toEqual({ ok: false, error: 'check_digit' });
  });

  it('ENF-1: refuses non-canonical and malformed texts', () => {
    expect(parseRegistrationNumber('1-2015-100000-2028').ok).toBe(false); // the legacy shape is not ours
    expect(parseRegistrationNumber('012-2026-000001-0')).toEqual({ ok: false, error: 'department' });
    expect(parseRegistrationNumber('12-1999-000001-0')).toEqual({ ok: false, error: 'year' });
    expect(parseRegistrationNumber('12-2026-000000-0')).toEqual({ ok: false, error: 'sequence' });
    expect(parseRegistrationNumber('12-2026-0000001-0')).toEqual({ ok: false, error: 'sequence' });
    expect(parseRegistrationNumber('12-2026-1-0')).toEqual({ ok: false, error: 'format' });
    expect(isValidRegistrationNumber(` ${formatRegistrationNumber({ departmentCode: 5, year: 2026, sequence: 7 })} `)).toBe(true);
    expect(() => formatRegistrationNumber({ departmentCode: 0, year: 2026, sequence: 1 })).toThrow(RangeError);
    expect(() => formatRegistrationNumber({ departmentCode: 1, year: 2026, sequence: 1.5 })).toThrow(RangeError);
  });

  it('ENF-11: ordered by department, year, then sequence; year in the department zone', () => {
    const a = { departmentCode: 1, year: 2026, sequence: 9 };
    const b = { departmentCode: 1, year: 2026, sequence: 10 };
    expect(compareRegistrationNumbers(a, b)).toBeLessThan(0);
    expect(compareRegistrationNumbers({ ...b, year: 2025 }, a)).toBeLessThan(0);
    expect(registrationYearOf(new Date('2025-12-31T19:30:00Z'), 'Asia/Almaty')).toBe(2026);
    expect(registrationYearOf(new Date('2025-12-31T18:30:00Z'), 'Asia/Almaty')).toBe(2025);
  });
});
