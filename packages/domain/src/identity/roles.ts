/** the roles of the system (names in kk/ru live in i18n, `role.<role>`). */
export const ROLES = [
  'state_bailiff', // ГСИ — государственный судебный исполнитель
  'private_bailiff', // ЧСИ — частный судебный исполнитель
  'senior_bailiff', // старший судебный исполнитель: approves resolutions
  'court_office', // специалист канцелярии суда
  'judge',
  'court_secretary', // секретарь судебного заседания
  'court_chairman', // председатель суда
  'licensing_officer', // сотрудник лицензиара
  'citizen', // debtor, claimant, party to a case, applicant
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export const ORGANISATION_KINDS = [
  'court',
  'enforcement_department', // территориальный департамент юстиции: state bailiffs
  'chamber_of_private_bailiffs', // региональная палата ЧСИ
  'private_bailiff_office',
  'licensor', // Ministry of Justice as the licensor of private bailiffs
  'system', // Oryndau itself: signs the system's own acts
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * The signed-in person as policies see them: everything a rule needs is
 * here (filled once when the session is read), so a policy never queries.
 */
export type Subject = {
  id: string;
  iin: string;
  roles: readonly Role[];
  organisationId: string | null;
  /** The kind of that organisation, e.g. a senior bailiff oversees a region only from an enforcement department. */
  organisationKind: OrganisationKind | null;
  /** KATO code of the organisation's region (a senior bailiff's territory). */
  regionId: string | null;
  /**
   * FILE-3, SIG-8: the legal entity the person acts for in this session, as
   * their sign-in certificate said (its BIN; whether as first head). Absent
   * or null: acting for themselves.
   */
  representing?: { bin: string; firstHead: boolean } | null;
};
