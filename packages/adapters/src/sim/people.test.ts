import { describe, expect, it } from 'vitest';
import { iinHints, isValidIin, regionById } from '@oryndau/kz';
import { buildIin } from './iin';
import { PILOT_REGION_ID } from './kz-data';
import { ABSENT_PERSON_PERCENT, simulatedPerson, simulatedPhone } from './people';

const iins = Array.from({ length: 300 }, (_, i) =>
  buildIin({ year: 1970 + (i % 35), month: 1 + (i % 12), day: 1 + (i % 28), sex: i % 3 ? 'male' : 'female', serial: i * 7 }),
).filter((iin): iin is string => iin !== null);

describe('simulated population', () => {
  it('X-5: buildIin mints IINs @oryndau/kz accepts, with the date and sex they were built from', () => {
    expect(buildIin({ year: 1979, month: 10, day: 28, sex: 'male', serial: 272 })).toBe('791028302728');
    expect(buildIin({ year: 2006, month: 12, day: 11, sex: 'female', serial: 1 })).toBe('061211600012');
    expect(iins.length).toBeGreaterThan(250);
    for (const iin of iins) expect(isValidIin(iin), iin).toBe(true);
    expect(iinHints(buildIin({ year: 1899, month: 2, day: 3, sex: 'female', serial: 5 }) ?? '')).toMatchObject({
      birthDate: '1899-02-03',
      sex: 'female',
    });
  });

  it('X-5: buildIin returns null when no check digit exists for the parts', () => {
    // 85031430045: Σ dᵢ·(1…11) = 175 and Σ dᵢ·(3…11,1,2) = 142, both ≡ 10 (mod 11).
    expect(buildIin({ year: 1985, month: 3, day: 14, sex: 'male', serial: 45 })).toBeNull();
    expect(buildIin({ year: 1985, month: 3, day: 14, sex: 'male', serial: 46 })).not.toBeNull();
  });

  it('X-5: a person is a pure function of the IIN and agrees with the IIN’s date and sex', () => {
    for (const iin of iins.slice(0, 50)) {
      const person = simulatedPerson(iin);
      expect(simulatedPerson(iin)).toEqual(person);
      if (person === null) continue;
      const hints = iinHints(iin);
      expect(person.birthDate).toBe(hints.birthDate);
      expect(person.sex).toBe(hints.sex);
      const region = regionById(person.registeredAddress.regionCode);
      expect(region, person.registeredAddress.regionCode).toBeDefined();
      expect(person.registeredAddress.region).toEqual({ kk: region?.name.kk, ru: region?.name.ru });
      expect(person.registeredAddress.locality).toEqual({ kk: region?.centre.kk, ru: region?.centre.ru });
    }
  });

  it('SIMP-2: phones are +7 7xx xxx xx xx with real operator codes', () => {
    for (const iin of iins) {
      const phone = simulatedPhone(iin)?.phone;
      if (phone !== undefined) expect(phone).toMatch(/^\+7 7(0[0-8]|47|7[1-8]) \d{3} \d{2} \d{2}$/);
    }
  });

  it('LIC-3: a few percent of IINs are unknown to ГБД ФЛ, never an invalid IIN passes', () => {
    const absent = iins.filter((iin) => simulatedPerson(iin) === null).length / iins.length;
    expect(absent).toBeGreaterThan(ABSENT_PERSON_PERCENT / 100 / 3);
    expect(absent).toBeLessThan((ABSENT_PERSON_PERCENT / 100) * 3);
    expect(simulatedPerson('791028302729')).toBeNull();
  });

  it('SIMP-1 X-1: addresses use KATO region ids, lean towards the Zhambyl pilot and read in kk and ru', () => {
    const people = iins.map(simulatedPerson).filter((p) => p !== null);
    const codes = people.map((p) => p.registeredAddress.regionCode);
    expect(new Set(codes).size).toBeGreaterThan(10);
    const pilotShare = codes.filter((c) => c === PILOT_REGION_ID).length / codes.length;
    expect(pilotShare).toBeGreaterThan(0.2);
    const taraz = people.find((p) => p.registeredAddress.regionCode === '310000000');
    expect(taraz?.registeredAddress.full.ru).toMatch(/^Жамбылская область, г\. Тараз, /);
    expect(taraz?.registeredAddress.full.kk).toMatch(/^Жамбыл облысы, Тараз қ\., /);
    const city = people.find((p) => p.registeredAddress.regionCode === '750000000');
    expect(city?.registeredAddress.full.ru).toMatch(/^г\. Алматы, /);
  });
});
