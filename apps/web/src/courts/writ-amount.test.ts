import { describe, expect, it } from 'vitest';
import { NBSP } from '../format/money.ts';
import { tiynOf, writSum } from './writ-amount.ts';

describe('FILE-16: the writ\'s sum as typed', () => {
  it('FILE-16: tenge with a comma or a point and spaces become tiyn; anything else is refused', () => {
    expect(tiynOf('500000,50')).toBe(50_000_050);
    expect(tiynOf('500 000.5')).toBe(50_000_050);
    expect(tiynOf('1')).toBe(100);
    expect(tiynOf('0')).toBeNull();
    expect(tiynOf('0,00')).toBeNull();
    expect(tiynOf('1,234')).toBeNull();
    expect(tiynOf('-5')).toBeNull();
    expect(tiynOf('abc')).toBeNull();
  });
});

describe('FILE-16, X-1: the writ\'s sum as shown', () => {
  it('FILE-16 X-1: the card\'s sum is grouped with a decimal comma and ₸, never «500000 KZT»; a foreign currency by its code', () => {
    expect(writSum('500000', 'KZT')).toBe(`500${NBSP}000,00${NBSP}₸`);
    expect(writSum('123456.7', 'KZT')).toBe(`123${NBSP}456,70${NBSP}₸`);
    expect(writSum('10.05', 'USD')).toBe(`10,05${NBSP}USD`);
    expect(writSum('abc', 'KZT')).toBe('abc KZT');
  });
});
