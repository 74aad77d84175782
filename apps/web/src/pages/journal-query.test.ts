import { describe, expect, it } from 'vitest';
import { iinProblem, parseDay, toJournalQuery } from './journal-query.ts';

describe('X-2: journal filters become the GET /api/journal query', () => {
  it('drops blanks, trims text and turns days into instants of the user zone', () => {
    expect(toJournalQuery({ actor: ' 800101300006 ', action: '', objectType: undefined, objectId: 'x1' }, 'UTC'))
      .toEqual({ actor: '800101300006', objectId: 'x1' });
    expect(toJournalQuery({ fromDay: '06.03.2026', toDay: '7.3.2026' }, 'Asia/Tokyo')).toEqual({
      from: '2026-03-05T15:00:00.000Z',
      to: '2026-03-07T14:59:59.999Z',
    });
  });

  it('X-2 issue 12: filters by the person concerned, by actor, action and object (type + id) together', () => {
    expect(toJournalQuery({
      person: ' 920707300005', actor: '800101300006', action: 'enforcement.viewed', objectType: 'proceeding', objectId: ' p-1 ',
    }, 'Asia/Almaty')).toEqual({
      person: '920707300005', actor: '800101300006', action: 'enforcement.viewed', objectType: 'proceeding', objectId: 'p-1',
    });
    expect(toJournalQuery({ person: '   ' }, 'UTC')).toEqual({});
  });

  it('reads days written ДД.ММ.ГГГГ and rejects impossible ones', () => {
    expect(parseDay('06.03.2026')).toBe('2026-03-06');
    expect(parseDay(' 1.12.2025 ')).toBe('2025-12-01');
    expect(parseDay('29.02.2028')).toBe('2028-02-29');
    expect(parseDay('29.02.2026')).toBeNull();
    expect(parseDay('31.04.2026')).toBeNull();
    expect(parseDay('2026-03-06')).toBeNull();
    expect(parseDay('')).toBeNull();
  });

  it('X-2: checks an IIN as it is typed — digits at once, the length when the field is left or sent', () => {
    for (const complete of [false, true]) {
      expect(iinProblem(undefined, complete)).toBeNull();
      expect(iinProblem('', complete)).toBeNull();
      expect(iinProblem('  ', complete)).toBeNull();
      expect(iinProblem('92070730000a', complete)).toBe('iinDigits');
      expect(iinProblem('9207-07', complete)).toBe('iinDigits');
      expect(iinProblem('920707300005', complete)).toBeNull();
      expect(iinProblem(' 920707300005 ', complete)).toBeNull();
      expect(iinProblem('9207073000051', complete)).toBe('iinInvalid');
    }
    expect(iinProblem('920707', false)).toBeNull();
    expect(iinProblem('920707', true)).toBe('iinInvalid');
  });
});
