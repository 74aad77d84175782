/**
 * SIMP-1: which fines from ЕРАП qualify for the simplified proceeding.
 * Seed 001 п.1: "административных штрафов до 10 МРП" of citizens; п.1 of
 * the order: the city of Taraz; п.6: in force until 31 December 2024. All
 * three are settings because the law that followed (art. 10-1, DOMAIN.md)
 * widened the scheme and later reporting mentions 20 MRP.
 *
 * Every failing condition is reported, not only the first, so staff see the
 * whole picture and the dashboard can count reasons. Ineligible is always
 * the safe answer: the ordinary path handles any fine, so anything doubtful
 * (an identifier that is neither clearly an IIN nor a BIN, an unknown
 * territory, a date with no MRP) goes there.
 */
import {
  MRP_TABLE, MrpUnavailableError, formatMoney, identifierKindOf, isIsoDate, isValidIin, mrpOnFrom, mrpToTiyn, regionOfKato,
  type IsoDate, type MrpEntry, type Tiyn,
} from '@oryndau/kz';
import { IneligibilityCode, reasonOf, type Reason } from './eligibility-reasons';
import { formatDateDmy } from './format';
import { TARAZ_KATO, isKato, katoWithin } from './territory';

/** The facts of one ЕРАП fine that eligibility depends on. */
export type EligibilityFine = {
  /** Debtor's 12-digit identifier as ЕРАП sent it. */
  readonly debtorIin: string;
  readonly amountTiyn: Tiyn;
  /** The day the administrative case was opened: it fixes the MRP (DOMAIN.md "Money"). */
  readonly caseOpenedOn: IsoDate;
  /** KATO code of the debtor's territory (a region code or a finer one). */
  readonly territoryKato: string;
};

/** Inclusive bounds; null = open on that side. */
export type PilotPeriod = { readonly from: IsoDate | null; readonly until: IsoDate | null };

export type SimplifiedSettings = {
  /** Upper bound in MRP, inclusive ("до 10 МРП" read as "up to and including"). May be fractional. */
  readonly thresholdMrp: number;
  /** KATO codes of pilot territories (each covers its sub-territories), or the whole country. */
  readonly territories: 'nationwide' | readonly string[];
  /** Compared with the case-opening date. */
  readonly period: PilotPeriod;
};

/**
 * Defaults from seed 001. The period has no start: the order took effect
 * "after the day of its first official publication", a date the seed does
 * not give, and a fine opened earlier but collected during the pilot is
 * still within its purpose.
 */
export const DEFAULT_SIMPLIFIED_SETTINGS: SimplifiedSettings = Object.freeze({
  thresholdMrp: 10,
  territories: Object.freeze([TARAZ_KATO]),
  period: Object.freeze({ from: null, until: '2024-12-31' }),
});

export type Eligibility = { readonly eligible: true } | { readonly eligible: false; readonly reasons: readonly Reason[] };

/** Throws RangeError for settings an administrator could not have meant. */
export function assertSettings(settings: SimplifiedSettings): SimplifiedSettings {
  const { thresholdMrp, territories, period } = settings;
  if (!Number.isFinite(thresholdMrp) || thresholdMrp <= 0) throw new RangeError(`thresholdMrp must be positive, got ${thresholdMrp}`);
  if (territories !== 'nationwide') {
    for (const t of territories) if (!isKato(t)) throw new RangeError(`Pilot territory is not a KATO code: ${JSON.stringify(t)}`);
  }
  for (const bound of [period.from, period.until]) {
    if (bound !== null && !isIsoDate(bound)) throw new RangeError(`Pilot period bound is not a date: ${JSON.stringify(bound)}`);
  }
  if (period.from !== null && period.until !== null && period.from > period.until) {
    throw new RangeError(`Pilot period starts ${period.from} after it ends ${period.until}`);
  }
  return settings;
}

/** threshold × MRP of that day, in tiyn; throws MrpUnavailableError before the table starts. */
export function thresholdTiyn(caseOpenedOn: IsoDate, thresholdMrp: number, mrpTable: readonly MrpEntry[] = MRP_TABLE): Tiyn {
  // 'general': fines and thresholds use the MRP for fines, not the benefits one (2022 split).
  return mrpToTiyn(thresholdMrp, caseOpenedOn, 'general', mrpTable);
}

function debtorReasons(iin: string): Reason[] {
  // An IIN and a BIN share the checksum; the 5th digit tells them apart.
  const kind = identifierKindOf(iin);
  if (kind === 'bin' && isValidIin(iin)) return [reasonOf(IneligibilityCode.debtorNotIndividual)];
  if (kind !== 'iin' || !isValidIin(iin)) return [reasonOf(IneligibilityCode.debtorIdInvalid)];
  return [];
}

function amountReasons(fine: EligibilityFine, settings: SimplifiedSettings, mrpTable: readonly MrpEntry[]): Reason[] {
  const amount = fine.amountTiyn;
  if (!Number.isSafeInteger(amount) || amount <= 0) return [reasonOf(IneligibilityCode.amountInvalid, { amount: String(amount) })];
  if (!isIsoDate(fine.caseOpenedOn)) return [];
  const date = fine.caseOpenedOn;
  let limit: Tiyn;
  let mrp: number;
  try {
    mrp = mrpOnFrom(mrpTable, date, 'general');
    limit = thresholdTiyn(date, settings.thresholdMrp, mrpTable);
  } catch (error) {
    if (error instanceof MrpUnavailableError) return [reasonOf(IneligibilityCode.mrpUnknown, { date }, { date: formatDateDmy(date) })];
    throw error;
  }
  if (amount <= limit) return [];
  const params = { amount, limit, mrp: mrp * 100, threshold: settings.thresholdMrp, date };
  const display = {
    amount: formatMoney(amount, 'ru'), limit: formatMoney(limit, 'ru'), mrp: formatMoney(mrp * 100, 'ru'),
    threshold: String(settings.thresholdMrp).replace('.', ','), date: formatDateDmy(date),
  };
  return [reasonOf(IneligibilityCode.amountOverThreshold, params, display)];
}

function periodReasons(caseOpenedOn: IsoDate, period: PilotPeriod): Reason[] {
  if (!isIsoDate(caseOpenedOn)) return [reasonOf(IneligibilityCode.caseDateInvalid, { date: String(caseOpenedOn) })];
  const date = formatDateDmy(caseOpenedOn);
  if (period.from !== null && caseOpenedOn < period.from) {
    return [reasonOf(IneligibilityCode.beforePilot, { date: caseOpenedOn, from: period.from }, { date, from: formatDateDmy(period.from) })];
  }
  if (period.until !== null && caseOpenedOn > period.until) {
    return [reasonOf(IneligibilityCode.afterPilot, { date: caseOpenedOn, until: period.until }, { date, until: formatDateDmy(period.until) })];
  }
  return [];
}

function territoryReasons(kato: string, territories: SimplifiedSettings['territories']): Reason[] {
  const params = { territory: String(kato) };
  // Even nationwide, the deadline needs the region's time zone.
  if (!isKato(kato) || regionOfKato(kato) === undefined) return [reasonOf(IneligibilityCode.territoryUnknown, params)];
  if (territories === 'nationwide' || territories.some((t) => katoWithin(kato, t))) return [];
  return [reasonOf(IneligibilityCode.outsidePilotTerritory, params)];
}

/**
 * SIMP-1. `mrpTable` defaults to the built-in table; pass the database's
 * rows when an administrator maintains them.
 */
export function checkEligibility(
  fine: EligibilityFine,
  settings: SimplifiedSettings = DEFAULT_SIMPLIFIED_SETTINGS,
  mrpTable: readonly MrpEntry[] = MRP_TABLE,
): Eligibility {
  assertSettings(settings);
  const reasons = [
    ...debtorReasons(fine.debtorIin),
    ...amountReasons(fine, settings, mrpTable),
    ...periodReasons(fine.caseOpenedOn, settings.period),
    ...territoryReasons(fine.territoryKato, settings.territories),
  ];
  return reasons.length === 0 ? { eligible: true } : { eligible: false, reasons };
}
