/**
 * kk/ru texts of every distribution reason. A decision is shown on the card
 * ("why did this bailiff get this document"), so each code has a template in
 * both languages with the same placeholders; the parity test checks both.
 */
import type { Locale, LocalizedText } from '@oryndau/kz';

export const ReasonCode = {
  /** One eligible bailiff had strictly the lowest load. */
  leastLoaded: 'distribution.least_loaded',
  /** Lowest load tied; fewest assignments in the recent window won. */
  tieFewestRecent: 'distribution.tie_fewest_recent',
  /** Load and recent assignments tied; the smallest id won (deterministic). */
  tieById: 'distribution.tie_by_id',
  /** No rule for the category: the senior bailiff assigns by hand. */
  noRule: 'distribution.no_rule',
  /** A rule exists but nobody is eligible: the senior / chamber assigns by hand. */
  noEligible: 'distribution.no_eligible',
  /** A senior bailiff reassigned to an eligible bailiff. */
  reassigned: 'distribution.reassigned',
  /** A senior bailiff reassigned to an ineligible bailiff with an explicit override. */
  reassignedOverride: 'distribution.reassigned_override',
} as const;
export type ReasonCode = (typeof ReasonCode)[keyof typeof ReasonCode];
export const REASON_CODES: readonly ReasonCode[] = Object.values(ReasonCode);

/** Why a candidate was not eligible. */
export const ExclusionCode = {
  kindNotAllowed: 'kind_not_allowed',
  outsideRegion: 'outside_region',
  outsideDistrict: 'outside_district',
  licenceAbsent: 'licence_absent',
  licenceExpired: 'licence_expired',
  /** LIC-8: the licence register has the licence suspended or terminated on that day. */
  licenceSuspended: 'licence_suspended',
  inactive: 'inactive',
} as const;
export type ExclusionCode = (typeof ExclusionCode)[keyof typeof ExclusionCode];
export const EXCLUSION_CODES: readonly ExclusionCode[] = Object.values(ExclusionCode);

// {rule} category name, {region} debtor's region, {bailiff} id, {kind} kind
// name, {load} open proceedings, {next} the runner-up's load in words (nextLoadText),
// {count} eligible candidates, {recent} recent assignments, {text} senior's reason.
const ASSIGNED_TAIL: LocalizedText = {
  kk: 'Ереже: «{rule}», аумақ: {region}. Лайықты орындаушылар: {count}.',
  ru: 'Правило: «{rule}», территория: {region}. Подходящих исполнителей: {count}.',
};

export const REASON_TEXTS: Readonly<Record<ReasonCode, LocalizedText>> = {
  [ReasonCode.leastLoaded]: {
    kk: `{bailiff} ({kind}) ең аз жүктемеге ие: {load} ашық іс жүргізу {next}. ${ASSIGNED_TAIL.kk}`,
    ru: `{bailiff} ({kind}) наименее загружен: {load} открытых производств {next}. ${ASSIGNED_TAIL.ru}`,
  },
  [ReasonCode.tieFewestRecent]: {
    kk: `Жүктеме тең ({load} ашық іс жүргізу); {bailiff} ({kind}) соңғы кезеңде ең аз құжат алған: {recent}. ${ASSIGNED_TAIL.kk}`,
    ru: `Загрузка равна ({load} открытых производств); {bailiff} ({kind}) получил меньше всех документов за последний период: {recent}. ${ASSIGNED_TAIL.ru}`,
  },
  [ReasonCode.tieById]: {
    kk: `Жүктеме ({load}) және соңғы бөлулер ({recent}) тең; {bailiff} ({kind}) сәйкестендіргіш реті бойынша таңдалды. ${ASSIGNED_TAIL.kk}`,
    ru: `Загрузка ({load}) и число последних распределений ({recent}) равны; {bailiff} ({kind}) выбран по порядку идентификатора. ${ASSIGNED_TAIL.ru}`,
  },
  [ReasonCode.noRule]: {
    kk: '«{rule}» санаты үшін бөлу ережесі жоқ; құжатты аға сот орындаушысы қолмен бөледі.',
    ru: 'Для категории «{rule}» нет правила распределения; документ распределяет старший судебный исполнитель вручную.',
  },
  [ReasonCode.noEligible]: {
    kk: 'Ереже: «{rule}», аумақ: {region}. Лайықты орындаушы жоқ (тексерілгені: {count}); құжат аға сот орындаушысына / палатаға қолмен бөлуге жіберілді.',
    ru: 'Правило: «{rule}», территория: {region}. Нет подходящего исполнителя (проверено: {count}); документ передан старшему судебному исполнителю / палате для ручного распределения.',
  },
  [ReasonCode.reassigned]: {
    kk: 'Аға сот орындаушысы {bailiff} ({kind}) орындаушысына қайта бөлді, жүктемесі {load}. Себебі: {text}',
    ru: 'Старший судебный исполнитель перераспределил на {bailiff} ({kind}), загрузка {load}. Причина: {text}',
  },
  [ReasonCode.reassignedOverride]: {
    kk: 'Аға сот орындаушысы ережеден ауытқып {bailiff} ({kind}) орындаушысына қайта бөлді, жүктемесі {load}. Себебі: {text}',
    ru: 'Старший судебный исполнитель перераспределил на {bailiff} ({kind}) в отступление от правила, загрузка {load}. Причина: {text}',
  },
};

export const EXCLUSION_TEXTS: Readonly<Record<ExclusionCode, LocalizedText>> = {
  [ExclusionCode.kindNotAllowed]: { kk: 'Бұл санатты осы түрдегі орындаушыға беруге болмайды', ru: 'Категорию нельзя передать исполнителю этого вида' },
  [ExclusionCode.outsideRegion]: { kk: 'Борышкердің өңірінен тыс', ru: 'Вне региона должника' },
  [ExclusionCode.outsideDistrict]: { kk: 'Борышкердің ауданынан тыс', ru: 'Вне района должника' },
  [ExclusionCode.licenceAbsent]: { kk: 'Лицензия жоқ', ru: 'Нет лицензии' },
  [ExclusionCode.licenceExpired]: { kk: 'Лицензия шешім күніне жарамсыз', ru: 'Лицензия недействительна на дату решения' },
  [ExclusionCode.licenceSuspended]: { kk: 'Лицензия тізілімде тоқтатыла тұрған немесе тоқтатылған', ru: 'Лицензия приостановлена или прекращена по реестру' },
  [ExclusionCode.inactive]: { kk: 'Орындаушы қазір қабылдамайды', ru: 'Исполнитель сейчас не принимает' },
};

export const KIND_TEXTS: Readonly<Record<'state' | 'private', LocalizedText>> = {
  state: { kk: 'мемлекеттік сот орындаушысы', ru: 'государственный судебный исполнитель' },
  private: { kk: 'жеке сот орындаушысы', ru: 'частный судебный исполнитель' },
};

/**
 * ISSUE-13 item 3: the runner-up's load in words — «(у следующего 3)» — and,
 * when there is no other candidate, saying so rather than «(у следующего —)».
 */
export function nextLoadText(load: number | null): LocalizedText {
  return load === null
    ? { kk: '(басқа лайықты орындаушы жоқ)', ru: '(других подходящих исполнителей нет)' }
    : { kk: `(келесісінде ${load})`, ru: `(у следующего ${load})` };
}

/** A placeholder value: the same in both languages, or one per language. */
export type ReasonParam = string | number | LocalizedText;

export type Reason = { code: ReasonCode; kk: string; ru: string; params: Readonly<Record<string, string | number>> };

function valueIn(param: ReasonParam, locale: Locale): string {
  return typeof param === 'object' ? param[locale] : String(param);
}

/** Fills both templates; unknown placeholders stay visible so a test catches them. */
export function renderReason(code: ReasonCode, params: Readonly<Record<string, ReasonParam>>): Reason {
  const fill = (locale: Locale): string =>
    REASON_TEXTS[code][locale].replace(/\{(\w+)\}/g, (whole, key: string) => {
      const p = params[key];
      return p === undefined ? whole : valueIn(p, locale);
    });
  // Stored params keep the Russian form of bilingual values only as a trace;
  // people read kk/ru, which are already rendered.
  const flat: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) flat[k] = typeof v === 'object' ? v.ru : v;
  return { code, kk: fill('kk'), ru: fill('ru'), params: flat };
}
