import { describe, expect, it } from 'vitest';
import { regionName, regionOptions } from './regions.ts';

describe('ENF-1: regions of the parties (KATO)', () => {
  it('ENF-1: offers the 20 regions and cities, the three cities first', () => {
    const options = regionOptions('ru');
    expect(options).toHaveLength(20);
    expect(options.slice(0, 3).map((o) => o.value).sort()).toEqual(['710000000', '750000000', '790000000']);
    expect(options.find((o) => o.value === '310000000')?.label).toBe('Жамбылская область');
    expect(regionOptions('kk').find((o) => o.value === '310000000')?.label).toBe('Жамбыл облысы');
  });

  it('ENF-1: names a district code by its region', () => {
    expect(regionName('311010000', 'ru')).toBe('Жамбылская область');
    expect(regionName('999', 'kk')).toBe('999');
    expect(regionName(null, 'kk')).toBe('—');
  });
});
