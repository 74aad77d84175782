import type { IsoDate, LocalizedText } from '../localized';

// ГБД ФЛ — the state database of individuals, reached through the
// e-government gateway (ШЭП). LIC-3: the licensor's employee looks the
// applicant up here; an absent person means refusal.

export type PersonSex = 'male' | 'female';

export type IdentityDocumentType = 'id_card' | 'passport' | 'residence_permit' | 'birth_certificate';

export interface IdentityDocument {
  readonly type: IdentityDocumentType;
  readonly number: string;
  readonly issuedOn: IsoDate;
  readonly validUntil: IsoDate | null;
  readonly issuer: LocalizedText;
}

export interface PersonAddress {
  /** Region code: the KATO id of the region or city (@oryndau/kz `REGIONS`), e.g. `310000000` for Zhambyl. */
  readonly regionCode: string;
  readonly region: LocalizedText;
  readonly locality: LocalizedText;
  readonly street: LocalizedText;
  readonly house: string;
  readonly apartment: string | null;
  /** The whole address as one line, ready to print on a resolution. */
  readonly full: LocalizedText;
}

export interface Person {
  readonly iin: string;
  readonly surname: string;
  readonly name: string;
  readonly patronymic: string | null;
  readonly birthDate: IsoDate;
  readonly sex: PersonSex;
  /** ISO 3166-1 alpha-2, `KZ` for citizens. */
  readonly citizenship: string;
  readonly registeredAddress: PersonAddress;
  readonly document: IdentityDocument | null;
}

export interface GbdFlPort {
  /** Throws AdapterError `not_found` when the IIN is not in the database. */
  getPersonByIin(iin: string): Promise<Person>;
}
