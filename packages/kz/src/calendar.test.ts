import { describe, expect, it } from 'vitest';
import { calendarEntryError, createWorkingCalendar, type CalendarEntry } from './calendar';
import { KZ_CALENDAR_2023_2026, KZ_WORKING_CALENDAR as cal } from './calendar-data';
import { addDays, isWeekend } from './iso-date';

describe('KZ calendar data (DOMAIN.md Calendar and time)', () => {
  it('8 March 2024 (Fri) is not a working day', () => {
    expect(cal.isWorkingDay('2024-03-08')).toBe(false);
  });

  it('Saturday 4 May 2024 is worked, Wednesday 8 May 2024 is off in exchange', () => {
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.isWorkingDay('2024-05-08')).toBe(false);
    expect(cal.isWorkingDay('2024-05-05')).toBe(false);
  });

  it('Sunday 5 January 2025 is worked; 3 and 7 January 2025 are off', () => {
    expect(cal.isWorkingDay('2025-01-05')).toBe(true);
    expect(cal.isWorkingDay('2025-01-03')).toBe(false);
    expect(cal.isWorkingDay('2025-01-07')).toBe(false);
    expect(cal.isWorkingDay('2025-01-06')).toBe(true);
  });

  it('Kurban ait 27 May 2026 (forecast) is off', () => {
    expect(cal.isWorkingDay('2026-05-27')).toBe(false);
    expect(cal.entryOn('2026-05-27')?.name).toEqual({ kk: 'Құрбан айт', ru: 'Курбан айт' });
  });

  it('2023 (sourced): 3 Jan off for Sun 1 Jan, Sat 1 Jul worked for Fri 7 Jul, 8 May and 18 Dec moved, Kurban ait 28 Jun', () => {
    for (const off of ['2023-01-02', '2023-01-03', '2023-03-21', '2023-03-23', '2023-05-08', '2023-06-28', '2023-07-06', '2023-07-07', '2023-12-18']) {
      expect(cal.isWorkingDay(off), off).toBe(false);
    }
    expect(cal.isWorkingDay('2023-07-01')).toBe(true);
    // Nauryz fell Tue–Thu: Friday 24 March 2023 was an ordinary working day.
    expect(cal.isWorkingDay('2023-03-24')).toBe(true);
    expect(cal.isWorkingDay('2023-01-04')).toBe(true);
  });

  it('non-working weekdays of 2024–2026 are exactly the lists in DOMAIN.md', () => {
    const domain: Record<string, string[]> = {
      2024: ['01-01', '01-02', '03-08', '03-21', '03-22', '03-25', '05-01', '05-07', '05-08', '05-09', '07-08', '08-30', '10-25', '12-16'],
      2025: ['01-01', '01-02', '01-03', '01-07', '03-10', '03-21', '03-24', '03-25', '05-01', '05-07', '05-09', '06-06', '07-07', '09-01', '10-27', '12-16'],
      2026: ['01-01', '01-02', '01-07', '03-09', '03-23', '03-24', '03-25', '05-01', '05-07', '05-11', '05-27', '07-06', '08-31', '10-26', '12-16'],
    };
    for (const [year, days] of Object.entries(domain)) {
      const fromData = KZ_CALENDAR_2023_2026.filter((e) => e.kind === 'holiday' && e.date.startsWith(`${year}-`)).map((e) => e.date);
      expect(fromData, year).toEqual(days.map((d) => `${year}-${d}`));
    }
  });

  it('worked weekend days are only Sat 1 Jul 2023, Sat 4 May 2024 and Sun 5 Jan 2025', () => {
    expect(KZ_CALENDAR_2023_2026.filter((e) => e.kind === 'working_day').map((e) => e.date)).toEqual(['2023-07-01', '2024-05-04', '2025-01-05']);
  });

  it('every fixed public holiday on a weekday is non-working in 2023–2026', () => {
    const fixed = ['01-01', '01-02', '03-08', '03-21', '03-22', '03-23', '05-01', '05-07', '05-09', '07-06', '08-30', '10-25', '12-16'];
    for (const year of [2023, 2024, 2025, 2026]) {
      for (const md of fixed) {
        const date = `${year}-${md}`;
        if (!isWeekend(date)) expect(cal.isWorkingDay(date), date).toBe(false);
      }
    }
  });

  it('X-1: every entry is named in kk and ru', () => {
    for (const e of KZ_CALENDAR_2023_2026) {
      expect(e.name?.kk, e.date).toBeTruthy();
      expect(e.name?.ru, e.date).toBeTruthy();
    }
    expect(cal.entryOn('2024-05-04')?.name?.ru).toBe('Рабочий день (выходной перенесён на 08.05.2024)');
  });

  it('covers 2023–2026 only; outside, weekends are still known', () => {
    expect(cal.coveredYears).toEqual([2023, 2024, 2025, 2026]);
    expect(cal.covers('2026-12-31')).toBe(true);
    expect(cal.covers('2027-01-04')).toBe(false);
    expect(cal.isWorkingDay('2027-01-09')).toBe(false); // Saturday
  });
});

describe('working-day arithmetic', () => {
  it('3 working days from Wed 2024-03-20 skip 21, 22, 25 March and the weekend → Thu 28 March', () => {
    expect(cal.addWorkingDays('2024-03-20', 3)).toBe('2024-03-28');
  });

  it('LIC-5: 15 working days from Fri 2024-03-01 (8 Mar and Nauryz inside) → 2024-03-28', () => {
    expect(cal.addWorkingDays('2024-03-01', 15)).toBe('2024-03-28');
  });

  it('LIC-5: 15 working days from Mon 2025-04-28 (1, 7, 9 May inside) → 2025-05-22', () => {
    expect(cal.addWorkingDays('2025-04-28', 15)).toBe('2025-05-22');
  });

  it('LIC-5: 15 working days across the new year 2025/26 (1, 2, 7 Jan) → 2026-01-15', () => {
    expect(cal.addWorkingDays('2025-12-22', 15)).toBe('2026-01-15');
  });

  it('FILE-17: archive 3 working days after a decision in force on 2025-12-31 → 2026-01-08', () => {
    expect(cal.addWorkingDays('2025-12-31', 3)).toBe('2026-01-08');
  });

  it('FILE-11: one working day from an event on Sat 2024-05-04 (worked) is Mon 6 May; from Fri 3 May it is that Saturday', () => {
    expect(cal.addWorkingDays('2024-05-04', 1)).toBe('2024-05-06');
    expect(cal.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    expect(cal.addWorkingDays('2024-05-06', 1)).toBe('2024-05-10');
  });

  it('n = 0 is the date itself if working, else the next working day', () => {
    expect(cal.addWorkingDays('2024-03-11', 0)).toBe('2024-03-11');
    expect(cal.addWorkingDays('2024-03-08', 0)).toBe('2024-03-11');
    expect(cal.addWorkingDays('2024-05-04', 0)).toBe('2024-05-04');
  });

  it('refuses negative, fractional and absurd counts', () => {
    expect(() => cal.addWorkingDays('2024-03-11', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2024-03-11', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2024-03-11', 1e9)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it('nextWorkingDay is strictly after, and may be a worked Saturday', () => {
    expect(cal.nextWorkingDay('2024-03-11')).toBe('2024-03-12');
    expect(cal.nextWorkingDay('2024-03-20')).toBe('2024-03-26');
    expect(cal.nextWorkingDay('2024-05-03')).toBe('2024-05-04');
  });

  it('SIMP-3: 5 calendar days from initiation on 2024-05-06 end 2024-05-11, holidays counted', () => {
    expect(cal.addCalendarDays('2024-05-06', 5)).toBe('2024-05-11');
    expect(cal.addCalendarDays('2024-02-27', 5)).toBe('2024-03-03');
  });

  it('workingDaysBetween counts (a, b] and is the inverse of addWorkingDays', () => {
    expect(cal.workingDaysBetween('2024-03-20', '2024-03-28')).toBe(3);
    expect(cal.workingDaysBetween('2024-03-28', '2024-03-20')).toBe(-3);
    expect(cal.workingDaysBetween('2024-03-20', '2024-03-20')).toBe(0);
    for (let d = '2024-12-20'; d < '2025-01-20'; d = addDays(d, 1)) {
      for (const n of [1, 2, 5, 15]) expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n)), `${d} +${n}`).toBe(n);
    }
  });
});

describe('instant helpers across the 1 March 2024 zone switch', () => {
  it('FILE-13: 2023-03-07T18:30Z is already 8 March (holiday) in Almaty (+06) but still a working 7 March in Aqtobe (+05)', () => {
    const instant = new Date('2023-03-07T18:30:00Z');
    expect(cal.isWorkingInstant(instant, 'Asia/Almaty')).toBe(false);
    expect(cal.isWorkingInstant(instant, 'Asia/Aqtobe')).toBe(true);
  });

  it('FILE-13: a year later both zones are +05, so 2024-03-07T18:30Z is 7 March in both', () => {
    expect(cal.isWorkingInstant(new Date('2024-03-07T18:30:00Z'), 'Asia/Almaty')).toBe(true);
    expect(cal.isWorkingInstant(new Date('2024-03-07T19:00:00Z'), 'Asia/Almaty')).toBe(false);
  });

  it('FILE-11: a filing at 20:00 on Thu 2024-03-07 (Almaty) is registered from 00:00 Mon 11 March', () => {
    const filed = new Date('2024-03-07T15:00:00Z');
    expect(cal.startOfNextWorkingDay(filed, 'Asia/Almaty').toISOString()).toBe('2024-03-10T19:00:00.000Z');
    expect(cal.addWorkingDaysFrom(filed, 1, 'Asia/Almaty')).toBe('2024-03-11');
  });

  it('Almaty 29 Feb 2024 lasted 25 hours: both 23:30s lead to 1 March starting at 19:00Z', () => {
    for (const iso of ['2024-02-29T17:30:00Z', '2024-02-29T18:30:00Z']) {
      expect(cal.startOfNextWorkingDay(new Date(iso), 'Asia/Almaty').toISOString(), iso).toBe('2024-02-29T19:00:00.000Z');
    }
    // Just before the switch in Almaty the local day is still 29 Feb; in Aqtobe too.
    expect(cal.addWorkingDaysFrom(new Date('2024-02-28T18:30:00Z'), 0, 'Asia/Almaty')).toBe('2024-02-29');
    expect(cal.addWorkingDaysFrom(new Date('2024-02-28T18:30:00Z'), 0, 'Asia/Aqtobe')).toBe('2024-02-28');
  });

  it('before the switch Almaty\'s next-day start is at 18:00Z, Aqtobe\'s at 19:00Z', () => {
    const instant = new Date('2024-02-27T12:00:00Z');
    expect(cal.startOfNextWorkingDay(instant, 'Asia/Almaty').toISOString()).toBe('2024-02-27T18:00:00.000Z');
    expect(cal.startOfNextWorkingDay(instant, 'Asia/Aqtobe').toISOString()).toBe('2024-02-27T19:00:00.000Z');
  });
});

describe('createWorkingCalendar validation (data an administrator amends)', () => {
  it('an amended Kurban ait date takes effect', () => {
    const amended = createWorkingCalendar([
      ...KZ_CALENDAR_2023_2026.filter((e) => e.date !== '2026-05-27'),
      { date: '2026-05-26', kind: 'holiday' },
    ]);
    expect(amended.isWorkingDay('2026-05-27')).toBe(true);
    expect(amended.isWorkingDay('2026-05-26')).toBe(false);
  });

  it('refuses a holiday on a weekend, a worked weekday, a bad date, a bad kind, a duplicate', () => {
    const bad: CalendarEntry[][] = [
      [{ date: '2024-06-16', kind: 'holiday' }],
      [{ date: '2024-06-17', kind: 'working_day' }],
      [{ date: '2024-02-30', kind: 'holiday' }],
      [{ date: '2024-06-17', kind: 'day_off' as CalendarEntry['kind'] }],
      [{ date: '2024-06-17', kind: 'holiday' }, { date: '2024-06-17', kind: 'holiday' }],
    ];
    for (const entries of bad) expect(() => createWorkingCalendar(entries), JSON.stringify(entries)).toThrow(RangeError);
    expect(calendarEntryError({ date: '2024-06-16', kind: 'holiday' })).toBe('holiday_on_weekend');
    expect(calendarEntryError({ date: '2024-06-17', kind: 'working_day' })).toBe('working_day_on_weekday');
    expect(calendarEntryError({ date: '17.06.2024', kind: 'holiday' })).toBe('date');
    expect(calendarEntryError({ date: '2024-06-17', kind: 'holiday' })).toBeNull();
  });

  it('an empty calendar is plain Mon–Fri', () => {
    const plain = createWorkingCalendar([]);
    expect(plain.isWorkingDay('2024-03-08')).toBe(true);
    expect(plain.addWorkingDays('2024-03-08', 1)).toBe('2024-03-11');
    expect(plain.coveredYears).toEqual([]);
  });
});
