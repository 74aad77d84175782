// The system organisation — Oryndau itself — is reference data every
// installation has, demo data or not: the first administrator belongs to it
// and its key seals the system's own acts (simplified proceedings). Only its
// BIN differs between installations (SYSTEM_ORGANISATION_BIN).

export const SYSTEM_ORGANISATION_ID = 'system';

/** The BIN of the dev installation (made up, valid check digit); production sets its own. */
export const DEV_SYSTEM_ORGANISATION_BIN = '220140000008';

export const SYSTEM_ORGANISATION_REFERENCE = {
  id: SYSTEM_ORGANISATION_ID,
  kind: 'system',
  name: { kk: 'Oryndau жүйесі', ru: 'Система Oryndau' },
  /** Astana (KATO). */
  regionId: '710000000',
  timeZone: 'Asia/Almaty',
} as const;

/** The system organisation as the database holds it. */
export type SystemOrganisation = { id: string; bin: string; name: { kk: string; ru: string } };
