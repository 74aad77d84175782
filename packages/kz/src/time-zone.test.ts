import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone, localDateOf, localDateTimeOf, offsetMinutes, startOfLocalDay, zonedTimeToInstant,
} from './time-zone';

const at = (iso: string): Date => new Date(iso);

describe('offsetMinutes: Kazakhstan moved to UTC+5 on 1 March 2024', () => {
  it('Asia/Almaty was +06 until 2024-02-29T18:00Z and +05 from then', () => {
    expect(offsetMinutes(at('2024-02-29T17:59:59Z'), 'Asia/Almaty')).toBe(360);
    expect(offsetMinutes(at('2024-02-29T18:00:00Z'), 'Asia/Almaty')).toBe(300);
    expect(offsetMinutes(at('2023-07-01T00:00:00Z'), 'Asia/Almaty')).toBe(360);
    expect(offsetMinutes(at('2025-07-01T00:00:00Z'), 'Asia/Almaty')).toBe(300);
  });

  it('Asia/Qostanay changed with Almaty; Asia/Aqtobe and the western zones stayed +05', () => {
    expect(offsetMinutes(at('2024-01-15T12:00:00Z'), 'Asia/Qostanay')).toBe(360);
    expect(offsetMinutes(at('2024-03-15T12:00:00Z'), 'Asia/Qostanay')).toBe(300);
    for (const zone of ['Asia/Aqtobe', 'Asia/Oral', 'Asia/Atyrau', 'Asia/Aqtau', 'Asia/Qyzylorda']) {
      expect(offsetMinutes(at('2024-01-15T12:00:00Z'), zone), zone).toBe(300);
      expect(offsetMinutes(at('2024-03-15T12:00:00Z'), zone), zone).toBe(300);
    }
  });

  it('is independent of the host zone (tests run with TZ=UTC; UTC itself is 0)', () => {
    expect(offsetMinutes(at('2024-01-15T12:00:00Z'), 'UTC')).toBe(0);
  });
});

describe('localDateOf / localDateTimeOf', () => {
  it('FILE-13: the same instant is a different local date in Almaty and Aqtobe before the switch', () => {
    // 2024-02-28T18:30Z: 00:30 on 29 Feb in Almaty (+06), 23:30 on 28 Feb in Aqtobe (+05).
    expect(localDateOf(at('2024-02-28T18:30:00Z'), 'Asia/Almaty')).toBe('2024-02-29');
    expect(localDateOf(at('2024-02-28T18:30:00Z'), 'Asia/Aqtobe')).toBe('2024-02-28');
  });

  it('FILE-13: after the switch both zones agree — 2024-02-29T18:30Z is still 29 Feb everywhere', () => {
    // Almaty's clocks went back from 00:00 (+06) to 23:00 (+05) at 18:00Z, so
    // 18:30Z is 23:30 on 29 Feb a second time, not 1 March.
    expect(localDateTimeOf(at('2024-02-29T18:30:00Z'), 'Asia/Almaty')).toEqual({
      date: '2024-02-29', year: 2024, month: 2, day: 29, hour: 23, minute: 30, second: 0,
    });
    expect(localDateOf(at('2024-02-29T18:30:00Z'), 'Asia/Aqtobe')).toBe('2024-02-29');
    expect(localDateOf(at('2024-02-29T19:00:00Z'), 'Asia/Almaty')).toBe('2024-03-01');
  });

  it('midnight is hour 0, never 24', () => {
    expect(localDateTimeOf(at('2025-01-01T19:00:00Z'), 'Asia/Almaty')).toMatchObject({ date: '2025-01-02', hour: 0, minute: 0 });
  });

  it('refuses an unknown zone and an invalid instant', () => {
    expect(() => localDateOf(at('2024-01-01T00:00:00Z'), 'Asia/Nowhere')).toThrow(RangeError);
    expect(() => localDateOf(new Date(Number.NaN), 'Asia/Almaty')).toThrow(RangeError);
    expect(isValidTimeZone('Asia/Almaty')).toBe(true);
    expect(isValidTimeZone('Asia/Nowhere')).toBe(false);
  });
});

describe('zonedTimeToInstant', () => {
  it('Asia/Almaty midnight on 2024-02-29 is 2024-02-28T18:00Z (+06)', () => {
    expect(zonedTimeToInstant('2024-02-29', '00:00', 'Asia/Almaty').toISOString()).toBe('2024-02-28T18:00:00.000Z');
  });

  it('Asia/Almaty midnight on 2024-03-01 is 2024-02-29T19:00Z (+05)', () => {
    expect(startOfLocalDay('2024-03-01', 'Asia/Almaty').toISOString()).toBe('2024-02-29T19:00:00.000Z');
  });

  it('Asia/Aqtobe is +05 on both days', () => {
    expect(zonedTimeToInstant('2024-02-29', '00:00', 'Asia/Aqtobe').toISOString()).toBe('2024-02-28T19:00:00.000Z');
    expect(zonedTimeToInstant('2024-03-01', '00:00', 'Asia/Aqtobe').toISOString()).toBe('2024-02-29T19:00:00.000Z');
  });

  it('a wall time that occurred twice (Almaty 29 Feb 2024 23:30) gives the earlier instant', () => {
    expect(zonedTimeToInstant('2024-02-29', '23:30', 'Asia/Almaty').toISOString()).toBe('2024-02-29T17:30:00.000Z');
  });

  it('a wall time in a spring-forward gap is pushed later by the gap (Europe/Berlin 2024-03-31 02:30)', () => {
    expect(zonedTimeToInstant('2024-03-31', '02:30', 'Europe/Berlin').toISOString()).toBe('2024-03-31T01:30:00.000Z');
  });

  it('round-trips with localDateTimeOf for every hour of a normal day', () => {
    for (let h = 0; h < 24; h++) {
      const hh = String(h).padStart(2, '0');
      const instant = zonedTimeToInstant('2025-06-15', `${hh}:15`, 'Asia/Almaty');
      expect(localDateTimeOf(instant, 'Asia/Almaty')).toMatchObject({ date: '2025-06-15', hour: h, minute: 15 });
    }
  });

  it('refuses malformed dates and times', () => {
    expect(() => zonedTimeToInstant('2024-02-30', '00:00', 'Asia/Almaty')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2024-02-28', '24:00', 'Asia/Almaty')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2024-02-28', '9:00', 'Asia/Almaty')).toThrow(RangeError);
  });
});
