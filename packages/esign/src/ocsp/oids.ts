// OCSP (RFC 6960) identifiers.
export const OCSP_OID = {
  basic: '1.3.6.1.5.5.7.48.1.1',
  nonce: '1.3.6.1.5.5.7.48.1.2',
  crlReference: '1.3.6.1.5.5.7.48.1.3',
  noCheck: '1.3.6.1.5.5.7.48.1.5',
  archiveCutoff: '1.3.6.1.5.5.7.48.1.6',
  /** RFC 6960 §4.4.8: the responder answers "revoked" for serials it never issued. */
  extendedRevoke: '1.3.6.1.5.5.7.48.1.9',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

/** The CertID hashes a request can be built with (the responder decides which it expects). */
export type OcspHash = 'SHA-1' | 'SHA-256';

export const OCSP_HASH_OID: Record<OcspHash, string> = { 'SHA-1': OCSP_OID.sha1, 'SHA-256': OCSP_OID.sha256 };

export const OCSP_RESPONSE_STATUS = ['successful', 'malformedRequest', 'internalError', 'tryLater', 'unused', 'sigRequired', 'unauthorized'] as const;

export type OcspResponseStatus = (typeof OCSP_RESPONSE_STATUS)[number];
