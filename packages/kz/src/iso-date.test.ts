import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isIsoDate, isoWeekday, toDayNumber } from './iso-date';

describe('iso-date', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('2024-01-01T00:00')).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
  });

  it('day numbers count from 1970-01-01 and round-trip', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(toDayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('weekdays: 2024-03-08 is a Friday, 2024-05-04 a Saturday, 2025-01-05 a Sunday', () => {
    expect(isoWeekday('2024-03-08')).toBe(5);
    expect(isoWeekday('2024-05-04')).toBe(6);
    expect(isoWeekday('2025-01-05')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });
});
