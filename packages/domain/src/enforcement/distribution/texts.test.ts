import { describe, expect, it } from 'vitest';
import { EXCLUSION_CODES, EXCLUSION_TEXTS, KIND_TEXTS, REASON_CODES, REASON_TEXTS } from './reasons';
import { BAILIFF_KINDS, DEFAULT_RULES } from './rules';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('ENF-12 kk/ru parity', () => {
  it('ENF-12 every reason code has kk and ru texts with the same placeholders', () => {
    for (const code of REASON_CODES) {
      const t = REASON_TEXTS[code];
      expect(t.kk.trim(), code).not.toBe('');
      expect(t.ru.trim(), code).not.toBe('');
      expect(placeholders(t.kk), code).toEqual(placeholders(t.ru));
    }
  });

  it('ENF-12 every exclusion code, kind and default category has kk and ru names', () => {
    for (const code of EXCLUSION_CODES) expect(EXCLUSION_TEXTS[code].kk && EXCLUSION_TEXTS[code].ru, code).toBeTruthy();
    for (const kind of BAILIFF_KINDS) expect(KIND_TEXTS[kind].kk && KIND_TEXTS[kind].ru, kind).toBeTruthy();
    for (const rule of DEFAULT_RULES.rules) {
      expect(rule.categoryName.kk.trim(), rule.id).not.toBe('');
      expect(rule.categoryName.ru.trim(), rule.id).not.toBe('');
      expect(rule.kinds.length, rule.id).toBeGreaterThan(0);
    }
    expect(new Set(DEFAULT_RULES.rules.map((r) => r.category)).size).toBe(DEFAULT_RULES.rules.length);
  });
});
