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

export interface MobileCitizensPort {
  /** The registered phone; throws AdapterError `not_found` when the person registered none. */
  getPhoneByIin(iin: string): Promise<MobilePhoneRecord>;
}
