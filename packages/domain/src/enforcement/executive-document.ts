/**
 * Validation of a hand-entered executive-document card (карточка
 * исполнительного документа), ENF-1. Pure: returns every field error at once
 * (a person fixes the whole form in one pass), each with a code and kk/ru
 * text, or the card with its amounts as exact integers.
 *
 * Amounts are typed as decimal strings and computed with bigint: a float
 * would turn 1234.56 USD × 470.25 into a tenge amount off by a tiyn.
 */
import {
  identifierKindOf, isIsoDate, isRealDate, regionById, regionOfKato, validateBin, validateIin, type IsoDate, type LocalizedText, type Tiyn,
} from '@oryndau/kz';

export type PartyRole = 'debtor' | 'claimant'; // должник / взыскатель
export type PartyKind = 'individual' | 'legal_entity'; // физическое (ИИН) / юридическое лицо (БИН)

export type CardParty = {
  readonly role: PartyRole;
  readonly kind: PartyKind;
  /** IIN for individuals, BIN for legal entities. */
  readonly identifier: string;
  readonly name: string;
  /**
   * KATO id of the party's region (область / город республиканского
   * значения); the debtor's region names the registering department. When
   * given it must be one of `REGIONS` (packages/kz).
   */
  readonly regionKato?: string | undefined;
  /** KATO id of the district; when given it must lie in `regionKato`. */
  readonly districtKato?: string | undefined;
};

/** ENF-1 fields. Free-text and reference fields are checked only for presence here. */
export type ExecutiveDocumentCardInput = {
  readonly registrationDate: string;
  readonly arrivalOrder: 'first' | 'repeated'; // первичное / повторное
  readonly claimEssence: string; // сущность требований
  readonly issueDate: string; // дата выдачи
  readonly issuingBody: string; // орган, выдавший документ
  readonly documentType: string; // вид исполнительного документа
  readonly documentNumber: string;
  readonly entryIntoForceDate: string; // дата вступления в законную силу
  readonly categoryCode: string; // категория по форме 4
  /** Amount in `currency`, as typed: `1 234,56`. */
  readonly amount: string;
  readonly currency: string; // ISO 4217, KZT for tenge
  /** Tenge per ONE unit of the currency, as typed; required unless KZT. */
  readonly exchangeRate?: string;
  readonly exchangeRateDate?: string;
  readonly solidaryLiability: boolean; // солидарная ответственность
  readonly parties: readonly CardParty[];
};

export const CardErrorCode = {
  required: 'card.required',
  dateInvalid: 'card.date_invalid',
  issueAfterEntryIntoForce: 'card.issue_after_entry_into_force',
  entryIntoForceAfterRegistration: 'card.entry_into_force_after_registration',
  amountInvalid: 'card.amount_invalid',
  amountNotPositive: 'card.amount_not_positive',
  currencyInvalid: 'card.currency_invalid',
  rateRequired: 'card.rate_required',
  rateInvalid: 'card.rate_invalid',
  rateDateRequired: 'card.rate_date_required',
  iinInvalid: 'card.iin_invalid',
  binInvalid: 'card.bin_invalid',
  debtorRequired: 'card.debtor_required',
  claimantRequired: 'card.claimant_required',
  regionUnknown: 'card.region_unknown',
  districtOutsideRegion: 'card.district_outside_region',
} as const;
export type CardErrorCode = (typeof CardErrorCode)[keyof typeof CardErrorCode];

export const CARD_ERROR_MESSAGES: Readonly<Record<CardErrorCode, LocalizedText>> = {
  'card.required': { kk: 'Толтыру міндетті.', ru: 'Обязательное поле.' },
  'card.date_invalid': { kk: 'Күн қате.', ru: 'Неверная дата.' },
  'card.issue_after_entry_into_force': {
    kk: 'Берілген күні заңды күшіне енген күнінен кеш болмауы тиіс.',
    ru: 'Дата выдачи не может быть позже даты вступления в законную силу.',
  },
  'card.entry_into_force_after_registration': {
    kk: 'Заңды күшіне енген күні тіркелген күнінен кеш болмауы тиіс.',
    ru: 'Дата вступления в законную силу не может быть позже даты регистрации.',
  },
  'card.amount_invalid': { kk: 'Сома қате жазылған.', ru: 'Сумма указана неверно.' },
  'card.amount_not_positive': { kk: 'Сома нөлден үлкен болуы тиіс.', ru: 'Сумма должна быть больше нуля.' },
  'card.currency_invalid': { kk: 'Валюта коды қате.', ru: 'Неверный код валюты.' },
  'card.rate_required': { kk: 'Валюта бағамын көрсетіңіз.', ru: 'Укажите курс валюты.' },
  'card.rate_invalid': { kk: 'Валюта бағамы қате.', ru: 'Неверный курс валюты.' },
  'card.rate_date_required': { kk: 'Бағам күнін көрсетіңіз.', ru: 'Укажите дату курса.' },
  'card.iin_invalid': { kk: 'ЖСН қате.', ru: 'Неверный ИИН.' },
  'card.bin_invalid': { kk: 'БСН қате.', ru: 'Неверный БИН.' },
  'card.debtor_required': { kk: 'Кемінде бір борышкерді қосыңыз.', ru: 'Добавьте хотя бы одного должника.' },
  'card.claimant_required': { kk: 'Кемінде бір өндіріп алушыны қосыңыз.', ru: 'Добавьте хотя бы одного взыскателя.' },
  'card.region_unknown': {
    kk: 'Мұндай облыс немесе республикалық маңызы бар қала жоқ — анықтамалықтан таңдаңыз.',
    ru: 'Такой области или города республиканского значения нет — выберите из справочника.',
  },
  'card.district_outside_region': {
    kk: 'Аудан көрсетілген облыста емес.',
    ru: 'Район не относится к указанной области.',
  },
};

export type CardFieldError = { readonly field: string; readonly code: CardErrorCode; readonly message: LocalizedText };

export type ValidatedCard = ExecutiveDocumentCardInput & {
  /** Amount in the minor unit of `currency` (tiyn for KZT). */
  readonly amountMinor: number;
  /** Amount in tenge, tiyn; for foreign currency amount × rate, rounded half away from zero. */
  readonly amountTiyn: Tiyn;
};

export type CardValidation =
  | { readonly ok: true; readonly card: ValidatedCard }
  | { readonly ok: false; readonly errors: readonly CardFieldError[] };

type Decimal = { units: bigint; scale: number };

/** `1 234 567,89` / `470.25` → scaled integer; null when not a plain non-negative decimal. */
export function parseDecimal(text: string, maxScale: number): Decimal | null {
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim().replace(/[ \u00A0\u202F\u2009]/g, ''));
  if (!m) return null;
  const [, whole = '', fraction = ''] = m;
  if (fraction.length > maxScale) return null;
  return { units: BigInt(whole + fraction), scale: fraction.length };
}

/** amount × rate in tiyn, half away from zero, in bigint (exact). */
export function convertToTiyn(amount: Decimal, rate: Decimal): bigint {
  const numerator = amount.units * rate.units * 100n;
  const denominator = 10n ** BigInt(amount.scale + rate.scale);
  return (numerator * 2n + denominator) / (denominator * 2n);
}

const isDate = (v: string): v is IsoDate => isIsoDate(v) && isRealDate(...(v.split('-').map(Number) as [number, number, number]));

export function validateExecutiveDocumentCard(input: ExecutiveDocumentCardInput): CardValidation {
  const errors: CardFieldError[] = [];
  const add = (field: string, code: CardErrorCode): void => {
    errors.push({ field, code, message: CARD_ERROR_MESSAGES[code] });
  };

  const text: (keyof ExecutiveDocumentCardInput)[] = ['claimEssence', 'issuingBody', 'documentType', 'documentNumber', 'categoryCode'];
  for (const field of text) if (String(input[field] ?? '').trim() === '') add(field, CardErrorCode.required);

  // issue ≤ entry into force ≤ registration: compared only when all are real dates.
  const dates = ['issueDate', 'entryIntoForceDate', 'registrationDate'] as const;
  for (const field of dates) {
    const value = input[field];
    if (value.trim() === '') add(field, CardErrorCode.required);
    else if (!isDate(value)) add(field, CardErrorCode.dateInvalid);
  }
  if (isDate(input.issueDate) && isDate(input.entryIntoForceDate) && input.issueDate > input.entryIntoForceDate) {
    add('entryIntoForceDate', CardErrorCode.issueAfterEntryIntoForce);
  }
  if (isDate(input.entryIntoForceDate) && isDate(input.registrationDate) && input.entryIntoForceDate > input.registrationDate) {
    add('registrationDate', CardErrorCode.entryIntoForceAfterRegistration);
  }

  const currency = input.currency.trim().toUpperCase();
  const currencyValid = /^[A-Z]{3}$/.test(currency);
  if (!currencyValid) add('currency', CardErrorCode.currencyInvalid);
  // Rate questions only once the currency is known to be foreign.
  const foreign = currencyValid && currency !== 'KZT';
  // At most two decimals: tiyn and the usual minor units. Rates quoted per
  // 100 units (JPY…) must be entered per ONE unit — unconfirmed with users.
  const amount = input.amount.trim() === '' ? null : parseDecimal(input.amount, 2);
  if (input.amount.trim() === '') add('amount', CardErrorCode.required);
  else if (amount === null) add('amount', CardErrorCode.amountInvalid);
  else if (amount.units === 0n) add('amount', CardErrorCode.amountNotPositive);

  let rate: Decimal | null = null;
  if (foreign) {
    const rateText = input.exchangeRate?.trim() ?? '';
    rate = rateText === '' ? null : parseDecimal(rateText, 6);
    if (rateText === '') add('exchangeRate', CardErrorCode.rateRequired);
    else if (rate === null || rate.units === 0n) add('exchangeRate', CardErrorCode.rateInvalid);
    const rateDate = input.exchangeRateDate?.trim() ?? '';
    if (rateDate === '') add('exchangeRateDate', CardErrorCode.rateDateRequired);
    else if (!isDate(rateDate)) add('exchangeRateDate', CardErrorCode.dateInvalid);
  }

  input.parties.forEach((party, i) => {
    if (party.name.trim() === '') add(`parties[${i}].name`, CardErrorCode.required);
    const field = `parties[${i}].identifier`;
    const id = party.identifier.trim();
    // IIN and BIN share the checksum, so a BIN typed for a person passes it;
    // the 5th digit (day tens vs. BIN type) tells them apart.
    if (party.kind === 'individual') {
      if (!validateIin(id).ok || identifierKindOf(id) !== 'iin') add(field, CardErrorCode.iinInvalid);
    } else if (!validateBin(id).ok || identifierKindOf(id) !== 'bin') add(field, CardErrorCode.binInvalid);
    // A made-up region would become a department code and a registration number (ENF-1, issue 11 item 10).
    const region = party.regionKato === undefined ? undefined : regionById(party.regionKato);
    if (party.regionKato !== undefined && !region) add(`parties[${i}].regionKato`, CardErrorCode.regionUnknown);
    if (region && party.districtKato !== undefined && party.districtKato !== '' && regionOfKato(party.districtKato)?.id !== region.id) {
      add(`parties[${i}].districtKato`, CardErrorCode.districtOutsideRegion);
    }
  });
  if (!input.parties.some((p) => p.role === 'debtor')) add('parties', CardErrorCode.debtorRequired);
  if (!input.parties.some((p) => p.role === 'claimant')) add('parties', CardErrorCode.claimantRequired);

  if (errors.length > 0 || amount === null) return { ok: false, errors };
  const amountMinor = amount.units * 10n ** BigInt(2 - amount.scale);
  const tiyn = foreign && rate !== null ? convertToTiyn(amount, rate) : amountMinor;
  if (tiyn > BigInt(Number.MAX_SAFE_INTEGER) || amountMinor > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, errors: [{ field: 'amount', code: CardErrorCode.amountInvalid, message: CARD_ERROR_MESSAGES['card.amount_invalid'] }] };
  }
  return { ok: true, card: { ...input, currency, amountMinor: Number(amountMinor), amountTiyn: Number(tiyn) } };
}
