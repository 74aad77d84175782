import { REGIONS, computeCheckDigit, formatMoney, percentOf } from '@oryndau/kz';
import type { IdentityDocumentType, PersonSex } from '../gbd-fl/port';
import type { IsoDate, IsoInstant, LocalizedText } from '../localized';
import { isoDate } from '../sim/dates';
import { SIM_STREETS } from '../sim/kz-data';
import { simulatedPerson } from '../sim/people';
import { Rng } from '../sim/prng';
import type { SiopsoAnswer, SiopsoAnswerField, SiopsoAnswerItem, SiopsoRequestType } from './port';

// What each state body "knows" about a debtor, derived from the IIN and the
// request type: the same debtor owns the same flat and car on every run.
// Month-based answers (pension contributions) also depend on when the body
// answers: "the last six months" moves with the simulators' clock.

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

/** Where the debtor works, if anywhere: one employer shared by the income and pension answers. */
interface Employment {
  readonly employer: LocalizedText;
  readonly bin: string;
  readonly monthlyIncomeTenge: number;
}

/** Share of debtors with no employer on record (no income, no pension contributions). */
const UNEMPLOYED = 0.35;

function employmentOf(debtorIin: string): Employment | null {
  const rng = new Rng(`siopso:employment:${debtorIin}`);
  if (rng.chance(UNEMPLOYED)) return null;
  return { employer: rng.pick(EMPLOYERS), bin: plausibleBin(rng), monthlyIncomeTenge: rng.int(85, 650) * 1000 };
}

const employerIncome: ItemsOf = (debtorIin, answeredAt) => {
  const job = employmentOf(debtorIin);
  if (job === null) return [];
  const [last] = contributionPeriods(answeredAt, 1);
  return [
    {
      title: job.employer,
      fields: [
        field('employerBin', 'Жұмыс берушінің БСН', 'БИН работодателя', same(job.bin)),
        field('monthlyIncome', 'Орташа айлық табыс, ₸', 'Среднемесячный доход, ₸', same(String(job.monthlyIncomeTenge))),
        field('lastContribution', 'Соңғы жарна айы', 'Месяц последнего взноса', same(last === undefined ? '' : isoMonth(last))),
      ],
    },
  ];
};

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

/** Records of one kind about a debtor, as of the answer's time. */
type ItemsOf = (debtorIin: string, answeredAt: IsoInstant) => readonly SiopsoAnswerItem[];

/** Up to `max` independent records, none at all with chance `none`. */
function counted(code: string, make: ItemMaker, max: number, none: number): ItemsOf {
  return (debtorIin) => {
    const rng = new Rng(`siopso:${code}:${debtorIin}`);
    const count = rng.chance(none) ? 0 : rng.int(1, max);
    return Array.from({ length: count }, (_, i) => make(rng, i));
  };
}

const SEX: Readonly<Record<PersonSex, LocalizedText>> = {
  male: { kk: 'Ер', ru: 'Мужской' },
  female: { kk: 'Әйел', ru: 'Женский' },
};

const CITIZENSHIP: Readonly<Record<string, LocalizedText>> = {
  KZ: { kk: 'Қазақстан Республикасы', ru: 'Республика Казахстан' },
  RU: { kk: 'Ресей Федерациясы', ru: 'Российская Федерация' },
  UZ: { kk: 'Өзбекстан Республикасы', ru: 'Республика Узбекистан' },
  KG: { kk: 'Қырғыз Республикасы', ru: 'Кыргызская Республика' },
  CN: { kk: 'Қытай Халық Республикасы', ru: 'Китайская Народная Республика' },
  TR: { kk: 'Түркия Республикасы', ru: 'Турецкая Республика' },
};

const DOCUMENT_TYPE: Readonly<Record<IdentityDocumentType, LocalizedText>> = {
  id_card: { kk: 'Жеке куәлік', ru: 'Удостоверение личности' },
  passport: { kk: 'ҚР азаматының паспорты', ru: 'Паспорт гражданина РК' },
  residence_permit: { kk: 'Шетелдіктің Қазақстан Республикасында тұруға ықтиярхаты', ru: 'Вид на жительство иностранца в РК' },
  birth_certificate: { kk: 'Туу туралы куәлік', ru: 'Свидетельство о рождении' },
};

// The same person the ГБД ФЛ simulator serves for this IIN (sim/people), so
// a bailiff sees one name and address whichever way the debtor is looked up;
// an IIN ГБД ФЛ does not know answers "nothing found" here too.
const gbdFlPerson: ItemsOf = (debtorIin) => {
  const person = simulatedPerson(debtorIin);
  if (person === null) return [];
  const fullName = [person.surname, person.name, person.patronymic].filter((part) => part !== null).join(' ');
  const fields = [
    field('iin', 'ЖСН', 'ИИН', same(person.iin)),
    field('fullName', 'Тегі, аты, әкесінің аты', 'Фамилия, имя, отчество', same(fullName)),
    field('birthDate', 'Туған күні', 'Дата рождения', same(displayDate(person.birthDate))),
    field('sex', 'Жынысы', 'Пол', SEX[person.sex]),
    field('citizenship', 'Азаматтығы', 'Гражданство', CITIZENSHIP[person.citizenship] ?? same(person.citizenship)),
    field('registeredAddress', 'Тіркелген мекенжайы', 'Адрес регистрации', person.registeredAddress.full),
  ];
  const doc = person.document;
  if (doc !== null) {
    fields.push(
      field('documentType', 'Құжаттың түрі', 'Вид документа', DOCUMENT_TYPE[doc.type]),
      field('documentNumber', 'Құжаттың нөмірі', 'Номер документа', same(doc.number)),
      field('documentIssuedOn', 'Берілген күні', 'Дата выдачи', same(displayDate(doc.issuedOn))),
      field('documentIssuer', 'Берген орган', 'Орган выдачи', doc.issuer),
    );
    if (doc.validUntil !== null) {
      fields.push(field('documentValidUntil', 'Жарамдылық мерзімі', 'Срок действия', same(displayDate(doc.validUntil))));
    }
  }
  return [{ title: same(fullName), fields }];
};

/** Mandatory pension contributions (ОПВ): 10 % of the month's income, withheld by the employer. */
const OPV_PERCENT_BASIS_POINTS = 1000;
const PENSION_MONTHS = 6;

const pensionContributions: ItemsOf = (debtorIin, answeredAt) => {
  const job = employmentOf(debtorIin);
  if (job === null) return [];
  const rng = new Rng(`siopso:pension_contributions:${debtorIin}`);
  // Some debtors changed jobs within the half-year: older months come from the previous employer.
  const switchedAt = rng.chance(0.25) ? rng.int(2, PENSION_MONTHS - 1) : PENSION_MONTHS;
  const previous = { employer: rng.pick(EMPLOYERS.filter((e) => e !== job.employer)), bin: plausibleBin(rng) };
  return contributionPeriods(answeredAt, PENSION_MONTHS).map((period, index) => {
    const payer = index < switchedAt ? job : previous;
    // Bonuses and overtime make the income, and so the contribution, vary a little.
    const incomeTenge = Math.round(job.monthlyIncomeTenge * (rng.chance(0.15) ? 1.3 : rng.int(95, 105) / 100));
    const amount = percentOf(incomeTenge * 100, OPV_PERCENT_BASIS_POINTS);
    const paidOn = isoDate(period.year, period.month + 1, rng.int(5, 25));
    return {
      title: monthLabel(period),
      fields: [
        field('period', 'Кезең', 'Период', same(`${pad2(period.month)}.${period.year}`)),
        field('employer', 'Жұмыс беруші (агент)', 'Работодатель (агент)', payer.employer),
        field('employerBin', 'Жұмыс берушінің БСН', 'БИН работодателя', same(payer.bin)),
        field('contributionKind', 'Жарна түрі', 'Вид взноса', { kk: 'МЗЖ', ru: 'ОПВ' }),
        field('amount', 'Сомасы', 'Сумма', { kk: formatMoney(amount, 'kk'), ru: formatMoney(amount, 'ru') }),
        field('paidOn', 'Түскен күні', 'Дата поступления', same(displayDate(paidOn))),
      ],
    };
  });
};

const ITEMS: Readonly<Record<string, ItemsOf>> = {
  real_estate: counted('real_estate', realEstate, 2, 0.5),
  vehicles: counted('vehicles', vehicle, 2, 0.55),
  bank_accounts: counted('bank_accounts', bankAccount, 3, 0.1),
  employer_income: employerIncome,
  civil_status: counted('civil_status', civilStatus, 1, 0),
  gbd_fl_person: gbdFlPerson,
  pension_contributions: pensionContributions,
};

export function simulatedAnswer(type: SiopsoRequestType, debtorIin: string, answeredAt: IsoInstant): SiopsoAnswer {
  // A type the simulator has no data for (added later by the real system) answers "nothing found".
  const items = ITEMS[type.code]?.(debtorIin, answeredAt) ?? [];
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

interface YearMonth {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
}

/**
 * The latest `count` months whose contributions have arrived by `at`,
 * newest first: a month is paid by the 25th of the next one, so before the
 * 25th the previous month may still be missing and is not listed.
 */
function contributionPeriods(at: IsoInstant, count: number): YearMonth[] {
  const date = new Date(at);
  const back = date.getUTCDate() > 25 ? 1 : 2;
  const first = date.getUTCFullYear() * 12 + date.getUTCMonth() - back;
  return Array.from({ length: count }, (_, i) => ({ year: Math.floor((first - i) / 12), month: ((first - i) % 12) + 1 }));
}

const MONTHS: readonly LocalizedText[] = [
  { kk: 'қаңтар', ru: 'январь' },
  { kk: 'ақпан', ru: 'февраль' },
  { kk: 'наурыз', ru: 'март' },
  { kk: 'сәуір', ru: 'апрель' },
  { kk: 'мамыр', ru: 'май' },
  { kk: 'маусым', ru: 'июнь' },
  { kk: 'шілде', ru: 'июль' },
  { kk: 'тамыз', ru: 'август' },
  { kk: 'қыркүйек', ru: 'сентябрь' },
  { kk: 'қазан', ru: 'октябрь' },
  { kk: 'қараша', ru: 'ноябрь' },
  { kk: 'желтоқсан', ru: 'декабрь' },
];

/** «2026 ж. наурыз» / «Март 2026 г.»: Kazakh puts the year first. */
function monthLabel({ year, month }: YearMonth): LocalizedText {
  const name = MONTHS[month - 1] ?? same(pad2(month));
  return { kk: `${year} ж. ${name.kk}`, ru: `${name.ru.charAt(0).toUpperCase()}${name.ru.slice(1)} ${year} г.` };
}

function isoMonth({ year, month }: YearMonth): string {
  return `${year}-${pad2(month)}`;
}

/** `dd.mm.yyyy`, as dates are written in kk and ru documents alike. */
function displayDate(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
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
