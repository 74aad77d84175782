/**
 * Why a fine from ЕРАП does not qualify for the simplified proceeding
 * (SIMP-1). The reasons are stored with the case and shown to staff ("why
 * did this fine go the ordinary way"), so each code has a kk and a ru
 * template with the same {placeholders}; a test checks the parity.
 */
import type { Locale, LocalizedText } from '@oryndau/kz';

export const IneligibilityCode = {
  /** The debtor's identifier is not a valid IIN (format, checksum, or neither IIN nor BIN shape). */
  debtorIdInvalid: 'simplified.debtor_id_invalid',
  /** The identifier is a BIN: the pilot is for citizens, not legal entities. */
  debtorNotIndividual: 'simplified.debtor_not_individual',
  /** Amount is zero, negative or not whole tiyn. */
  amountInvalid: 'simplified.amount_invalid',
  /** Amount above threshold × MRP of the case-opening date. */
  amountOverThreshold: 'simplified.amount_over_threshold',
  /** The case-opening date is not a real YYYY-MM-DD date. */
  caseDateInvalid: 'simplified.case_date_invalid',
  /** No MRP is known for the case-opening date (before the MRP table starts). */
  mrpUnknown: 'simplified.mrp_unknown',
  /** The case was opened before the pilot period starts. */
  beforePilot: 'simplified.before_pilot',
  /** The case was opened after the pilot period ended. */
  afterPilot: 'simplified.after_pilot',
  /** The territory code is not a KATO code of a known region. */
  territoryUnknown: 'simplified.territory_unknown',
  /** The territory is outside the pilot territories. */
  outsidePilotTerritory: 'simplified.outside_pilot_territory',
} as const;

export type IneligibilityCode = (typeof IneligibilityCode)[keyof typeof IneligibilityCode];

export const INELIGIBILITY_CODES: readonly IneligibilityCode[] = Object.values(IneligibilityCode);

export type ReasonParams = Readonly<Record<string, string | number>>;

export type Reason = {
  readonly code: IneligibilityCode;
  /** Raw values (tiyn, dates, codes) for logs and the dashboard. */
  readonly params: ReasonParams;
  /** The rendered kk/ru sentence for people. */
  readonly text: LocalizedText;
};

// {amount} the fine, {limit} threshold × MRP, {threshold} MRP count, {mrp}
// one MRP, {date} case-opening date, {from}/{until} pilot period, {territory} KATO.
export const INELIGIBILITY_TEXTS: Readonly<Record<IneligibilityCode, LocalizedText>> = {
  [IneligibilityCode.debtorIdInvalid]: {
    kk: 'Борышкердің ЖСН-і дұрыс емес.',
    ru: 'ИИН должника указан неверно.',
  },
  [IneligibilityCode.debtorNotIndividual]: {
    kk: 'Борышкер — заңды тұлға (БСН); оңайлатылған іс жүргізу тек азаматтарға қолданылады.',
    ru: 'Должник — юридическое лицо (БИН); упрощенное производство применяется только к гражданам.',
  },
  [IneligibilityCode.amountInvalid]: {
    kk: 'Айыппұл сомасы дұрыс емес.',
    ru: 'Неверная сумма штрафа.',
  },
  [IneligibilityCode.amountOverThreshold]: {
    kk: 'Айыппұл {amount} шектен асады: {threshold} АЕК × {mrp} ({date} күнгі АЕК) = {limit}.',
    ru: 'Штраф {amount} превышает порог: {threshold} МРП × {mrp} (МРП на {date}) = {limit}.',
  },
  [IneligibilityCode.caseDateInvalid]: {
    kk: 'Әкімшілік іс қозғалған күн дұрыс емес.',
    ru: 'Неверная дата возбуждения административного дела.',
  },
  [IneligibilityCode.mrpUnknown]: {
    kk: '{date} күнгі АЕК мәні белгісіз.',
    ru: 'Значение МРП на {date} неизвестно.',
  },
  [IneligibilityCode.beforePilot]: {
    kk: 'Әкімшілік іс {date} қозғалған, пилоттық жоба {from} басталады.',
    ru: 'Административное дело возбуждено {date}, пилотный проект начинается {from}.',
  },
  [IneligibilityCode.afterPilot]: {
    kk: 'Әкімшілік іс {date} қозғалған, пилоттық жоба {until} аяқталды.',
    ru: 'Административное дело возбуждено {date}, пилотный проект действовал по {until}.',
  },
  [IneligibilityCode.territoryUnknown]: {
    kk: 'Аумақ коды ({territory}) белгісіз.',
    ru: 'Код территории ({territory}) неизвестен.',
  },
  [IneligibilityCode.outsidePilotTerritory]: {
    kk: 'Аумақ ({territory}) пилоттық жобаға кірмейді.',
    ru: 'Территория ({territory}) не входит в пилотный проект.',
  },
};

function fill(template: string, params: ReasonParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Renders both languages at once so a stored reason reads the same later. */
export function reasonOf(code: IneligibilityCode, params: ReasonParams = {}, display: ReasonParams = params): Reason {
  const text = INELIGIBILITY_TEXTS[code];
  return { code, params, text: { kk: fill(text.kk, display), ru: fill(text.ru, display) } };
}

/** The text of a reason code in one language, with placeholders filled. */
export function renderIneligibility(code: IneligibilityCode, locale: Locale, params: ReasonParams = {}): string {
  return fill(INELIGIBILITY_TEXTS[code][locale], params);
}
