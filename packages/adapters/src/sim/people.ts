import { REGIONS, addDays, iinHints, isValidIin, type Region } from '@oryndau/kz';
import type { Person, PersonAddress, IdentityDocument, PersonSex } from '../gbd-fl/port';
import type { MobilePhoneRecord } from '../mobile-citizens/port';
import type { IsoDate } from '../localized';
import { addYears, isoDate, yearOf } from './dates';
import {
  FATHER_NAMES,
  FEMALE_NAMES,
  FOREIGN_CITIZENSHIPS,
  MALE_NAMES,
  MOBILE_PREFIXES,
  PILOT_REGION,
  SIM_STREETS,
  SURNAMES,
  localizedOf,
} from './kz-data';
import { Rng, bucketOf } from './prng';

// The simulated population: everything about a person is a pure function of
// the IIN, so ГБД ФЛ, the mobile-citizens base and ЕРАП agree with each other
// and a demo shows the same debtor on every run.

/** Share of valid IINs ГБД ФЛ does not know (LIC-3 refusal path). */
export const ABSENT_PERSON_PERCENT = 8;
/** Share of IINs without a registered phone (SIMP-2: no simplified proceeding). */
export const NO_PHONE_PERCENT = 20;
/** Documents are dated relative to this year, not to today, so data never drifts. */
const REFERENCE_YEAR = 2025;

export function simulatedPerson(iin: string): Person | null {
  if (!isValidIin(iin) || bucketOf(`gbd-fl:${iin}`) < ABSENT_PERSON_PERCENT) return null;
  return derivedPerson(iin);
}

/** The person an IIN derives to, even one of the absent share (for a simulator told to know them). */
export function derivedPerson(iin: string): Person {
  const rng = new Rng(`person:${iin}`);
  const hints = iinHints(iin);
  const sex: PersonSex = hints.sex ?? (rng.chance(0.5) ? 'male' : 'female');
  const birthDate = hints.birthDate ?? isoDate(rng.int(1955, 2006), rng.int(1, 12), rng.int(1, 28));
  const surname = rng.pick(SURNAMES);
  const father = rng.pick(FATHER_NAMES);
  const citizenship = rng.chance(0.04) ? rng.pick(FOREIGN_CITIZENSHIPS) : 'KZ';
  return {
    iin,
    surname: sex === 'female' ? feminineSurname(surname) : surname,
    name: rng.pick(sex === 'male' ? MALE_NAMES : FEMALE_NAMES),
    patronymic: rng.chance(0.05) ? null : patronymic(father, sex, rng.chance(0.7)),
    birthDate,
    sex,
    citizenship,
    registeredAddress: simulatedAddress(rng),
    document: simulatedDocument(rng, birthDate, citizenship),
  };
}

export function simulatedPhone(iin: string): MobilePhoneRecord | null {
  if (!isValidIin(iin) || bucketOf(`mobile-citizens:${iin}`) < NO_PHONE_PERCENT) return null;
  const rng = new Rng(`phone:${iin}`);
  const { prefix, operator } = rng.pick(MOBILE_PREFIXES);
  return {
    iin,
    phone: `+7 ${prefix} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    operator,
    registeredOn: addDays('2019-01-01', rng.int(0, 2400)),
  };
}

/** A region weighted towards the pilot region, so demo fines land where SIMP applies. */
export function simulatedRegion(rng: Rng): Region {
  return rng.chance(0.3) ? PILOT_REGION : rng.pick(REGIONS);
}

function simulatedAddress(rng: Rng): PersonAddress {
  const region = simulatedRegion(rng);
  const street = rng.pick(SIM_STREETS);
  const house = String(rng.int(1, 180));
  const apartment = rng.chance(0.7) ? String(rng.int(1, 240)) : null;
  const isCity = region.kind === 'city';
  const kkRegion = isCity ? '' : `${region.name.kk}, `;
  const ruRegion = isCity ? '' : `${region.name.ru}, `;
  return {
    regionCode: region.id,
    region: localizedOf(region.name),
    locality: localizedOf(region.centre),
    street,
    house,
    apartment,
    full: {
      kk: `${kkRegion}${region.centre.kk} қ., ${street.kk}, ${house}-үй${apartment ? `, ${apartment}-пәтер` : ''}`,
      ru: `${ruRegion}г. ${region.centre.ru}, ${street.ru}, д. ${house}${apartment ? `, кв. ${apartment}` : ''}`,
    },
  };
}

function simulatedDocument(rng: Rng, birthDate: IsoDate, citizenship: string): IdentityDocument {
  const interior = { kk: 'ҚР ІІМ', ru: 'МВД РК' };
  // Identity cards are issued from 16; younger people are known by their birth record.
  if (yearOf(birthDate) + 16 > REFERENCE_YEAR) {
    return {
      type: 'birth_certificate',
      number: rng.digits(7),
      issuedOn: addDays(birthDate, rng.int(3, 30)),
      validUntil: null,
      issuer: { kk: 'АХАЖ органы', ru: 'Орган ЗАГС' },
    };
  }
  const issuedYear = rng.int(Math.max(yearOf(birthDate) + 16, REFERENCE_YEAR - 9), REFERENCE_YEAR);
  const issuedOn = isoDate(issuedYear, rng.int(1, 12), rng.int(1, 28));
  if (citizenship !== 'KZ') {
    return { type: 'residence_permit', number: `F${rng.digits(8)}`, issuedOn, validUntil: addYears(issuedOn, 10), issuer: interior };
  }
  const passport = rng.chance(0.2);
  return {
    type: passport ? 'passport' : 'id_card',
    number: passport ? `N${rng.digits(8)}` : `0${rng.digits(8)}`,
    issuedOn,
    validUntil: addYears(issuedOn, 10),
    issuer: interior,
  };
}

function feminineSurname(surname: string): string {
  return /(ов|ев|ин)$/.test(surname) ? `${surname}а` : surname;
}

function patronymic(father: string, sex: PersonSex, kazakhForm: boolean): string {
  if (kazakhForm) return `${father}${sex === 'male' ? 'ұлы' : 'қызы'}`;
  return `${father}${sex === 'male' ? 'ович' : 'овна'}`;
}
