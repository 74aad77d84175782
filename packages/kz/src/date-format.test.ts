import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date-format';
import { LOCALES } from './locale';

describe('ISSUE-13 item 4 (X-1): one date and time format, alike in kk and ru', () => {
  it('ISSUE-13 item 4: a calendar day is ДД.ММ.ГГГГ in both languages, never ISO', () => {
    for (const locale of LOCALES) {
      expect(formatDate('2026-12-03', locale), locale).toBe('03.12.2026');
      expect(formatDate('2024-02-29', locale), locale).toBe('29.02.2024');
    }
    expect(() => formatDate('2026-02-30', 'kk')).toThrow(RangeError);
  });

  it('ISSUE-13 item 4: an instant is written as the wall time in the zone asked (Asia/Almaty, Asia/Aqtau), the zone never printed', () => {
    const instant = new Date('2026-12-03T09:21:48Z');
    for (const locale of LOCALES) {
      expect(formatDateTime(instant, locale, 'Asia/Almaty'), locale).toBe('03.12.2026 14:21');
      expect(formatDateTime(instant, locale, 'Asia/Almaty', 'second'), locale).toBe('03.12.2026 14:21:48');
      expect(formatDateTime('2026-12-03T09:21:48.000Z', locale, 'Asia/Aqtau', 'second'), locale).toBe('03.12.2026 14:21:48');
      expect(formatDateTime(instant, locale, 'Asia/Almaty'), locale).not.toMatch(/Asia|\d{4}-\d{2}-\d{2}|T\d/);
    }
  });

  it('ISSUE-13 item 4: the day of an instant is the day in the zone; midnight and the 2024 offset change', () => {
    // 19:30Z on 2 Dec is 00:30 on 3 Dec in Almaty (UTC+5).
    expect(formatDate(new Date('2026-12-02T19:30:00Z'), 'ru', 'Asia/Almaty')).toBe('03.12.2026');
    expect(formatDate(new Date('2026-12-02T19:30:00Z'), 'kk', 'UTC')).toBe('02.12.2026');
    // Before 1 March 2024 Almaty was UTC+6.
    expect(formatDateTime(new Date('2024-02-29T17:59:00Z'), 'kk', 'Asia/Almaty')).toBe('29.02.2024 23:59');
    expect(formatDateTime(new Date('2024-02-29T18:00:00Z'), 'kk', 'Asia/Almaty')).toBe('29.02.2024 23:00');
    expect(formatDateTime(new Date('2026-01-01T00:00:00Z'), 'ru', 'Asia/Almaty', 'second')).toBe('01.01.2026 05:00:00');
  });

  it('ISSUE-13 item 4: an instant without a zone, or not an instant at all, is refused loudly', () => {
    expect(() => formatDate(new Date('2026-12-03T09:21:48Z'), 'kk')).toThrow(RangeError);
    expect(() => formatDateTime('not a date', 'kk', 'Asia/Almaty')).toThrow(RangeError);
    expect(() => formatDateTime(new Date(), 'kk', 'Mars/Olympus')).toThrow(RangeError);
  });
});
