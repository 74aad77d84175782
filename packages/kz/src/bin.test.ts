import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from './checksum';
import { binHints, identifierKindOf, isValidBin, parseBin, validateBin } from './bin';

function withCheckDigit(first11: string): string {
  const digit = computeCheckDigit(first11);
  if (digit === null) throw new Error(`test data ${first11} has no check digit`);
  return first11 + String(digit);
}

describe('validateBin', () => {
  it('accepts DOMAIN.md example 940140000385 (159 mod 11 = 5)', () => {
    expect(validateBin('940140000385')).toEqual({ ok: true, bin: '940140000385' });
    expect(isValidBin('940140000385')).toBe(true);
  });

  it('refuses a wrong check digit, wrong length and non-digits with distinct codes', () => {
    expect(validateBin('940140000384')).toEqual({ ok: false, error: 'checksum' });
    expect(validateBin('94014000038')).toEqual({ ok: false, error: 'format' });
    expect(validateBin('94014000038O')).toEqual({ ok: false, error: 'format' });
  });

  it('refuses a prefix whose check digit cannot exist', () => {
    expect(validateBin('900101300800')).toEqual({ ok: false, error: 'impossible' });
  });
});

describe('parseBin hints', () => {
  it('940140000385: registered January 1994, resident, head office', () => {
    expect(parseBin('940140000385')).toEqual({
      ok: true,
      bin: '940140000385',
      hints: { registrationYear: 1994, registrationMonth: 1, type: 'resident', attribute: 'head_office' },
    });
  });

  it('reads every type and attribute digit from DOMAIN.md', () => {
    expect(binHints('150351000000')).toMatchObject({ registrationYear: 2015, registrationMonth: 3, type: 'non_resident', attribute: 'branch' });
    expect(binHints('231262000000')).toMatchObject({ registrationYear: 2023, registrationMonth: 12, type: 'individual_entrepreneur_joint', attribute: 'representative_office' });
    expect(binHints('080743000000')).toMatchObject({ attribute: 'peasant_farm' });
  });

  it('unknown type/attribute digits and a month 13 are null hints, not rejections', () => {
    const bin = withCheckDigit('15137900000');
    expect(parseBin(bin)).toEqual({
      ok: true,
      bin,
      hints: { registrationYear: 2015, registrationMonth: null, type: null, attribute: null },
    });
  });
});

describe('identifierKindOf', () => {
  it('FILE-3: tells an IIN from a BIN in one "IIN/BIN" field by the 5th digit', () => {
    expect(identifierKindOf('791028302728')).toBe('iin');
    expect(identifierKindOf('940140000385')).toBe('bin');
    expect(identifierKindOf('940170000385')).toBeNull();
    expect(identifierKindOf('94014000038')).toBeNull();
  });
});
