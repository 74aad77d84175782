import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_PATTERN, FILING_NUMBER_PATTERN, caseNumber, filingNumber, parseCaseNumber } from './case-number';

describe('ISSUE-14 item 5: case and dispatch-receipt numbers (FILE-7, FILE-11)', () => {
  it('FILE-11 ISSUE-14 item 5: case number court-yy-00-form/sequence, form digits civil 2, criminal 1, administrative 3', () => {
    expect(caseNumber({ courtCode: '7194', year: 2026, form: 'civil', sequence: 1234 })).toBe('7194-26-00-2/1234');
    expect(caseNumber({ courtCode: '7194', year: 2026, form: 'criminal', sequence: 1 })).toBe('7194-26-00-1/1');
    expect(caseNumber({ courtCode: '0301', year: 2005, form: 'administrative', sequence: 77 })).toBe('0301-05-00-3/77');
  });

  it('ISSUE-14 item 5: the case number matches DOMAIN.md\'s published pattern and parses back', () => {
    const n = caseNumber({ courtCode: '7585', year: 2024, form: 'civil', sequence: 101 });
    expect(n).toBe('7585-24-00-2/101');
    expect(n).toMatch(/^\d{4}-\d{2}-\d{2}-\d[а-яa-z]?\/\d+$/);
    expect(CASE_NUMBER_PATTERN.test(n)).toBe(true);
    expect(parseCaseNumber(n)).toEqual({ courtCode: '7585', year: 2024, form: 'civil', sequence: 101 });
    expect(parseCaseNumber('3599-24-00-2а/2151')).toBeNull();
  });

  it('FILE-7 ISSUE-14 item 5: талон number court-yyyymmdd-00001, sequence padded to 5', () => {
    const n = filingNumber({ courtCode: '7194', receiptDate: '2026-03-16', sequence: 42 });
    expect(n).toBe('7194-20260316-00042');
    expect(FILING_NUMBER_PATTERN.test(n)).toBe(true);
    expect(filingNumber({ courtCode: '7194', receiptDate: '2026-03-16', sequence: 99_999 })).toBe('7194-20260316-99999');
  });

  it('ISSUE-14 item 5: bad parts are refused, not formatted', () => {
    expect(() => caseNumber({ courtCode: '71', year: 2026, form: 'civil', sequence: 1 })).toThrow(RangeError);
    expect(() => caseNumber({ courtCode: '7194', year: 2026, form: 'civil', sequence: 0 })).toThrow(RangeError);
    expect(() => caseNumber({ courtCode: '7194', year: 1999, form: 'civil', sequence: 1 })).toThrow(RangeError);
    expect(() => filingNumber({ courtCode: '7194', receiptDate: '2026-02-30', sequence: 1 })).toThrow(RangeError);
    expect(() => filingNumber({ courtCode: '7194', receiptDate: '2026-03-16', sequence: 100_000 })).toThrow(RangeError);
  });
});
