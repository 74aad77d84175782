import { describe, expect, it } from 'vitest';
import {
  NBSP, addMoney, assertTiyn, currencyFractionDigits, formatMoney, isTiyn, percentOf, subtractMoney, sumMoney, tenge,
} from './money';

describe('tenge(): exact tenge → tiyn', () => {
  it('parses a plain decimal string exactly', () => {
    expect(tenge('1234567.50')).toBe(123_456_750);
    expect(tenge('0.01')).toBe(1);
    expect(tenge('12')).toBe(1200);
    expect(tenge('12.5')).toBe(1250);
  });

  it('parses the kk/ru written form with spaces and a decimal comma', () => {
    expect(tenge('1 234 567,50')).toBe(123_456_750);
    expect(tenge(`1${NBSP}234${NBSP}567,50`)).toBe(123_456_750);
    expect(tenge('1\u202F234,05')).toBe(123_405);
  });

  it('reads back what formatMoney writes, including the ₸ sign and negatives', () => {
    for (const amount of [0, 1, -1, 99, 100_000, 123_456_750, -987_654_321]) {
      expect(tenge(formatMoney(amount, 'kk'))).toBe(amount);
    }
    expect(tenge('−12,50')).toBe(-1250);
    expect(tenge('1 000 тг')).toBe(100_000);
  });

  it('avoids float error: 0.29 and 1234567.55 are exact, 1.15 is not 114', () => {
    expect(tenge(0.29)).toBe(29);
    expect(tenge(1_234_567.55)).toBe(123_456_755);
    expect(tenge(1.15)).toBe(115);
    expect(tenge('1.15')).toBe(115);
    expect(tenge(-12.5)).toBe(-1250);
  });

  it('refuses more than two decimals instead of rounding silently', () => {
    expect(() => tenge('1.005')).toThrow(RangeError);
    expect(() => tenge(0.1 + 0.2)).toThrow(RangeError);
  });

  it('refuses ambiguous or malformed text', () => {
    for (const bad of ['', 'abc', '1.234.567', '1,234.50', '12 34', '1 2345', '1e3', '--1', '1,', ',5', 'NaN']) {
      expect(() => tenge(bad), bad).toThrow(RangeError);
    }
    expect(() => tenge(Number.NaN)).toThrow(RangeError);
    expect(() => tenge(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('refuses amounts beyond the safe integer range of tiyn', () => {
    expect(() => tenge('90071992547409.92')).toThrow(RangeError);
    expect(tenge('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('formatMoney', () => {
  it('X-1: formats money in kk and ru as 1 234 567,50 ₸ with no-break spaces', () => {
    for (const locale of ['kk', 'ru'] as const) {
      const text = formatMoney(123_456_750, locale);
      expect(text).toBe('1\u00A0234\u00A0567,50\u00A0₸');
      expect(text).not.toMatch(/ /); // no ordinary space anywhere: never wraps
    }
  });

  it('always shows two decimals and groups only from four digits', () => {
    expect(formatMoney(0, 'ru')).toBe('0,00\u00A0₸');
    expect(formatMoney(5, 'ru')).toBe('0,05\u00A0₸');
    expect(formatMoney(99_900, 'ru')).toBe('999,00\u00A0₸');
    expect(formatMoney(100_000, 'ru')).toBe('1\u00A0000,00\u00A0₸');
  });

  it('negatives take a leading hyphen-minus', () => {
    expect(formatMoney(-123_456, 'kk')).toBe('-1\u00A0234,56\u00A0₸');
  });

  it('ENF-1: a foreign-currency claim shows the ISO code and that currency\'s minor units', () => {
    expect(formatMoney(123_400, 'ru', { currency: 'USD' })).toBe('1\u00A0234,00\u00A0USD');
    expect(formatMoney(123_400, 'kk', { currency: 'EUR', unit: 'symbol' })).toBe('1\u00A0234,00\u00A0EUR');
    expect(formatMoney(1234, 'ru', { currency: 'JPY' })).toBe('1\u00A0234\u00A0JPY');
    expect(formatMoney(1234, 'ru', { currency: 'KWD' })).toBe('1,234\u00A0KWD');
  });

  it('unit "code" and "none" for registers and table columns', () => {
    expect(formatMoney(150, 'ru', { unit: 'code' })).toBe('1,50\u00A0KZT');
    expect(formatMoney(150, 'ru', { unit: 'none' })).toBe('1,50');
  });

  it('refuses floats and malformed currency codes', () => {
    expect(() => formatMoney(1.5, 'ru')).toThrow(RangeError);
    expect(() => formatMoney(100, 'ru', { currency: 'usd' })).toThrow(RangeError);
    expect(currencyFractionDigits('KZT')).toBe(2);
  });
});

describe('arithmetic', () => {
  it('addMoney / subtractMoney / sumMoney are exact and refuse non-integers', () => {
    expect(addMoney(10, 20)).toBe(30);
    expect(subtractMoney(10, 20)).toBe(-10);
    expect(sumMoney([])).toBe(0);
    expect(sumMoney([tenge('0.10'), tenge('0.20'), tenge('0.30')])).toBe(60);
    expect(() => addMoney(0.1, 0.2)).toThrow(RangeError);
    expect(() => sumMoney([1, 2.5])).toThrow(RangeError);
  });

  it('sums that overflow 2^53 tiyn throw instead of losing precision', () => {
    expect(() => addMoney(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
    expect(() => sumMoney([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('isTiyn / assertTiyn', () => {
    expect(isTiyn(5)).toBe(true);
    expect(isTiyn(5.5)).toBe(false);
    expect(isTiyn('5')).toBe(false);
    expect(() => assertTiyn(2 ** 53)).toThrow(RangeError);
  });
});

describe('percentOf (basis points, half away from zero)', () => {
  it('a private bailiff fee of 3 % / 25 % of 10 000 ₸', () => {
    expect(percentOf(tenge(10_000), 300)).toBe(tenge(300));
    expect(percentOf(tenge(10_000), 2500)).toBe(tenge(2500));
  });

  it('the 50 % early-payment discount of an odd amount rounds half up: 0,05 ₸ → 0,03 ₸', () => {
    expect(percentOf(5, 5000)).toBe(3);
    expect(percentOf(-5, 5000)).toBe(-3);
    expect(percentOf(4, 5000)).toBe(2);
  });

  it('rounds below half down: 1 % of 0,49 ₸ is 0', () => {
    expect(percentOf(49, 100)).toBe(0);
    expect(percentOf(50, 100)).toBe(1);
  });

  it('stays exact where amount × basis points exceeds 2^53', () => {
    expect(percentOf(9_000_000_000_000_000, 1250)).toBe(1_125_000_000_000_000);
  });

  it('refuses fractional basis points', () => {
    expect(() => percentOf(100, 12.5)).toThrow(RangeError);
  });
});
