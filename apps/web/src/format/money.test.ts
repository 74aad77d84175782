import { describe, expect, it } from 'vitest';
import { amountInTenge, formatTiyn, parseAmount, parseRate, tengeToTiynString } from './money.ts';

const s = (text: string) => text.replace(/ /g, '\u00A0');

describe('ENF-1, ENF-2: amounts from tiyn strings', () => {
  it('ENF-2: formats tiyn strings as tenge with no-break spaces and a decimal comma', () => {
    expect(formatTiyn('123456789')).toBe(s('1 234 567,89 ₸'));
    expect(formatTiyn('12500000')).toBe(s('125 000,00 ₸'));
    expect(formatTiyn('5')).toBe(s('0,05 ₸'));
    expect(formatTiyn('0')).toBe(s('0,00 ₸'));
    expect(formatTiyn('-150')).toBe(s('-1,50 ₸'));
    expect(formatTiyn('100', 'USD')).toBe(s('1,00 USD'));
  });

  it('ENF-2: keeps amounts beyond 2^53 exact (BigInt, no floats)', () => {
    expect(formatTiyn('900719925474099312')).toBe(s('9 007 199 254 740 993,12 ₸'));
  });

  it('ENF-2: shows odd input as it came and a dash for none', () => {
    expect(formatTiyn('12.5')).toBe('12.5');
    expect(formatTiyn(null)).toBe('—');
    expect(formatTiyn('')).toBe('—');
  });

  it('ENF-1: reads typed amounts the ways they are written here', () => {
    expect(parseAmount('1 234,56')).toBe(123456n);
    expect(parseAmount('1\u00A0234\u00A0567.5')).toBe(123456750n);
    expect(parseAmount('2000')).toBe(200000n);
    expect(parseAmount('1.234.567')).toBeNull();
    expect(parseAmount('12,345')).toBeNull();
    expect(parseAmount('12 34')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });

  it('ENF-1: previews the amount in tenge, rounding half away from zero', () => {
    expect(amountInTenge('2 000', 'KZT', undefined)).toBe(200000n);
    expect(amountInTenge('100', 'USD', '470,25')).toBe(4702500n);
    // 0,01 USD × 470,255 = 4,70255 ₸ → 4,70 ₸; 0,03 × 470,255 = 14,10765 → 14,11 ₸
    expect(amountInTenge('0,01', 'USD', '470.255')).toBe(470n);
    expect(amountInTenge('0,03', 'USD', '470.255')).toBe(1411n);
    expect(amountInTenge('1', 'EUR', '0,005')).toBe(1n);
    expect(amountInTenge('100', 'USD', undefined)).toBeNull();
    expect(amountInTenge('100', 'USD', '0')).toBeNull();
    expect(amountInTenge('abc', 'KZT', undefined)).toBeNull();
  });

  it('ENF-1: reads exchange rates with either decimal mark', () => {
    expect(parseRate('470,25')).toEqual({ units: 47025n, scale: 2 });
    expect(parseRate('5.1234')).toEqual({ units: 51234n, scale: 4 });
    expect(parseRate('x')).toBeNull();
  });

  it('ENF-10: turns a typed arrested value into a tiyn string', () => {
    expect(tengeToTiynString('1 500 000')).toBe('150000000');
    expect(tengeToTiynString('abc')).toBeNull();
  });
});
