import { KZ_WORKING_CALENDAR, createWorkingCalendar } from '@oryndau/kz';
import { describe, expect, it } from 'vitest';
import { courtReceipt } from './receipt';

const cal = KZ_WORKING_CALENDAR;
const at = (iso: string): Date => new Date(iso);
const ALMATY = { zone: 'Asia/Almaty', workdayEnd: '18:30' };

describe('FILE-13 ISSUE-14 item 7: receipt time in the court\'s zone (seed 003 §35–41, ГПК art. 123)', () => {
  it('FILE-13 ISSUE-14 item 7: Node\'s tzdata has Almaty at UTC+6 before and UTC+5 after 1 March 2024', () => {
    const offset = (iso: string) => new Intl.DateTimeFormat('en', { timeZone: 'Asia/Almaty', timeZoneName: 'shortOffset' })
      .formatToParts(at(iso)).find((p) => p.type === 'timeZoneName')!.value;
    expect(offset('2024-02-29T12:00:00Z')).toBe('GMT+6');
    expect(offset('2024-03-02T12:00:00Z')).toBe('GMT+5');
  });

  it('FILE-13 ISSUE-14 item 7: east and west before the change — the same instant is an hour apart', () => {
    // Tue 27 Feb 2024 12:45 UTC: 18:45 in Almaty (after hours), 17:45 in Aqtobe/Oral/Atyrau (in hours).
    const instant = at('2024-02-27T12:45:00Z');
    expect(courtReceipt(instant, ALMATY, cal)).toEqual({
      localDateTime: '2024-02-27T18:45:00', receiptDate: '2024-02-27', registrationDay: '2024-02-28',
    });
    for (const zone of ['Asia/Aqtobe', 'Asia/Oral', 'Asia/Atyrau']) {
      expect(courtReceipt(instant, { zone, workdayEnd: '18:30' }, cal)).toEqual({
        localDateTime: '2024-02-27T17:45:00', receiptDate: '2024-02-27', registrationDay: '2024-02-27',
      });
    }
  });

  it('FILE-13 ISSUE-14 item 7: across 1 March 2024 Almaty\'s receipt date follows its new offset', () => {
    // 18:30 UTC on 29 Feb: 00:30 on 1 Mar at +6 — but Almaty moved at local midnight, so it is 23:30 on 29 Feb (the repeated hour).
    expect(courtReceipt(at('2024-02-29T18:30:00Z'), ALMATY, cal).localDateTime).toBe('2024-02-29T23:30:00');
    // After the change: 19:10 UTC on 1 Mar is 00:10 on 2 Mar (+5), a Saturday → Monday 4 Mar.
    expect(courtReceipt(at('2024-03-01T19:10:00Z'), ALMATY, cal)).toEqual({
      localDateTime: '2024-03-02T00:10:00', receiptDate: '2024-03-02', registrationDay: '2024-03-04',
    });
    // 13:00 UTC on 4 Mar is 18:00 in Almaty now (+5), in hours; it would have been 19:00 at +6.
    expect(courtReceipt(at('2024-03-04T13:00:00Z'), ALMATY, cal).registrationDay).toBe('2024-03-04');
  });

  it('FILE-13 ISSUE-14 item 7: 23:50 local on the last day keeps that day as the receipt date (ГПК 123 p.5, p.7)', () => {
    // Fri 13 Mar 2026 23:50 in Almaty (+5) = 18:50 UTC.
    expect(courtReceipt(at('2026-03-13T18:50:00Z'), ALMATY, cal)).toEqual({
      localDateTime: '2026-03-13T23:50:00', receiptDate: '2026-03-13', registrationDay: '2026-03-16',
    });
  });

  it('FILE-13 ISSUE-14 item 7: exactly at the end of the working day is the next working day; a second before is today', () => {
    expect(courtReceipt(at('2026-03-17T13:30:00Z'), ALMATY, cal).registrationDay).toBe('2026-03-18');
    expect(courtReceipt(at('2026-03-17T13:29:59Z'), ALMATY, cal)).toEqual({
      localDateTime: '2026-03-17T18:29:59', receiptDate: '2026-03-17', registrationDay: '2026-03-17',
    });
  });

  it('FILE-13 ISSUE-14 item 7: weekends and the calendar\'s holidays move registration (Nauryz 2026)', () => {
    // Sat 14 Mar 2026 noon → Mon 16 Mar.
    expect(courtReceipt(at('2026-03-14T07:00:00Z'), ALMATY, cal).registrationDay).toBe('2026-03-16');
    // Fri 20 Mar after hours → 23 Mar holiday, 24–25 Mar moved days off → Thu 26 Mar.
    expect(courtReceipt(at('2026-03-20T14:00:00Z'), ALMATY, cal).registrationDay).toBe('2026-03-26');
    // Mon 23 Mar (Nauryz) at 10:00, within the hours but not a working day.
    expect(courtReceipt(at('2026-03-23T05:00:00Z'), ALMATY, cal)).toEqual({
      localDateTime: '2026-03-23T10:00:00', receiptDate: '2026-03-23', registrationDay: '2026-03-26',
    });
  });

  it('FILE-13 ISSUE-14 item 7: the calendar passed in decides (a worked Saturday registers the same day)', () => {
    const worked = createWorkingCalendar([{ date: '2026-03-14', kind: 'working_day' }]);
    expect(courtReceipt(at('2026-03-14T07:00:00Z'), ALMATY, worked).registrationDay).toBe('2026-03-14');
  });

  it('ISSUE-14 item 7: a malformed workdayEnd or zone is refused', () => {
    expect(() => courtReceipt(at('2026-03-17T05:00:00Z'), { zone: 'Asia/Almaty', workdayEnd: '6pm' }, cal)).toThrow(RangeError);
    expect(() => courtReceipt(at('2026-03-17T05:00:00Z'), { zone: 'Mars/Olympus', workdayEnd: '18:00' }, cal)).toThrow(RangeError);
  });
});
