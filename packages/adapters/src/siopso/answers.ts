import { REGIONS, computeCheckDigit } from '@oryndau/kz';
import type { LocalizedText } from '../localized';
import { SIM_STREETS } from '../sim/kz-data';
import { Rng } from '../sim/prng';
import type { SiopsoAnswer, SiopsoAnswerField, SiopsoAnswerItem, SiopsoRequestType } from './port';

// What each state body "knows" about a debtor, derived from the IIN and the
// request type: the same debtor owns the same flat and car on every run.

const same = (text: string): LocalizedText => ({ kk: text, ru: text });
const field = (key: string, kk: string, ru: string, value: LocalizedText): SiopsoAnswerField => ({
  key,
  label: { kk, ru },
  value,
});

type ItemMaker = (rng: Rng, index: number) => SiopsoAnswerItem;

const PROPERTY_KINDS: readonly LocalizedText[] = [
  { kk: 'Пәтер', ru: 'Квартира' },
  { kk: 'Тұрғын үй', ru: 'Жилой дом' },
  { kk: 'Жер учаскесі', ru: 'Земельный участок' },
];

const realEstate: ItemMaker = (rng) => {
  const kind = rng.pick(PROPERTY_KINDS);
  const region = rng.pick(REGIONS);
  const street = rng.pick(SIM_STREETS);
  const house = rng.int(1, 150);
  return {
    title: kind,
    fields: [
      field('cadastralNumber', 'Кадастрлық нөмірі', 'Кадастровый номер', same(`${rng.digits(2)}:${rng.digits(3)}:${rng.digits(3)}:${rng.digits(3)}`)),
      field('address', 'Мекенжайы', 'Адрес', {
        kk: `${region.centre.kk} қ., ${street.kk}, ${house}`,
        ru: `г. ${region.centre.ru}, ${street.ru}, ${house}`,
      }),
      field('area', 'Ауданы, м²', 'Площадь, м²', same(String(rng.int(28, 180)))),
    ],
  };
};

const CARS = ['Toyota Camry', 'Hyundai Accent', 'Lada Granta', 'Chevrolet Cobalt', 'Kia Rio', 'Hyundai Tucson', 'Toyota Land Cruiser Prado'];
const PLATE_LETTERS = 'ABCDEHKMOPTXYZ';

const vehicle: ItemMaker = (rng) => {
  const letters = Array.from({ length: 3 }, () => rng.pick([...PLATE_LETTERS])).join('');
  const plate = `${rng.digits(3)}${letters}${String(rng.int(1, 20)).padStart(2, '0')}`;
  return {
    title: same(rng.pick(CARS)),
    fields: [
      field('plate', 'Мемлекеттік нөмірі', 'Государственный номер', same(plate)),
      field('year', 'Шығарылған жылы', 'Год выпуска', same(String(rng.int(2004, 2024)))),
      field('vin', 'VIN', 'VIN', same(Array.from({ length: 17 }, () => rng.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'])).join(''))),
    ],
  };
};

const BANKS: readonly { readonly name: string; readonly code: string }[] = [
  { name: 'Halyk Bank', code: '601' },
  { name: 'Kaspi Bank', code: '722' },
  { name: 'ForteBank', code: '965' },
  { name: 'Bank CenterCredit', code: '856' },
  { name: 'Jusan Bank', code: '998' },
];

const bankAccount: ItemMaker = (rng) => {
  const bank = rng.pick(BANKS);
  const balanceTenge = rng.int(0, 900_000);
  return {
    title: same(bank.name),
    fields: [
      field('iban', 'ЖСК (IBAN)', 'ИИК (IBAN)', same(kzIban(bank.code, rng.digits(13)))),
      field('currency', 'Валютасы', 'Валюта', same('KZT')),
      field('balance', 'Қалдығы, ₸', 'Остаток, ₸', same(String(balanceTenge))),
    ],
  };
};

const EMPLOYERS: readonly LocalizedText[] = [
  { kk: '«Тараз Құрылыс» ЖШС', ru: 'ТОО «Тараз Курылыс»' },
  { kk: '«ҚазАвтоЖол» АҚ', ru: 'АО «КазАвтоЖол»' },
  { kk: '«Жамбыл Агро» ЖШС', ru: 'ТОО «Жамбыл Агро»' },
  { kk: '№ 12 мектеп-гимназия КММ', ru: 'КГУ «Школа-гимназия № 12»' },
  { kk: '«Дала Логистик» ЖШС', ru: 'ТОО «Дала Логистик»' },
];

const employer: ItemMaker = (rng) => ({
  title: rng.pick(EMPLOYERS),
  fields: [
    field('employerBin', 'Жұмыс берушінің БСН', 'БИН работодателя', same(plausibleBin(rng))),
    field('monthlyIncome', 'Орташа айлық табыс, ₸', 'Среднемесячный доход, ₸', same(String(rng.int(85, 650) * 1000))),
    field('lastContribution', 'Соңғы жарна айы', 'Месяц последнего взноса', same(`2025-${String(rng.int(1, 12)).padStart(2, '0')}`)),
  ],
});

const civilStatus: ItemMaker = (rng) => {
  const married = rng.chance(0.6);
  return {
    title: { kk: 'Неке жағдайы', ru: 'Семейное положение' },
    fields: [
      field(
        'maritalStatus',
        'Неке жағдайы',
        'Семейное положение',
        married ? { kk: 'Некеде тұр', ru: 'Состоит в браке' } : { kk: 'Некеде тұрмайды', ru: 'В браке не состоит' },
      ),
      field('children', 'Кәмелетке толмаған балалар саны', 'Количество несовершеннолетних детей', same(String(rng.int(0, 4)))),
    ],
  };
};

/** How many records each type tends to have: [max count, chance of none]. */
const MAKERS: Readonly<Record<string, { make: ItemMaker; max: number; none: number }>> = {
  real_estate: { make: realEstate, max: 2, none: 0.5 },
  vehicles: { make: vehicle, max: 2, none: 0.55 },
  bank_accounts: { make: bankAccount, max: 3, none: 0.1 },
  employer_income: { make: employer, max: 1, none: 0.35 },
  civil_status: { make: civilStatus, max: 1, none: 0 },
};

export function simulatedAnswer(type: SiopsoRequestType, debtorIin: string, answeredAt: string): SiopsoAnswer {
  const rng = new Rng(`siopso:${type.code}:${debtorIin}`);
  const maker = MAKERS[type.code];
  // A type the simulator has no data for (added later by the real system) answers "nothing found".
  const count = maker === undefined || rng.chance(maker.none) ? 0 : rng.int(1, maker.max);
  const items = maker === undefined ? [] : Array.from({ length: count }, (_, i) => maker.make(rng, i));
  return {
    answeredAt,
    found: items.length > 0,
    agency: type.agency,
    summary:
      items.length > 0
        ? { kk: `Табылған мәліметтер саны: ${items.length}`, ru: `Найдено сведений: ${items.length}` }
        : { kk: 'Мәліметтер жоқ', ru: 'Сведения отсутствуют' },
    items,
  };
}

/** KZ IBAN: KZ + 2 check digits + 3-digit bank code + 13 account characters (ISO 13616 mod 97). */
function kzIban(bankCode: string, account: string): string {
  const bban = `${bankCode}${account}`;
  const numeric = `${bban}KZ00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of numeric) rest = (rest * 10 + Number(digit)) % 97;
  return `KZ${String(98 - rest).padStart(2, '0')}${bban}`;
}

/** A BIN with a valid check digit: YYMM, resident legal entity (4), head office (0), serial. */
function plausibleBin(rng: Rng): string {
  for (;;) {
    const first11 = `${String(rng.int(0, 24)).padStart(2, '0')}${String(rng.int(1, 12)).padStart(2, '0')}40${rng.digits(5)}`;
    const check = computeCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}
