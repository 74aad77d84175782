// The system organisation — the Ministry of Justice of the Republic of
// Kazakhstan, which operates Oryndau — is reference data every installation
// has, demo data or not: the first administrator belongs to it and its key
// seals the system's own acts (simplified proceedings): "the system seal of
// the Ministry of Justice", as /verify says (issue 13 item 2). Only its BIN
// differs between installations (SYSTEM_ORGANISATION_BIN); its name is
// brought up to date on every start (ensureSystemOrganisation).

export const SYSTEM_ORGANISATION_ID = 'system';

/** The BIN of the dev installation (made up, valid check digit); production sets its own. */
export const DEV_SYSTEM_ORGANISATION_BIN = '220140000008';

export const SYSTEM_ORGANISATION_REFERENCE = {
  id: SYSTEM_ORGANISATION_ID,
  kind: 'system',
  name: { kk: 'Қазақстан Республикасының Әділет министрлігі', ru: 'Министерство юстиции Республики Казахстан' },
  /** Astana (KATO). */
  regionId: '710000000',
  timeZone: 'Asia/Almaty',
} as const;

/** The system organisation as the database holds it. */
export type SystemOrganisation = { id: string; bin: string; name: { kk: string; ru: string } };
