import { describe, expect, it } from 'vitest';
import { LOCALES, isLocale } from './locale';

describe('locale', () => {
  it('X-1: Kazakh and Russian, Kazakh first', () => {
    expect(LOCALES).toEqual(['kk', 'ru']);
  });

  it('isLocale accepts only kk and ru', () => {
    expect(isLocale('kk')).toBe(true);
    expect(isLocale('ru')).toBe(true);
    for (const other of ['en', 'kk-KZ', 'KK', '', null, undefined, 1]) expect(isLocale(other)).toBe(false);
  });
});
