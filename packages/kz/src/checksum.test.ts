import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from './checksum';

describe('computeCheckDigit (DOMAIN.md Identifiers)', () => {
  it('first pass: 79102830272 → 217 mod 11 = 8', () => {
    expect(computeCheckDigit('79102830272')).toBe(8);
  });

  it('second pass when the first gives 10: 06121160001 → 112 mod 11 = 2', () => {
    expect(computeCheckDigit('06121160001')).toBe(2);
  });

  it('BIN example: 94014000038 → 159 mod 11 = 5', () => {
    expect(computeCheckDigit('94014000038')).toBe(5);
  });

  it('both passes 10: 90010130080 has no check digit (null, not 0)', () => {
    expect(computeCheckDigit('90010130080')).toBeNull();
  });

  it('a zero check digit is a real result, distinct from "impossible"', () => {
    // 0000000001x: first pass 1·0+…+11·1 = 11 → 0.
    expect(computeCheckDigit('00000000001')).toBe(0);
  });

  it('rejects anything but 11 ASCII digits as a programming error', () => {
    expect(() => computeCheckDigit('7910283027')).toThrow(RangeError);
    expect(() => computeCheckDigit('791028302728')).toThrow(RangeError);
    expect(() => computeCheckDigit('7910283027a')).toThrow(RangeError);
    expect(() => computeCheckDigit('７９１０２８３０２７２')).toThrow(RangeError);
  });
});
