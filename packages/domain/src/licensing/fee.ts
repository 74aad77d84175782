/**
 * LIC-2 (seed 004 §6 process 4): the licence fee (лицензионный сбор) is paid
 * through the payment gateway before signing. Amount = rate in MRP × the MRP
 * in force on the PAYMENT date (DOMAIN.md "Money"; the `general` purpose).
 *
 * The rate is UNCONFIRMED (COURTS-LAW.md §6: НК-2026 art. 616 p.4 — the
 * table did not survive in the mirror). The values below are placeholders
 * kept as data with that mark: the issue rate of 10 MRP and the re-issue /
 * duplicate shares follow the pattern of the old Tax Code's licence-fee
 * article (re-issue 10 % of the issue rate, duplicate 100 %) and MUST be
 * checked on adilet before release. The MRP table itself is `@oryndau/kz`'s
 * (sourced there).
 */
import { MRP_TABLE, mrpOnFrom, mrpToTiyn, type IsoDate, type MrpEntry, type Tiyn } from '@oryndau/kz';
import type { LicensingService } from './services';

export type LicenceFeeRate = {
  readonly service: LicensingService;
  /** Rate in MRP (may be fractional: 10 % of 10 MRP = 1 MRP). */
  readonly mrp: number;
  readonly source: string;
  readonly mark: 'C' | 'C2' | 'U';
};

export const LICENCE_FEE_RATES: Readonly<Record<LicensingService, LicenceFeeRate>> = {
  issue: { service: 'issue', mrp: 10, mark: 'U', source: 'НК-2026 ст. 616 п. 4 (таблица не получена; COURTS-LAW.md §6 — U)' },
  reissue: { service: 'reissue', mrp: 1, mark: 'U', source: 'НК-2026 ст. 616 (10 % от ставки при выдаче — по старому НК; не подтверждено)' },
  duplicate: { service: 'duplicate', mrp: 10, mark: 'U', source: 'НК-2026 ст. 616 (100 % от ставки при выдаче — по старому НК; не подтверждено)' },
};

export type LicenceFee = {
  readonly service: LicensingService;
  readonly paidOn: IsoDate;
  readonly rateMrp: number;
  /** The MRP in tenge on the payment date. */
  readonly mrpTenge: number;
  readonly amountTiyn: Tiyn;
  readonly confirmed: boolean;
  readonly source: string;
};

/** The fee for a service paid on `paidOn` (the payer's local date), from the rate table and MRP table (both overridable). */
export function licenceFee(service: LicensingService, paidOn: IsoDate,
  rates: Readonly<Record<LicensingService, LicenceFeeRate>> = LICENCE_FEE_RATES, mrpTable: readonly MrpEntry[] = MRP_TABLE): LicenceFee {
  const rate = rates[service];
  return {
    service, paidOn, rateMrp: rate.mrp, mrpTenge: mrpOnFrom(mrpTable, paidOn, 'general'),
    amountTiyn: mrpToTiyn(rate.mrp, paidOn, 'general', mrpTable), confirmed: rate.mark !== 'U', source: rate.source,
  };
}
