export { CRL_EXTENSION_OID, parseCrl, type CrlEntry, type ParsedCrl, type RevocationReason } from './parse-crl';
export { crlIsCurrent, crlIssuedBy, crlTiming, revokedAt, revocationStatus, type CrlTiming, type RevocationStatus } from './revocation-status';
