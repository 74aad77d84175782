// FILE-3, SIG-8 (ISSUE-14 item 2): who an NCA authentication certificate says
// its holder is. Pure: the caller passes what the verifier read from a
// certificate that passed the whole checklist (spec/ESIGN.md), never a field
// the browser sent.

/**
 * The NCA writes the holder's role into the certificate's extended key usage
 * (spec/ESIGN.md "Role OIDs in EKU"); the verifier (packages/esign
 * `ROLE_OID`) reads those OIDs into these names.
 */
export const CERTIFICATE_ROLE_OIDS = {
  individual: '1.2.398.3.3.4.1.1',
  'legal-entity': '1.2.398.3.3.4.1.2',
  /** Первый руководитель / бірінші басшы. */
  'first-head': '1.2.398.3.3.4.1.2.1',
  /** Право подписи / қол қою құқығы. */
  'sign-right': '1.2.398.3.3.4.1.2.2',
  finance: '1.2.398.3.3.4.1.2.3',
  hr: '1.2.398.3.3.4.1.2.4',
  /** Сотрудник / қызметкер. */
  employee: '1.2.398.3.3.4.1.2.5',
} as const;

export type CertificateRole = keyof typeof CERTIFICATE_ROLE_OIDS;

/** The roles a legal entity's certificate may carry, besides `legal-entity` itself. */
export const ORGANISATION_ROLES = ['first-head', 'sign-right', 'finance', 'hr', 'employee'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** What the verified certificate says, as the server's verifier reports it. */
export type CertificateSubject = {
  iin: string | null;
  bin: string | null;
  /** CN: "SURNAME NAME". */
  name: string | null;
  /** O: the organisation's name, on a legal entity's certificate. */
  organization: string | null;
  /** Role names (or their OIDs) read from the EKU. */
  roles: readonly string[];
};

/** The organisation the signed-in person acts for, from their certificate (a legal entity's representative). */
export type OrganisationRepresentation = {
  bin: string;
  /** As the certificate names it (O=); the BIN itself when the certificate has no name. */
  organisationName: string;
  /** The certificate carries the first-head role (1.2.398.3.3.4.1.2.1). */
  firstHead: boolean;
  /** Every organisation role of the certificate, in the order of ORGANISATION_ROLES. */
  roles: OrganisationRole[];
};

export type CertificateIdentity = {
  /** The person: the certificate's IIN (null for an organisation's own key, which cannot sign anyone in). */
  iin: string | null;
  /** Set when the certificate is a legal entity's (it carries a BIN). */
  representing: OrganisationRepresentation | null;
};

const TWELVE_DIGITS = /^\d{12}$/;
const OID_ROLE = new Map<string, CertificateRole>(Object.entries(CERTIFICATE_ROLE_OIDS).map(([role, oid]) => [oid, role as CertificateRole]));

/** A role as the verifier wrote it: its name, or its OID. */
function roleOf(value: string): CertificateRole | null {
  if (value in CERTIFICATE_ROLE_OIDS) return value as CertificateRole;
  return OID_ROLE.get(value.trim()) ?? null;
}

/**
 * Who the certificate says its holder is: the person (IIN) and, when it is a
 * legal entity's certificate (OU=BIN…), the organisation they act for and
 * whether as its first head. A malformed IIN or BIN counts as absent.
 */
export function certificateIdentity(subject: CertificateSubject): CertificateIdentity {
  const iin = subject.iin && TWELVE_DIGITS.test(subject.iin) ? subject.iin : null;
  const bin = subject.bin && TWELVE_DIGITS.test(subject.bin) ? subject.bin : null;
  if (!bin) return { iin, representing: null };
  const held = new Set(subject.roles.map(roleOf).filter((role): role is CertificateRole => role !== null));
  const roles = ORGANISATION_ROLES.filter((role) => held.has(role));
  const organisationName = subject.organization?.trim() || bin;
  return { iin, representing: { bin, organisationName, firstHead: held.has('first-head'), roles } };
}

/** SIG-8: may this representative act for the organisation as its head (e.g. sign its power of attorney)? */
export function actsAsFirstHead(representing: OrganisationRepresentation | null, bin: string): boolean {
  return representing !== null && representing.bin === bin && representing.firstHead;
}
