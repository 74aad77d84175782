import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from './checksum';
import { iinHints, isValidIin, maskIin, parseIin, validateIin } from './iin';

/** Appends the right check digit so hint tests do not depend on checksum luck. */
function withCheckDigit(first11: string): string {
  const digit = computeCheckDigit(first11);
  if (digit === null) throw new Error(`test data ${first11} has no check digit`);
  return first11 + String(digit);
}

describe('validateIin', () => {
  it('accepts DOMAIN.md example 791028302728 (first pass 217 mod 11 = 8)', () => {
    expect(validateIin('791028302728')).toEqual({ ok: true, iin: '791028302728' });
  });

  it('accepts DOMAIN.md example 061211600012 (second pass 112 mod 11 = 2)', () => {
    expect(validateIin('061211600012')).toEqual({ ok: true, iin: '061211600012' });
  });

  it('no valid IIN starts with 90010130080: all ten last digits are "impossible"', () => {
    for (let last = 0; last <= 9; last++) {
      expect(validateIin(`90010130080${last}`)).toEqual({ ok: false, error: 'impossible' });
    }
  });

  it('ENP-3: exactly 12 digits — wrong length is a format error', () => {
    expect(validateIin('79102830272')).toEqual({ ok: false, error: 'format' });
    expect(validateIin('7910283027280')).toEqual({ ok: false, error: 'format' });
    expect(validateIin('')).toEqual({ ok: false, error: 'format' });
  });

  it('ENP-3: digits only — letters, spaces, signs are format errors, input is not trimmed', () => {
    expect(validateIin('79102830272A')).toEqual({ ok: false, error: 'format' });
    expect(validateIin(' 791028302728')).toEqual({ ok: false, error: 'format' });
    expect(validateIin('791028 302728')).toEqual({ ok: false, error: 'format' });
    expect(validateIin('-79102830272')).toEqual({ ok: false, error: 'format' });
  });

  it('a wrong check digit is a checksum error, for every wrong digit', () => {
    for (let last = 0; last <= 9; last++) {
      if (last === 8) continue;
      expect(validateIin(`79102830272${last}`)).toEqual({ ok: false, error: 'checksum' });
    }
    expect(isValidIin('791028302729')).toBe(false);
    expect(isValidIin('791028302728')).toBe(true);
  });

  it('a swap of two digits is caught by the checksum', () => {
    expect(validateIin('971028302728')).toEqual({ ok: false, error: 'checksum' });
  });
});

describe('parseIin hints (never grounds for rejection)', () => {
  it('791028302728: born 1979-10-28, 1900s, male (7th digit 3)', () => {
    expect(parseIin('791028302728')).toEqual({
      ok: true,
      iin: '791028302728',
      hints: { birthDate: '1979-10-28', century: 1900, sex: 'male' },
    });
  });

  it('061211600012: born 2006-12-11, 2000s, female (7th digit 6)', () => {
    const r = parseIin('061211600012');
    expect(r.ok && r.hints).toEqual({ birthDate: '2006-12-11', century: 2000, sex: 'female' });
  });

  it('7th digits 1/2 mean the 1800s', () => {
    expect(iinHints('991231100000')).toEqual({ birthDate: '1899-12-31', century: 1800, sex: 'male' });
    expect(iinHints('991231200000')).toEqual({ birthDate: '1899-12-31', century: 1800, sex: 'female' });
  });

  it('month 13 with a correct checksum is VALID; only the birth-date hint is null', () => {
    const iin = withCheckDigit('79132830272');
    const r = parseIin(iin);
    expect(r).toEqual({ ok: true, iin, hints: { birthDate: null, century: 1900, sex: 'male' } });
  });

  it('30 February and 29 February of a non-leap year give no birth date', () => {
    expect(iinHints('990230300000').birthDate).toBeNull();
    expect(iinHints('010229500000').birthDate).toBeNull();
    expect(iinHints('000229500000').birthDate).toBe('2000-02-29');
  });

  it('7th digit 0 or 7–9: century, sex and birth date unknown, still valid', () => {
    const iin = withCheckDigit('79102870272');
    expect(parseIin(iin)).toEqual({ ok: true, iin, hints: { birthDate: null, century: null, sex: null } });
    expect(iinHints('791028002728')).toEqual({ birthDate: null, century: null, sex: null });
  });

  it('invalid input returns the error and no hints', () => {
    expect(parseIin('791028302729')).toEqual({ ok: false, error: 'checksum' });
    expect(parseIin('abc')).toEqual({ ok: false, error: 'format' });
  });
});

describe('ISSUE-13 item 14: maskIin', () => {
  it('ISSUE-13 item 14 (SIMP-3): keeps the birth date, hides the rest', () => {
    expect(maskIin('900515301006')).toBe('900515******');
    expect(maskIin('900515')).toBe('900515');
  });
});
