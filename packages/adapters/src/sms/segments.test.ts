import { describe, expect, it } from 'vitest';
import { formatKzMobile } from '../phone';
import { smsSegments } from './segments';

describe('SMS parts and phone spelling', () => {
  it('X-4: Latin text fits 160 per part; any Kazakh letter forces UCS-2 (70, then 67 per part)', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('қ'.repeat(70))).toBe(1);
    expect(smsSegments('қ'.repeat(71))).toBe(2);
    expect(smsSegments(`${'a'.repeat(100)}ә`)).toBe(2);
  });

  it('SIMP-2: common spellings of a Kazakh mobile number normalise; landlines do not', () => {
    for (const raw of ['87015551234', '+7 (701) 555-12-34', '7015551234', '77015551234']) {
      expect(formatKzMobile(raw)).toBe('+7 701 555 12 34');
    }
    expect(formatKzMobile('+7 7172 55 66 77')).toBeNull();
    expect(formatKzMobile('+7 495 123 45 67')).toBeNull();
  });
});
