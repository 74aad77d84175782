import { describe, expect, it } from 'vitest';
import { tiynOf } from './writ-amount.ts';

describe('FILE-16: the writ\'s sum as typed', () => {
  it('FILE-16: tenge with a comma or a point and spaces become tiyn; anything else is refused', () => {
    expect(tiynOf('500000,50')).toBe(50_000_050);
    expect(tiynOf('500 000.5')).toBe(50_000_050);
    expect(tiynOf('1')).toBe(100);
    expect(tiynOf('0')).toBeNull();
    expect(tiynOf('0,00')).toBeNull();
    expect(tiynOf('1,234')).toBeNull();
    expect(tiynOf('-5')).toBeNull();
    expect(tiynOf('abc')).toBeNull();
  });
});
