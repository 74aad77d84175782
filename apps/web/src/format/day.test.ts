import { describe, expect, it } from 'vitest';
import { dayTextToIso, formatDay, isoToDayText, todayIn } from './day.ts';

describe('ENF-1, ENF-2: calendar days on enforcement screens', () => {
  it('ENF-2: shows ISO days and instants as ДД.ММ.ГГГГ, instants in the given zone', () => {
    expect(formatDay('2015-06-19', 'UTC')).toBe('19.06.2015');
    // 20:30 UTC is already the next day in Almaty (UTC+5).
    expect(formatDay('2026-03-05T20:30:00Z', 'Asia/Almaty')).toBe('06.03.2026');
    expect(formatDay('2026-03-05T20:30:00Z', 'UTC')).toBe('05.03.2026');
    expect(formatDay(null, 'UTC')).toBe('—');
    expect(formatDay('soon', 'UTC')).toBe('soon');
  });

  it('ENF-1: converts form days both ways', () => {
    expect(dayTextToIso('19.06.2015')).toBe('2015-06-19');
    expect(dayTextToIso('31.02.2015')).toBeNull();
    expect(dayTextToIso(undefined)).toBeNull();
    expect(isoToDayText('2015-06-19')).toBe('19.06.2015');
    expect(isoToDayText(undefined)).toBe('');
    expect(todayIn('Asia/Almaty', Date.parse('2026-03-05T20:30:00Z'))).toBe('2026-03-06');
  });
});
