import { regionById, type Region } from '@oryndau/kz';
import type { LocalizedText } from '../localized';

// Reference data the simulators draw plausible people and places from.
// Territories come from @oryndau/kz (region codes are its 9-digit KATO ids);
// the rest — streets, names, phone prefixes — is demo data kz has no use for.

/** Zhambyl region (KATO 310000000, centre Taraz) hosts the simplified-proceedings pilot (SIMP-1). */
export const PILOT_REGION_ID = '310000000';

export const PILOT_REGION: Region = requireRegion(PILOT_REGION_ID);

/** A kk/ru pair from a kz region text (which also carries `en` for logs). */
export function localizedOf(text: LocalizedText): LocalizedText {
  return { kk: text.kk, ru: text.ru };
}

function requireRegion(id: string): Region {
  const region = regionById(id);
  if (region === undefined) throw new Error(`@oryndau/kz has no region ${id}`);
  return region;
}

export const SIM_STREETS: readonly LocalizedText[] = [
  { kk: 'Абай даңғылы', ru: 'проспект Абая' },
  { kk: 'Төле би көшесі', ru: 'улица Толе би' },
  { kk: 'Қабанбай батыр көшесі', ru: 'улица Кабанбай батыра' },
  { kk: 'Бауыржан Момышұлы көшесі', ru: 'улица Бауыржана Момышулы' },
  { kk: 'Әл-Фараби даңғылы', ru: 'проспект Аль-Фараби' },
  { kk: 'Жамбыл көшесі', ru: 'улица Жамбыла' },
  { kk: 'Сәкен Сейфуллин көшесі', ru: 'улица Сакена Сейфуллина' },
  { kk: 'Тәуелсіздік көшесі', ru: 'улица Тауелсиздик' },
  { kk: 'Құрманғазы көшесі', ru: 'улица Курмангазы' },
  { kk: 'Шоқан Уәлиханов көшесі', ru: 'улица Чокана Валиханова' },
  { kk: 'Республика даңғылы', ru: 'проспект Республики' },
  { kk: 'Айтеке би көшесі', ru: 'улица Айтеке би' },
  { kk: 'Достық даңғылы', ru: 'проспект Достык' },
  { kk: 'Мұхтар Әуезов көшесі', ru: 'улица Мухтара Ауэзова' },
  { kk: 'Ыбырай Алтынсарин көшесі', ru: 'улица Ибрая Алтынсарина' },
  { kk: 'Қазыбек би көшесі', ru: 'улица Казыбек би' },
];

// Names are written as in the identity document (Cyrillic with Kazakh
// letters), so they are not translated between kk and ru.
export const MALE_NAMES = [
  'Айдар', 'Ерлан', 'Нұрлан', 'Асқар', 'Дәурен', 'Бауыржан', 'Қайрат', 'Ержан', 'Серік', 'Арман',
  'Тимур', 'Әлібек', 'Ғалымжан', 'Мұрат', 'Жандос', 'Олжас', 'Дархан', 'Бекзат', 'Санжар', 'Ерболат',
  'Нұрсұлтан', 'Әділет', 'Ілияс', 'Қуаныш',
] as const;

export const FEMALE_NAMES = [
  'Айгерім', 'Әсел', 'Гүлнар', 'Жанар', 'Динара', 'Аружан', 'Мөлдір', 'Ақерке', 'Салтанат', 'Қарлығаш',
  'Перизат', 'Айжан', 'Ботагөз', 'Гүлмира', 'Жұлдыз', 'Назерке', 'Ләззат', 'Сәуле', 'Дана', 'Інжу',
] as const;

/** Fathers' names for patronymics; all end in a consonant so both -ұлы and -ович forms read right. */
export const FATHER_NAMES = [
  'Ерлан', 'Нұрлан', 'Асқар', 'Серік', 'Қайрат', 'Бауыржан', 'Мұрат', 'Ержан', 'Арман', 'Тимур',
  'Дархан', 'Болат', 'Марат', 'Қанат', 'Талғат', 'Ғалым', 'Бақыт', 'Нұрлыбек',
] as const;

/** Masculine surnames; the feminine form adds "а" to -ов/-ев/-ин and leaves the rest (Ким, Петренко). */
export const SURNAMES = [
  'Ахметов', 'Жұмабаев', 'Серікбаев', 'Нұрланов', 'Оспанов', 'Қасымов', 'Әбдірахманов', 'Бекмұхамбетов',
  'Ермеков', 'Сәрсенбаев', 'Омаров', 'Исмаилов', 'Қуанышев', 'Мұхамедов', 'Төлеуов', 'Байжанов',
  'Жақсылықов', 'Есенов', 'Ғабдуллин', 'Шәріпов', 'Тұрсынов', 'Әлімжанов', 'Құдайбергенов', 'Сүлейменов',
  'Иванов', 'Ким', 'Петренко',
] as const;

/** Mobile prefixes of Kazakhstan's operators (after +7). */
export const MOBILE_PREFIXES: readonly { readonly prefix: string; readonly operator: string }[] = [
  { prefix: '700', operator: 'Altel' },
  { prefix: '701', operator: 'Kcell' },
  { prefix: '702', operator: 'Kcell' },
  { prefix: '705', operator: 'Beeline' },
  { prefix: '707', operator: 'Tele2' },
  { prefix: '708', operator: 'Altel' },
  { prefix: '747', operator: 'Tele2' },
  { prefix: '771', operator: 'Beeline' },
  { prefix: '775', operator: 'Kcell' },
  { prefix: '776', operator: 'Beeline' },
  { prefix: '777', operator: 'Beeline' },
  { prefix: '778', operator: 'Kcell' },
];

/** Foreign citizenships seen among residents holding an IIN (ISO 3166-1 alpha-2). */
export const FOREIGN_CITIZENSHIPS = ['RU', 'UZ', 'KG', 'CN', 'TR'] as const;
