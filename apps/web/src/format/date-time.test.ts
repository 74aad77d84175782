import { describe, expect, it } from 'vitest';
import { endOfDayInZone, formatDateTime, startOfDayInZone, zoneOffsetMs } from './date-time.ts';

describe('X-1: dates and times in the organisation zone, per language', () => {
  const instant = '2026-03-05T21:30:15Z';

  it('shows the wall-clock time of the given zone, not the process zone', () => {
    // Asia/Tokyo is UTC+9 all year: 21:30 UTC is 06:30 the next day.
    const ru = formatDateTime(instant, 'ru', 'Asia/Tokyo');
    expect(ru).toContain('06.03.2026');
    expect(ru).toContain('06:30:15');
    expect(formatDateTime(instant, 'ru', 'UTC')).toContain('21:30:15');
  });

  it('ISSUE-13 item 4: kk and ru write date and time the same way, ДД.ММ.ГГГГ ЧЧ:ММ:СС, never ISO', () => {
    expect(formatDateTime(instant, 'kk', 'Asia/Tokyo')).toBe('06.03.2026 06:30:15');
    expect(formatDateTime(instant, 'ru', 'Asia/Tokyo')).toBe('06.03.2026 06:30:15');
    expect(formatDateTime('2026-12-03T09:21:48Z', 'kk', 'Asia/Almaty')).toBe('03.12.2026 14:21:48');
  });

  it('keeps unparseable input as it is', () => {
    expect(formatDateTime('not a date', 'kk', 'UTC')).toBe('not a date');
  });

  it('computes zone offsets', () => {
    expect(zoneOffsetMs(Date.parse(instant), 'Asia/Tokyo')).toBe(9 * 3600_000);
    expect(zoneOffsetMs(Date.parse(instant), 'UTC')).toBe(0);
  });

  it('turns a calendar day into the instants it starts and ends in a zone', () => {
    expect(startOfDayInZone('2026-03-06', 'Asia/Tokyo')).toBe('2026-03-05T15:00:00.000Z');
    expect(endOfDayInZone('2026-03-06', 'Asia/Tokyo')).toBe('2026-03-06T14:59:59.999Z');
    // A day on which Berlin moves its clocks: the day starts before the change.
    expect(startOfDayInZone('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfDayInZone('2026-03-29', 'Europe/Berlin')).toBe('2026-03-29T21:59:59.999Z');
    expect(() => startOfDayInZone('06.03.2026', 'UTC')).toThrow(RangeError);
  });
});
