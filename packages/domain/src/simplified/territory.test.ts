import { describe, expect, it } from 'vitest';
import { TARAZ_KATO, katoPrefix, katoWithin, zoneOfTerritory } from './territory';

describe('SIMP-1: KATO territories', () => {
  it('SIMP-1: the significant prefix stops at the last non-zero level', () => {
    expect(katoPrefix('310000000')).toBe('31');
    expect(katoPrefix(TARAZ_KATO)).toBe('3110');
    expect(katoPrefix('311010000')).toBe('311010');
    expect(katoPrefix('311010001')).toBe('311010001');
    expect(() => katoPrefix('31')).toThrow(RangeError);
  });

  it('SIMP-1: "within" follows levels, so Taraz (3110…) does not cover a district coded 3116…', () => {
    expect(katoWithin('311010000', TARAZ_KATO)).toBe(true);
    expect(katoWithin(TARAZ_KATO, TARAZ_KATO)).toBe(true);
    expect(katoWithin('311600000', TARAZ_KATO)).toBe(false);
    expect(katoWithin('310000000', TARAZ_KATO)).toBe(false);
    expect(katoWithin('311010000', '310000000')).toBe(true);
    expect(katoWithin('not-kato', '310000000')).toBe(false);
  });

  it('SIMP-5: a territory\'s zone is its region\'s (Taraz → Asia/Almaty, Aktobe → Asia/Aqtobe)', () => {
    expect(zoneOfTerritory('311010000')).toBe('Asia/Almaty');
    expect(zoneOfTerritory('151010000')).toBe('Asia/Aqtobe');
    expect(() => zoneOfTerritory('990000000')).toThrow(RangeError);
  });
});
