import { describe, expect, it } from 'vitest';
import { lookupKey } from '../i18n/catalog.ts';
import { kk } from '../i18n/kk.ts';
import { ru } from '../i18n/ru.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import { durationParts, formatDuration, pluralCategory, splitDuration, timeLeft } from './time-left.ts';

const H = 3_600_000;
const catalogs = { kk, ru };
const say = (language: UiLanguage, ms: number) =>
  formatDuration(durationParts(splitDuration(ms)), language, (key, count) =>
    (lookupKey(catalogs[language], key) ?? `<${key}>`).replace('{{count}}', String(count)));

describe('SIMP-3: time left to pay, on the server\'s clock', () => {
  const times = { expiresAt: '2026-03-06T19:00:00.000Z', serverNow: '2026-03-01T19:30:00.000Z' };

  it('counts from serverNow, not from this browser\'s clock', () => {
    // 4 days 23 hours 30 minutes before the deadline, whatever the phone thinks the time is.
    expect(timeLeft(times)).toEqual({ expired: false, totalMs: 119.5 * H, days: 4, hours: 23, minutes: 30 });
  });

  it('adds only the time passed here since the answer arrived', () => {
    expect(timeLeft(times, 2 * H)).toMatchObject({ days: 4, hours: 21, minutes: 30 });
    expect(timeLeft(times, 119 * H + 29 * 60_000)).toMatchObject({ expired: false, days: 0, hours: 0, minutes: 1 });
    // A clock that went backwards does not give time back.
    expect(timeLeft(times, -5 * H)).toEqual(timeLeft(times));
  });

  it('rounds down and says expired at the first instant too late', () => {
    expect(timeLeft({ expiresAt: '2026-03-06T19:00:00Z', serverNow: '2026-03-06T18:59:59.999Z' }))
      .toEqual({ expired: false, totalMs: 1, days: 0, hours: 0, minutes: 0 });
    expect(timeLeft({ expiresAt: '2026-03-06T19:00:00Z', serverNow: '2026-03-06T19:00:00Z' })?.expired).toBe(true);
    expect(timeLeft({ expiresAt: '2026-03-06T19:00:00Z', serverNow: '2026-03-07T10:00:00Z' }))
      .toEqual({ expired: true, totalMs: 0, days: 0, hours: 0, minutes: 0 });
  });

  it('refuses to guess from unreadable instants', () => {
    expect(timeLeft({ expiresAt: 'soon', serverNow: '2026-03-06T19:00:00Z' })).toBeNull();
    expect(timeLeft({ expiresAt: '2026-03-06T19:00:00Z', serverNow: '' })).toBeNull();
  });

  it('says the two largest units', () => {
    expect(durationParts({ days: 4, hours: 0, minutes: 59 })).toEqual([{ unit: 'days', count: 4 }, { unit: 'hours', count: 0 }]);
    expect(durationParts({ days: 0, hours: 5, minutes: 12 })).toEqual([{ unit: 'hours', count: 5 }, { unit: 'minutes', count: 12 }]);
    expect(durationParts({ days: 0, hours: 0, minutes: 7 })).toEqual([{ unit: 'minutes', count: 7 }]);
  });

  it('speaks Russian plurals and Kazakh\'s single form', () => {
    expect(pluralCategory('ru', 1)).toBe('one');
    expect(pluralCategory('ru', 21)).toBe('one');
    expect(pluralCategory('ru', 3)).toBe('few');
    expect(pluralCategory('ru', 11)).toBe('many');
    expect(pluralCategory('ru', 5)).toBe('many');
    expect(say('ru', 119.5 * H)).toBe('4 дня 23 часа');
    expect(say('ru', 1 * 24 * H + 1 * H)).toBe('1 день 1 час');
    expect(say('ru', 5 * 24 * H + 11 * H)).toBe('5 дней 11 часов');
    expect(say('ru', 2 * H + 21 * 60_000)).toBe('2 часа 21 минута');
    expect(say('kk', 119.5 * H)).toBe('4 күн 23 сағат');
    expect(say('kk', 25 * 60_000)).toBe('25 минут');
  });

  it('has every plural form of every unit in both catalogs', () => {
    for (const language of ['kk', 'ru'] as const) {
      for (const unit of ['days', 'hours', 'minutes']) {
        for (const form of ['one', 'few', 'many', 'other']) {
          expect(lookupKey(catalogs[language], `simp.units.${unit}.${form}`), `${language} ${unit}.${form}`).toContain('{{count}}');
        }
      }
    }
  });
});
