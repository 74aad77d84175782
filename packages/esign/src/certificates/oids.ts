// OIDs of the NCA RK certificate profile (spec/ESIGN.md).

export const NAME_OID = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  givenName: '2.5.4.42',
  email: '1.2.840.113549.1.9.1',
} as const;

export const EXTENSION_OID = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  crlDistributionPoints: '2.5.29.31',
  certificatePolicies: '2.5.29.32',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  freshestCrl: '2.5.29.46',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
} as const;

export const EKU_OID = {
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
} as const;

/** Roles the NCA writes into the extended key usage of a certificate. */
export const ROLE_OID = {
  individual: '1.2.398.3.3.4.1.1',
  'legal-entity': '1.2.398.3.3.4.1.2',
  'first-head': '1.2.398.3.3.4.1.2.1',
  'sign-right': '1.2.398.3.3.4.1.2.2',
  finance: '1.2.398.3.3.4.1.2.3',
  hr: '1.2.398.3.3.4.1.2.4',
  employee: '1.2.398.3.3.4.1.2.5',
} as const;

export type Role = keyof typeof ROLE_OID;

export const ROLES = Object.keys(ROLE_OID) as Role[];

export const POLICY_OID = {
  legalEntitySign: '1.2.398.3.3.2.1',
  legalEntityAuth: '1.2.398.3.3.2.2',
  individualSign: '1.2.398.3.3.2.3',
  individualAuth: '1.2.398.3.3.2.4',
  /** The issuing CA's own policy (“НУЦ РК”), on CA certificates. */
  caPolicy: '1.2.398.3.3.1.1',
} as const;
