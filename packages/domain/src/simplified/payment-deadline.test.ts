import { describe, expect, it } from 'vitest';
import { isWithinPaymentTerm, paymentDeadline, paymentDeadlineForTerritory, timeLeft } from './payment-deadline';

const ALMATY = 'Asia/Almaty'; // Taraz, Astana, Almaty…: +06 until 1 Mar 2024, +05 since
const AQTOBE = 'Asia/Aqtobe'; // always +05 in this period
const TARAZ = '311010000';
const AKTOBE_REGION = '150000000';

const at = (iso: string): Date => new Date(iso);
const deadlineOf = (iso: string, zone = ALMATY): { lastDay: string; expiresAt: string; initiatedOn: string } => {
  const d = paymentDeadline(at(iso), zone);
  return { initiatedOn: d.initiatedOn, lastDay: d.lastDay, expiresAt: d.expiresAt.toISOString() };
};

describe('SIMP-3/SIMP-5: five calendar days, the day of initiation not counted', () => {
  it('SIMP-3: initiated at any hour of a day, the term ends at the end of the 5th day after it', () => {
    // 2025-06-10 00:00 and 23:59 local (+05) are both day 0.
    for (const iso of ['2025-06-09T19:00:00Z', '2025-06-10T18:59:00Z']) {
      expect(deadlineOf(iso)).toEqual({ initiatedOn: '2025-06-10', lastDay: '2025-06-15', expiresAt: '2025-06-15T19:00:00.000Z' });
    }
  });

  it('SIMP-3: calendar days: weekends and holidays count and the end is not moved (16 Dec 2025 holiday)', () => {
    // Initiated Thu 11 Dec 2025; days 12…16 include a weekend and Independence Day.
    expect(deadlineOf('2025-12-11T06:00:00Z')).toMatchObject({ lastDay: '2025-12-16', expiresAt: '2025-12-16T19:00:00.000Z' });
  });

  it('SIMP-3: month ends: 28 Jan → 2 Feb, 30 Apr → 5 May, 29 Dec 2024 → 3 Jan 2025', () => {
    expect(deadlineOf('2025-01-28T05:00:00Z').lastDay).toBe('2025-02-02');
    expect(deadlineOf('2025-04-30T05:00:00Z').lastDay).toBe('2025-05-05');
    expect(deadlineOf('2024-12-29T05:00:00Z')).toMatchObject({ lastDay: '2025-01-03', expiresAt: '2025-01-03T19:00:00.000Z' });
  });

  it('SIMP-3: leap years: 24 Feb 2024 → 29 Feb; 24 Feb 2025 → 1 Mar; 25 Feb 2028 → 1 Mar', () => {
    expect(deadlineOf('2024-02-24T05:00:00Z', AQTOBE)).toMatchObject({ lastDay: '2024-02-29', expiresAt: '2024-02-29T19:00:00.000Z' });
    expect(deadlineOf('2025-02-24T05:00:00Z').lastDay).toBe('2025-03-01');
    expect(deadlineOf('2028-02-24T05:00:00Z').lastDay).toBe('2028-02-29');
    expect(deadlineOf('2028-02-25T05:00:00Z').lastDay).toBe('2028-03-01');
  });
});

describe('SIMP-5: the debtor\'s region\'s time and the 1 March 2024 switch', () => {
  it('SIMP-5: initiated at +06 before the switch, the term ends at midnight +05 after it', () => {
    // 26 Feb 2024 10:00 in Taraz (+06); last day 2 Mar 2024, which is at +05.
    const d = paymentDeadlineForTerritory(at('2024-02-26T04:00:00Z'), TARAZ);
    expect(d).toMatchObject({ zone: ALMATY, initiatedOn: '2024-02-26', lastDay: '2024-03-02' });
    expect(d.expiresAt.toISOString()).toBe('2024-03-02T19:00:00.000Z'); // not 18:00Z, which +06 would give
  });

  it('SIMP-5: initiated on 29 Feb 2024 (the 25-hour day in Almaty), in either 23:30', () => {
    for (const iso of ['2024-02-29T17:30:00Z', '2024-02-29T18:30:00Z']) {
      expect(deadlineOf(iso)).toEqual({ initiatedOn: '2024-02-29', lastDay: '2024-03-05', expiresAt: '2024-03-05T19:00:00.000Z' });
    }
  });

  it('SIMP-5: before the switch one instant is a different day in Taraz (+06) and Aktobe (+05)', () => {
    const instant = at('2024-01-10T18:30:00Z'); // 00:30 on 11 Jan in Taraz, 23:30 on 10 Jan in Aktobe
    const taraz = paymentDeadlineForTerritory(instant, TARAZ);
    const aktobe = paymentDeadlineForTerritory(instant, AKTOBE_REGION);
    expect([taraz.lastDay, taraz.expiresAt.toISOString()]).toEqual(['2024-01-16', '2024-01-16T18:00:00.000Z']);
    expect([aktobe.lastDay, aktobe.expiresAt.toISOString()]).toEqual(['2024-01-15', '2024-01-15T19:00:00.000Z']);
  });

  it('SIMP-5: before the switch the same local day still ends an hour apart in the two zones', () => {
    const taraz = paymentDeadline(at('2024-01-10T06:00:00Z'), ALMATY);
    const aktobe = paymentDeadline(at('2024-01-10T06:00:00Z'), AQTOBE);
    expect(taraz.lastDay).toBe(aktobe.lastDay);
    expect(aktobe.expiresAt.getTime() - taraz.expiresAt.getTime()).toBe(3_600_000);
  });

  it('SIMP-5: after the switch both zones agree', () => {
    const instant = at('2025-01-10T18:30:00Z');
    const { zone: _a, ...almaty } = paymentDeadline(instant, ALMATY);
    const { zone: _b, ...aqtobe } = paymentDeadline(instant, AQTOBE);
    expect(almaty).toEqual(aqtobe);
    expect(almaty.lastDay).toBe('2025-01-15');
  });
});

describe('SIMP-3: in time and time left', () => {
  it('SIMP-3: a payment 1 ms before the exclusive end is in time; at the end it is late', () => {
    const d = paymentDeadline(at('2025-06-10T05:00:00Z'), ALMATY);
    expect(isWithinPaymentTerm(d, new Date(d.expiresAt.getTime() - 1))).toBe(true);
    expect(isWithinPaymentTerm(d, d.expiresAt)).toBe(false);
  });

  it('SIMP-3: days and hours left count real elapsed time, so the 25-hour 29 Feb 2024 gives an extra hour', () => {
    // Initiated at 00:00 on 29 Feb 2024 in Almaty (+06): ends 00:00 on 6 Mar (+05).
    const d = paymentDeadline(at('2024-02-28T18:00:00Z'), ALMATY);
    expect(timeLeft(d, at('2024-02-28T18:00:00Z'))).toMatchObject({ days: 6, hours: 1, minutes: 0, expired: false });
  });

  it('SIMP-3: time left rounds down and stops at zero', () => {
    const d = paymentDeadline(at('2025-06-10T05:00:00Z'), ALMATY);
    expect(timeLeft(d, new Date(d.expiresAt.getTime() - 90_001))).toMatchObject({ days: 0, hours: 0, minutes: 1, expired: false });
    expect(timeLeft(d, new Date(d.expiresAt.getTime() + 5))).toEqual({ ms: 0, days: 0, hours: 0, minutes: 0, expired: true });
  });

  it('SIMP-3: an invalid instant or zone is refused', () => {
    expect(() => paymentDeadline(new Date(Number.NaN), ALMATY)).toThrow(RangeError);
    expect(() => paymentDeadline(at('2025-06-10T05:00:00Z'), 'Asia/Nowhere')).toThrow(RangeError);
  });
});
