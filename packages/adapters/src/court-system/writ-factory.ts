import { addDays, computeCheckDigit, daysBetween } from '@oryndau/kz';
import type { Person } from '../gbd-fl/port';
import { buildIin } from '../sim/iin';
import { PILOT_REGION_ID } from '../sim/kz-data';
import { simulatedPerson } from '../sim/people';
import { Rng } from '../sim/prng';
import type { WritCard, WritParty } from './writ';

// Writ cards the courts' simulator sends to our intake (ENF-11). Every value
// is a function of the seed (and of `now` for the dates), so a demo or a test
// sees the same writ for the same seed; debtors are drawn from the simulated
// population, so ГБД ФЛ knows the same person the writ names.

/** What a caller may fix on a simulated card; `debtorIdentifier` picks the debtor by IIN. */
export type WritCardOverrides = Partial<WritCard> & { debtorIdentifier?: string };

const WRIT_CATEGORIES = ['citizens', 'legal_entities', 'alimony'] as const;
type WritCategory = (typeof WRIT_CATEGORIES)[number];

// The demo court and its people (apps/server seeds the same ones), so a
// simulated writ is signed by keys the dev PKI issued and lands at a court
// that exists in Oryndau's directory.
const DEFAULT_COURT: WritCard['court'] = {
  id: 'court-astana-esil',
  nameKk: 'Астана қаласы Есіл аудандық соты',
  nameRu: 'Есильский районный суд города Астаны',
};
const DEFAULT_JUDGE: WritCard['judge'] = { iin: '710830300000', fullName: 'Қасымов Бауыржан Әбілұлы' };
const DEFAULT_SECRETARY: WritCard['secretary'] = { iin: '950101400002', fullName: 'Тоқтарова Аружан Маратқызы' };

/** The courts' four-digit code that opens a case number; unknown courts borrow the Esil one. */
const COURT_CODES: Readonly<Record<string, string>> = { 'court-astana-esil': '7194', 'court-taraz': '3110' };

const CLAIMS: Readonly<Record<WritCategory, readonly string[]>> = {
  citizens: [
    'Взыскание задолженности по договору займа',
    'Взыскание материального ущерба, причинённого дорожно-транспортным происшествием',
    'Взыскание задолженности по договору аренды жилого помещения',
    'Взыскание неосновательного обогащения',
    'Взыскание задолженности по расписке',
  ],
  legal_entities: [
    'Взыскание задолженности по договору банковского займа',
    'Взыскание задолженности по договору микрокредита',
    'Взыскание задолженности за коммунальные услуги',
    'Взыскание задолженности по договору купли-продажи с рассрочкой платежа',
  ],
  alimony: ['Взыскание алиментов на содержание несовершеннолетнего ребёнка'],
};

// Fictional organisations: a demo must not show a real company as a claimant.
const CLAIMANT_COMPANIES: readonly { readonly name: string; readonly regionKato: string; readonly address: string }[] = [
  { name: 'АО «Дала Банк»', regionKato: '750000000', address: 'г. Алматы, проспект Аль-Фараби, д. 36' },
  { name: 'ТОО «Микрофинансовая организация «Жедел Қаржы»', regionKato: '710000000', address: 'г. Астана, проспект Республики, д. 12' },
  { name: 'ГКП «Тараз Су Арнасы»', regionKato: PILOT_REGION_ID, address: 'Жамбылская область, г. Тараз, улица Толе би, д. 5' },
  { name: 'ТОО «Сауда Орталығы Жібек»', regionKato: '710000000', address: 'г. Астана, улица Кабанбай батыра, д. 48' },
];

const RU_STREETS = ['улица Толе би', 'проспект Абая', 'улица Жамбыла', 'улица Айтеке би', 'улица Казыбек би'] as const;

/**
 * A valid writ card for `seed`: a debtor from the simulated population living
 * in Zhambyl region (the pilot), a claimant matching the category, the demo
 * court, judge and secretary, dates a few days before `now`. `overrides`
 * replace whole fields; a changed `categoryCode` also steers the defaults
 * that depend on it (claim essence, claimant kind, amount).
 */
export function simulatedWritCard(seed: number, overrides: WritCardOverrides = {}, now: Date = new Date()): WritCard {
  const { debtorIdentifier, ...fields } = overrides;
  const rng = new Rng(`court-writ:${seed}`);
  const today = now.toISOString().slice(0, 10);
  const issueDate = fields.issueDate ?? addDays(today, -rng.int(3, 10));
  const entryIntoForceDate = fields.entryIntoForceDate ?? addDays(issueDate, rng.int(0, Math.max(0, daysBetween(issueDate, today))));
  const year = issueDate.slice(0, 4);
  const court = fields.court ?? DEFAULT_COURT;
  const category: WritCategory = isWritCategory(fields.categoryCode) ? fields.categoryCode : 'citizens';
  // Serials are bijections of the seed (not draws), so two seeds never
  // collide on the externalId or the writ number the intake deduplicates on.
  const caseSerial = 1 + modulo(seed * 7919, 9999);
  const debtor = simulatedDebtor(rng, debtorIdentifier);
  const claimant = category === 'legal_entities' ? simulatedCompany(rng) : simulatedClaimantPerson(rng, debtor.identifier);

  const card: WritCard = {
    externalId: `EAIAS-${year}-${String(modulo(seed, 1_000_000)).padStart(6, '0')}`,
    court,
    caseNumber: `${COURT_CODES[court.id] ?? '7194'}-${year.slice(2)}-00-2/${caseSerial}`,
    writNumber: `2-${caseSerial}/${year}`,
    documentType: 'writ_of_execution',
    issueDate,
    entryIntoForceDate,
    claimEssence: rng.pick(CLAIMS[category]),
    categoryCode: category,
    ...(category === 'alimony' ? { subcategory: 'В твёрдой денежной сумме ежемесячно' } : {}),
    amount: simulatedAmount(rng, category),
    currency: 'KZT',
    solidaryLiability: false,
    debtors: [debtor],
    claimants: [claimant],
    judge: DEFAULT_JUDGE,
    secretary: DEFAULT_SECRETARY,
  };
  // Only fields actually given replace defaults: `{ subcategory: undefined }`
  // from a spread must not blank a generated value into an invalid card.
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<WritCard>;
  return { ...card, ...given };
}

function isWritCategory(value: string | undefined): value is WritCategory {
  return (WRIT_CATEGORIES as readonly string[]).includes(value ?? '');
}

function simulatedDebtor(rng: Rng, iin: string | undefined): WritParty {
  if (iin !== undefined) return debtorOf(iin, simulatedPerson(iin), rng);
  // Adults only, living in the pilot region, so the writ lands where the
  // simplified-proceedings chamber works and ГБД ФЛ confirms the address.
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const candidate = buildIin({
      year: rng.int(1960, 2000),
      month: rng.int(1, 12),
      day: rng.int(1, 28),
      sex: rng.chance(0.6) ? 'male' : 'female',
      serial: rng.int(0, 9999),
    });
    if (candidate === null) continue;
    const person = simulatedPerson(candidate);
    if (person !== null && person.registeredAddress.regionCode === PILOT_REGION_ID) return debtorOf(candidate, person, rng);
  }
  throw new Error('simulatedWritCard: no debtor found in the pilot region');
}

function debtorOf(iin: string, person: Person | null, rng: Rng): WritParty {
  const knownHere = person !== null && person.registeredAddress.regionCode === PILOT_REGION_ID;
  return {
    kind: 'individual',
    identifier: iin,
    // A person ГБД ФЛ does not know still has a name on the writ: the court took it from the claim.
    name: person === null ? 'Неизвестный Должник' : fullNameOf(person),
    address: knownHere
      ? person.registeredAddress.full.ru
      : `Жамбылская область, г. Тараз, ${rng.pick(RU_STREETS)}, д. ${rng.int(1, 150)}, кв. ${rng.int(1, 120)}`,
    regionKato: PILOT_REGION_ID,
  };
}

function simulatedClaimantPerson(rng: Rng, debtorIin: string): WritParty {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const candidate = buildIin({
      year: rng.int(1955, 2000),
      month: rng.int(1, 12),
      day: rng.int(1, 28),
      sex: rng.chance(0.5) ? 'male' : 'female',
      serial: rng.int(0, 9999),
    });
    if (candidate === null || candidate === debtorIin) continue;
    const person = simulatedPerson(candidate);
    if (person === null) continue;
    return {
      kind: 'individual',
      identifier: candidate,
      name: fullNameOf(person),
      address: person.registeredAddress.full.ru,
      regionKato: person.registeredAddress.regionCode,
    };
  }
  throw new Error('simulatedWritCard: no claimant found');
}

function simulatedCompany(rng: Rng): WritParty {
  const company = rng.pick(CLAIMANT_COMPANIES);
  return { kind: 'legal_entity', identifier: simulatedBin(rng), name: company.name, address: company.address, regionKato: company.regionKato };
}

/** A resident head office's BIN: registration YYMM, type 4, attribute 0, serial, check digit. */
function simulatedBin(rng: Rng): string {
  for (;;) {
    const first11 = `${String(rng.int(1995, 2020) % 100).padStart(2, '0')}${String(rng.int(1, 12)).padStart(2, '0')}40${rng.digits(5)}`;
    const check = computeCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

function simulatedAmount(rng: Rng, category: WritCategory): string {
  const [min, max] = category === 'alimony' ? [30_000, 150_000] : category === 'legal_entities' ? [100_000, 9_000_000] : [50_000, 3_000_000];
  // Round thousands mostly, as judgments usually read; sometimes with tiyn.
  const tenge = rng.chance(0.7) ? rng.int(min / 1000, max / 1000) * 1000 : rng.int(min, max);
  const tiyn = rng.chance(0.2) ? rng.int(1, 99) : 0;
  return `${tenge}.${String(tiyn).padStart(2, '0')}`;
}

function fullNameOf(person: Person): string {
  return [person.surname, person.name, person.patronymic].filter((part): part is string => Boolean(part)).join(' ');
}

function modulo(value: number, m: number): number {
  return ((Math.trunc(value) % m) + m) % m;
}
