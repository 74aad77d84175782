/**
 * The 17 regions (облыстар / области) and 3 cities of republican
 * significance, with the IANA zone their courts count deadlines in
 * (DOMAIN.md "Territories"; all +05 since 1 March 2024, history differs).
 *
 * Ids are 9-digit KATO codes (КАТО, the statistics committee's classifier
 * of administrative-territorial objects): two region digits then zeros.
 * Sourcing of the region digits:
 * - all 20 two-digit codes match ISO 3166-2:KZ, which since 2023 uses the
 *   KATO region numbers (KZ-10 Abai … KZ-79 Shymkent) — seen in several
 *   ISO 3166-2 data packages;
 * - 610000000 (Turkestan) appears verbatim in a KATO dump of 17.10.2022;
 *   settlement codes 10…, 33…, 62… confirm Abai, Zhetysu, Ulytau;
 * - Astana 710000000, Almaty 750000000, Shymkent 790000000 are the codes in
 *   common use.
 * Unverified: the full 9-digit form of the other region codes against the
 * official classifier file (inferred from the AB0000000 pattern).
 */
import type { Locale } from './locale';

export type RegionKind = 'region' | 'city';

/** Names a person reads (kk, ru) plus English for logs and exports. */
export type RegionText = Readonly<Record<Locale | 'en', string>>;

export type Region = {
  /** KATO code, 9 digits, as a string (leading digits matter, no arithmetic). */
  id: string;
  /** ISO 3166-2 code, e.g. 'KZ-31'. */
  iso: string;
  kind: RegionKind;
  name: RegionText;
  /** Administrative centre; for a city, the city itself. */
  centre: RegionText;
  /** IANA time zone used for local dates and deadlines. */
  zone: string;
};

function region(code: string, name: RegionText, centre: RegionText, zone = 'Asia/Almaty'): Region {
  return Object.freeze({ id: `${code}0000000`, iso: `KZ-${code}`, kind: 'region', name: Object.freeze(name), centre: Object.freeze(centre), zone });
}

function city(code: string, name: RegionText): Region {
  const n = Object.freeze(name);
  return Object.freeze({ id: `${code}0000000`, iso: `KZ-${code}`, kind: 'city', name: n, centre: n, zone: 'Asia/Almaty' });
}

// Russian names of the three regions formed in 2022 follow the decree's
// wording ("область Абай"), not the adjectival style of the older ones.
export const REGIONS: readonly Region[] = Object.freeze([
  region('10', { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' }, { kk: 'Семей', ru: 'Семей', en: 'Semey' }),
  region('11', { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' }, { kk: 'Көкшетау', ru: 'Кокшетау', en: 'Kokshetau' }),
  region('15', { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' }, { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' }, 'Asia/Aqtobe'),
  region('19', { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' }, { kk: 'Қонаев', ru: 'Конаев', en: 'Konaev' }),
  region('23', { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' }, { kk: 'Атырау', ru: 'Атырау', en: 'Atyrau' }, 'Asia/Atyrau'),
  region('27', { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' }, { kk: 'Орал', ru: 'Уральск', en: 'Oral' }, 'Asia/Oral'),
  // Taraz is the simplified-proceedings pilot city (SIMP-1).
  region('31', { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' }, { kk: 'Тараз', ru: 'Тараз', en: 'Taraz' }),
  region('33', { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Zhetysu Region' }, { kk: 'Талдықорған', ru: 'Талдыкорган', en: 'Taldykorgan' }),
  region('35', { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' }, { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' }),
  region('39', { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' }, { kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' }, 'Asia/Qostanay'),
  region('43', { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' }, { kk: 'Қызылорда', ru: 'Кызылорда', en: 'Kyzylorda' }, 'Asia/Qyzylorda'),
  region('47', { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' }, { kk: 'Ақтау', ru: 'Актау', en: 'Aktau' }, 'Asia/Aqtau'),
  region('55', { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' }, { kk: 'Павлодар', ru: 'Павлодар', en: 'Pavlodar' }),
  region('59', { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' }, { kk: 'Петропавл', ru: 'Петропавловск', en: 'Petropavl' }),
  region('61', { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' }, { kk: 'Түркістан', ru: 'Туркестан', en: 'Turkistan' }),
  region('62', { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' }, { kk: 'Жезқазған', ru: 'Жезказган', en: 'Zhezkazgan' }),
  region('63', { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' }, { kk: 'Өскемен', ru: 'Усть-Каменогорск', en: 'Oskemen' }),
  city('71', { kk: 'Астана', ru: 'Астана', en: 'Astana' }),
  city('75', { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' }),
  city('79', { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' }),
]);

const BY_ID = new Map(REGIONS.map((r) => [r.id, r]));

/** The region or city with that KATO id, or undefined. */
export function regionById(id: string): Region | undefined {
  return BY_ID.get(id);
}

/**
 * The region a finer KATO code (district, settlement) belongs to, by its
 * first two digits — e.g. a court's or debtor's settlement code.
 */
export function regionOfKato(kato: string): Region | undefined {
  if (!/^\d{9}$/.test(kato)) return undefined;
  return BY_ID.get(`${kato.slice(0, 2)}0000000`);
}
