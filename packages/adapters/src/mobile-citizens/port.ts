import type { IsoDate } from '../localized';

// "База мобильных граждан": the phone a citizen registered for e-government
// notifications. SIMP-2 asks it for the debtor's phone before initiating a
// simplified proceeding.

export interface MobilePhoneRecord {
  readonly iin: string;
  /** Always in the display form `+7 7xx xxx xx xx`, whatever the system sent. */
  readonly phone: string;
  readonly operator: string | null;
  readonly registeredOn: IsoDate | null;
}

/** One IIN's answer in a batch look-up: its record, null when the person registered none, or why the base refused that IIN. */
export type PhoneLookup =
  | { readonly iin: string; readonly record: MobilePhoneRecord | null }
  | { readonly iin: string; readonly refused: 'invalid_iin' };

/** At most this many IINs in one batch look-up (the client splits longer lists). */
export const PHONE_BATCH_MAX = 1000;

export interface MobileCitizensPort {
  /** The registered phone; throws AdapterError `not_found` when the person registered none. */
  getPhoneByIin(iin: string): Promise<MobilePhoneRecord>;
  /**
   * Many IINs in one exchange (issue 18: the intake of an ЕРАП batch asks once,
   * not once per fine). One answer per IIN, in the order asked; a failure of
   * the exchange itself (unavailable, timeout) throws AdapterError for all.
   */
  getPhonesByIins(iins: readonly string[]): Promise<PhoneLookup[]>;
}
