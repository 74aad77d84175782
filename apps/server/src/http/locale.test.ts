import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locale';

describe('issue 11 item 7: the caller\'s language from Accept-Language', () => {
  it('issue 11 item 7 X-1: q-values decide, not the order of the tags', () => {
    expect(resolveLocale('ru;q=0.9, kk;q=0.8', undefined)).toBe('ru');
    expect(resolveLocale('kk;q=0.1, ru;q=0.5', undefined)).toBe('ru');
    expect(resolveLocale('en-US,en;q=0.9,kk;q=0.3,ru;q=0.7', 'kk')).toBe('ru');
    expect(resolveLocale('ru-RU;q=0.2, kk-KZ', undefined)).toBe('kk');
  });
  it('issue 11 item 7 X-1: q=0 refuses a language; equal weights keep the header order; else the saved locale, else kk', () => {
    expect(resolveLocale('kk;q=0, ru;q=0.1', undefined)).toBe('ru');
    expect(resolveLocale('ru, kk', 'kk')).toBe('ru');
    expect(resolveLocale('kk, ru', 'ru')).toBe('kk');
    expect(resolveLocale('en, de;q=0.5', 'ru')).toBe('ru');
    expect(resolveLocale(undefined, undefined)).toBe('kk');
    expect(resolveLocale('ru;q=abc', undefined)).toBe('ru');
  });
});
