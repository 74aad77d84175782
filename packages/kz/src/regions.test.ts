import { describe, expect, it } from 'vitest';
import { REGIONS, regionById, regionOfKato } from './regions';
import { isValidTimeZone } from './time-zone';

describe('regions (DOMAIN.md Territories)', () => {
  it('17 regions and 3 cities of republican significance, 20 in all', () => {
    expect(REGIONS).toHaveLength(20);
    expect(REGIONS.filter((r) => r.kind === 'region')).toHaveLength(17);
    expect(REGIONS.filter((r) => r.kind === 'city').map((r) => r.name.en)).toEqual(['Astana', 'Almaty', 'Shymkent']);
  });

  it('ids are unique 9-digit KATO codes matching the ISO 3166-2 code', () => {
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(20);
    for (const r of REGIONS) {
      expect(r.id).toMatch(/^\d{2}0{7}$/);
      expect(r.iso).toBe(`KZ-${r.id.slice(0, 2)}`);
    }
    expect(regionById('710000000')?.name.en).toBe('Astana');
    expect(regionById('750000000')?.name.en).toBe('Almaty');
    expect(regionById('790000000')?.name.en).toBe('Shymkent');
    expect(regionById('610000000')?.name.ru).toBe('Туркестанская область');
  });

  it('every zone resolves in Intl', () => {
    for (const r of REGIONS) expect(isValidTimeZone(r.zone), r.zone).toBe(true);
  });

  it('western regions and Kostanay have their own zones, all others Asia/Almaty', () => {
    const zoneOf = (en: string) => REGIONS.find((r) => r.name.en === en)?.zone;
    expect(zoneOf('Aktobe Region')).toBe('Asia/Aqtobe');
    expect(zoneOf('Atyrau Region')).toBe('Asia/Atyrau');
    expect(zoneOf('Mangystau Region')).toBe('Asia/Aqtau');
    expect(zoneOf('West Kazakhstan Region')).toBe('Asia/Oral');
    expect(zoneOf('Kyzylorda Region')).toBe('Asia/Qyzylorda');
    expect(zoneOf('Kostanay Region')).toBe('Asia/Qostanay');
    expect(REGIONS.filter((r) => r.zone === 'Asia/Almaty')).toHaveLength(14);
  });

  it('SIMP-1: Zhambyl region, centre Taraz (the pilot city)', () => {
    const zhambyl = regionById('310000000');
    expect(zhambyl?.name).toEqual({ kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' });
    expect(zhambyl?.centre).toEqual({ kk: 'Тараз', ru: 'Тараз', en: 'Taraz' });
  });

  it('X-1: every name and centre exists in kk and ru', () => {
    for (const r of REGIONS) {
      for (const text of [r.name, r.centre]) {
        expect(text.kk.trim()).not.toBe('');
        expect(text.ru.trim()).not.toBe('');
      }
    }
  });

  it('regionOfKato maps a settlement code to its region by the first two digits', () => {
    expect(regionOfKato('621039202')?.name.en).toBe('Ulytau Region');
    expect(regionOfKato('334035400')?.name.en).toBe('Zhetysu Region');
    expect(regionOfKato('990000000')).toBeUndefined();
    expect(regionOfKato('62103920')).toBeUndefined();
    expect(regionById('nope')).toBeUndefined();
  });
});
