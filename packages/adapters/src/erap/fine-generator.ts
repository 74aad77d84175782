import { addDays, mrpToTiyn, regionById, type Region } from '@oryndau/kz';
import type { LocalizedText } from '../localized';
import { yearOf } from '../sim/dates';
import { buildIin } from '../sim/iin';
import { localizedOf } from '../sim/kz-data';
import { simulatedPerson, simulatedRegion } from '../sim/people';
import { Rng } from '../sim/prng';
import type { ErapArticle, ErapFine } from './port';

// Deterministic demo fines: fine number `seq` of simulator seed `seed` is
// always the same fine, so an ingested fine keeps its id across restarts and
// ingestion can de-duplicate on it.

/** Sample articles for demo data — numbers and titles as commonly cited, not an authoritative list. */
const ARTICLES: readonly { readonly article: ErapArticle; readonly mrpCount: number }[] = [
  { article: art('592', '1', 'Белгіленген жылдамдықты асыру', 'Превышение установленной скорости движения'), mrpCount: 5 },
  { article: art('592', '2', 'Белгіленген жылдамдықты асыру', 'Превышение установленной скорости движения'), mrpCount: 10 },
  { article: art('592', '3', 'Белгіленген жылдамдықты асыру', 'Превышение установленной скорости движения'), mrpCount: 20 },
  { article: art('434', '1', 'Ұсақ бұзақылық', 'Мелкое хулиганство'), mrpCount: 5 },
  {
    article: art('440', '1', 'Қоғамдық орындарда алкогольдік ішімдіктер ішу', 'Распитие алкогольных напитков в общественных местах'),
    mrpCount: 3,
  },
  {
    article: art('505', '1', 'Аумақтарды абаттандыру қағидаларын бұзу', 'Нарушение правил благоустройства территорий'),
    mrpCount: 7,
  },
];

export interface FineOverrides {
  readonly offenderIin?: string;
  readonly mrpCount?: number;
  /** KATO id of a region or city from @oryndau/kz REGIONS, e.g. `310000000` (Zhambyl). */
  readonly regionCode?: string;
  readonly caseOpenedOn?: string;
}

export function generateFine(seed: number, seq: number, overrides: FineOverrides = {}): ErapFine {
  const rng = new Rng(`erap:${seed}:${seq}`);
  const iin = overrides.offenderIin ?? offenderIin(rng);
  const person = simulatedPerson(iin);
  const pick = rng.pick(ARTICLES);
  const mrpCount = overrides.mrpCount ?? pick.mrpCount;
  const caseOpenedOn = overrides.caseOpenedOn ?? addDays('2025-06-02', rng.int(0, 240));
  const homeRegion = person === null ? undefined : regionById(person.registeredAddress.regionCode);
  const region = regionFor(overrides.regionCode, homeRegion, rng);
  // Fines use the MRP in force on the day the case was opened (kz throws for days before its table).
  const amountTiyn = mrpToTiyn(mrpCount, caseOpenedOn, 'general');
  // Demo numbering: fine ids and protocol numbers carry the two KATO region digits.
  const regionDigits = region.id.slice(0, 2);
  const name = localizedOf(region.name);
  return {
    fineId: `${yearOf(caseOpenedOn)}${regionDigits}${rng.digits(4)}${String(seq).padStart(6, '0')}`,
    protocolNumber: `${regionDigits}${caseOpenedOn.slice(2, 4)}${rng.digits(8)}`,
    offender: {
      iin,
      surname: person?.surname ?? 'Белгісіз',
      name: person?.name ?? 'Белгісіз',
      patronymic: person?.patronymic ?? null,
    },
    article: pick.article,
    amountTiyn,
    mrpCount,
    caseOpenedOn,
    // Ten days for appeal, then a few days until the register records it.
    enteredIntoForceOn: addDays(caseOpenedOn, 10 + rng.int(0, 5)),
    regionCode: region.id,
    region: name,
    issuingBody: {
      kk: `${name.kk} полиция департаменті`,
      ru: `Департамент полиции (${name.ru})`,
    },
  };
}

// Offenders are adults ГБД ФЛ knows, so looking them up never dead-ends a demo.
function offenderIin(rng: Rng): string {
  for (;;) {
    const iin = buildIin({
      year: rng.int(1960, 2004),
      month: rng.int(1, 12),
      day: rng.int(1, 28),
      sex: rng.chance(0.75) ? 'male' : 'female',
      serial: rng.int(0, 9999),
    });
    if (iin !== null && simulatedPerson(iin) !== null) return iin;
  }
}

function regionFor(code: string | undefined, home: Region | undefined, rng: Rng): Region {
  const wanted = code === undefined ? undefined : regionById(code);
  if (code !== undefined && wanted === undefined) throw new RangeError(`unknown region code ${code} (expected a KATO id such as 310000000)`);
  // Most fines are written where the offender lives; the rest on the road elsewhere.
  return wanted ?? (home !== undefined && rng.chance(0.8) ? home : simulatedRegion(rng));
}

function art(number: string, part: string, kk: string, ru: string): ErapArticle {
  const title: LocalizedText = { kk, ru };
  return { number, part, title };
}
