/**
 * MRP (МРП, monthly calculation index) — the unit fines, duties, thresholds
 * and benefits are expressed in. Set yearly by the budget law and sometimes
 * changed mid-year, and in 2022 different for different purposes, so the
 * table is keyed by effective date *and* purpose (DOMAIN.md "Money").
 *
 * The table is data: a database may load its own rows (MrpEntry[]) and call
 * mrpOnFrom; MRP_TABLE is the built-in default.
 */
import { decimalFromNumber, rescale, toSafeNumber } from './decimal';
import { assertIsoDate, type IsoDate } from './iso-date';
import type { Tiyn } from './money';

/**
 * 'general' — fines, taxes, duties and thresholds (e.g. the simplified
 * proceedings limit); 'benefits' — benefits and other social payments.
 */
export type MrpPurpose = 'general' | 'benefits';

export const MRP_PURPOSES: readonly MrpPurpose[] = ['general', 'benefits'];

export type MrpEntry = {
  /** First day the value applies (inclusive); it applies until the next row of the same purpose. */
  effectiveFrom: IsoDate;
  purpose: MrpPurpose;
  /** Whole tenge. */
  tenge: number;
};

function both(effectiveFrom: IsoDate, tenge: number): MrpEntry[] {
  return [
    { effectiveFrom, purpose: 'general', tenge },
    { effectiveFrom, purpose: 'benefits', tenge },
  ];
}

/**
 * Values from DOMAIN.md. Sources seen: the budget laws as reported for 2015
 * (1 982), 2022 (3 063), 2023 (3 450) and 2026 (4 325), all stating one value
 * "for benefits … and for fines, taxes and other payments".
 * Unconfirmed here, kept as in DOMAIN.md:
 * - 1 Apr 2020 (2 778) is applied to both purposes (DOMAIN.md names no split);
 * - 1 Jun 2022 (3 180) is applied to benefits only. One regional news report
 *   (arna-news.kz) quoted fines at 3 180 too; DOMAIN.md says fines and taxes
 *   kept 3 063. Override the table from the database if that proves wrong.
 */
export const MRP_TABLE: readonly MrpEntry[] = Object.freeze(([
  ...both('2015-01-01', 1982),
  ...both('2016-01-01', 2121),
  ...both('2017-01-01', 2269),
  ...both('2018-01-01', 2405),
  ...both('2019-01-01', 2525),
  ...both('2020-01-01', 2651),
  ...both('2020-04-01', 2778),
  ...both('2021-01-01', 2917),
  ...both('2022-01-01', 3063),
  { effectiveFrom: '2022-06-01', purpose: 'benefits', tenge: 3180 },
  ...both('2023-01-01', 3450),
  ...both('2024-01-01', 3692),
  ...both('2025-01-01', 3932),
  ...both('2026-01-01', 4325),
] satisfies MrpEntry[]).map((e): MrpEntry => Object.freeze(e)));

/** No MRP value is known for that day and purpose (before the table starts). */
export class MrpUnavailableError extends RangeError {
  readonly code = 'kz.mrp_unavailable';
  readonly date: IsoDate;
  readonly purpose: MrpPurpose;

  constructor(date: IsoDate, purpose: MrpPurpose) {
    super(`No MRP (${purpose}) is known for ${date}`);
    this.name = 'MrpUnavailableError';
    this.date = date;
    this.purpose = purpose;
  }
}

/**
 * The MRP in tenge in force on `date` for `purpose`, from any table (rows in
 * any order). The latest row starting on or before the date wins; two rows
 * for the same day and purpose are a data error.
 */
export function mrpOnFrom(table: readonly MrpEntry[], date: IsoDate, purpose: MrpPurpose): number {
  assertIsoDate(date);
  let best: MrpEntry | null = null;
  for (const entry of table) {
    if (entry.purpose !== purpose || entry.effectiveFrom > date) continue;
    if (best !== null && entry.effectiveFrom === best.effectiveFrom && entry.tenge !== best.tenge) {
      throw new RangeError(`MRP table has two values for ${purpose} from ${entry.effectiveFrom}`);
    }
    if (best === null || entry.effectiveFrom > best.effectiveFrom) best = entry;
  }
  if (best === null) throw new MrpUnavailableError(date, purpose);
  return best.tenge;
}

/** The built-in table's MRP on that day, in whole tenge. */
export function mrpOn(date: IsoDate, purpose: MrpPurpose): number {
  return mrpOnFrom(MRP_TABLE, date, purpose);
}

/**
 * `count` MRP in tiyn. Fractional counts (0.5, 0.2, 1.5 MRP) are read as the
 * decimal they are written as (0.1 is exactly one tenth, not the nearest
 * float), multiplied exactly, then rounded once to a whole tiyn half away
 * from zero. Fines use the MRP of the day the case was opened — pass that
 * date, not today.
 */
export function mrpToTiyn(count: number, date: IsoDate, purpose: MrpPurpose, table: readonly MrpEntry[] = MRP_TABLE): Tiyn {
  const mrpTiyn = BigInt(mrpOnFrom(table, date, purpose)) * 100n;
  const factor = decimalFromNumber(count);
  return toSafeNumber(rescale({ units: factor.units * mrpTiyn, scale: factor.scale }, 0), 'MRP amount');
}
