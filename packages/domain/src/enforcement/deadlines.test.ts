import { describe, expect, it } from 'vitest';
import { KZ_WORKING_CALENDAR } from '@oryndau/kz';
import {
  addMonths, executionTermDueDate, initiationDueDate, isOverdue, suspendedDays, voluntaryExecutionDueDate,
} from './deadlines';

const cal = KZ_WORKING_CALENDAR;
const zone = 'Asia/Almaty';
const at = (local: string): Date => new Date(`${local}+05:00`);

describe('ENF-3: initiation due in three working days', () => {
  it('ENF-3: receipt on Fri 2026-03-20 skips the weekend and Nauryz (23–25 Mar) → Mon 2026-03-30', () => {
    expect(initiationDueDate(at('2026-03-20T10:00:00'), zone, cal)).toBe('2026-03-30');
  });
  it('ENF-3: receipt on a plain Monday → Thursday', () => {
    expect(initiationDueDate(at('2026-04-06T09:00:00'), zone, cal)).toBe('2026-04-09');
  });
  it('ENF-3: the day is taken in the department zone, not UTC', () => {
    // 2026-04-09 23:30 local is still 18:30 UTC on the 9th; 2026-04-10 00:30 local is 19:30 UTC on the 9th.
    expect(initiationDueDate(new Date('2026-04-09T19:30:00Z'), zone, cal)).toBe('2026-04-15');
  });
  it('ENF-3: receipt on Saturday counts from the following working days', () => {
    expect(initiationDueDate(at('2026-04-11T12:00:00'), zone, cal)).toBe('2026-04-15');
  });
});

describe('ENF-10: voluntary execution', () => {
  it('ENF-10: 5 calendar days from the notice', () => {
    expect(voluntaryExecutionDueDate('2026-04-06', false, cal)).toBe('2026-04-13'); // 6 + 5 = Sat 11 → Mon 13
    expect(voluntaryExecutionDueDate('2026-04-01', false, cal)).toBe('2026-04-06');
  });
  it('ENF-10: calendar days include holidays; the end moves off a non-working day', () => {
    expect(voluntaryExecutionDueDate('2026-03-18', false, cal)).toBe('2026-03-26'); // 18 + 5 = 23 (Nauryz), 24–25 moved days off → 26
  });
  it('ENF-10: none for immediate execution', () => {
    expect(voluntaryExecutionDueDate('2026-04-06', true, cal)).toBeNull();
  });
});

describe('ENF-10: execution term of 2 (4) months, suspended time not counted', () => {
  it('ENF-10: addMonths clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-12-31', 2)).toBe('2025-02-28');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });

  it('ENF-10: 2 months from initiation, 4 when extended', () => {
    const base = { initiatedAt: at('2026-04-06T10:00:00'), suspensions: [], zone, asOf: at('2026-04-06T10:00:00') };
    expect(executionTermDueDate({ ...base, extended: false }, cal)).toBe('2026-06-08'); // Sat 6 Jun → Mon 8 Jun
    expect(executionTermDueDate({ ...base, extended: true }, cal)).toBe('2026-08-06');
  });

  it('ENF-5/ENF-10: suspended days are added back, open periods up to asOf', () => {
    const initiatedAt = at('2026-04-06T10:00:00');
    const closed = [{ from: at('2026-04-10T10:00:00'), until: at('2026-04-20T16:00:00'), groundCode: 'suspension.bankruptcy' }];
    expect(suspendedDays(closed, zone, at('2026-05-01T00:00:00'))).toBe(10);
    expect(executionTermDueDate({ initiatedAt, extended: false, suspensions: closed, zone, asOf: initiatedAt }, cal)).toBe('2026-06-16');
    const open = [{ from: at('2026-05-01T10:00:00'), until: null, groundCode: 'suspension.bankruptcy' }];
    expect(suspendedDays(open, zone, at('2026-05-04T09:00:00'))).toBe(3);
    expect(executionTermDueDate({ initiatedAt, extended: true, suspensions: [...closed, ...open], zone, asOf: at('2026-05-04T09:00:00') }, cal))
      .toBe('2026-08-19');
  });

  it('ENF-2: overdue only after the whole due day has passed in the zone', () => {
    expect(isOverdue('2026-03-30', at('2026-03-30T23:59:00'), zone)).toBe(false);
    expect(isOverdue('2026-03-30', at('2026-03-31T00:00:00'), zone)).toBe(true);
  });
});
