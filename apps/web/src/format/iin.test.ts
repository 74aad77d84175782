import { describe, expect, it } from 'vitest';
import { isTwelveDigits } from './iin.ts';

describe('X-3: sign-in IIN shape check', () => {
  it('accepts exactly 12 digits only', () => {
    expect(isTwelveDigits('800101300006')).toBe(true);
    expect(isTwelveDigits('80010130000')).toBe(false);
    expect(isTwelveDigits('8001013000061')).toBe(false);
    expect(isTwelveDigits('80010130000a')).toBe(false);
    expect(isTwelveDigits(' 800101300006')).toBe(false);
    expect(isTwelveDigits('８００１０１３０００６')).toBe(false);
  });
});
