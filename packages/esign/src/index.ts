// Public API of @oryndau/esign: the Kazakh digital signature (ЭЦП) — NCA
// certificates, CMS/CAdES, CRLs, the verifier of the ESIGN.md checklist, and
// the dev PKI. Runs in Node 20 and in the browser (no `node:` imports).
export {
  OID, algorithmByName, algorithmForSignatureOid, algorithmForSpki, describeUnsupported, supportedAlgorithms,
  type AlgorithmName, type PrivateKey, type SignatureAlgorithm,
} from './algorithms';
export { isPkcs12Error, openPkcs12, Pkcs12Error, Pkcs12ErrorCode, type OpenedKeyFile } from './pkcs12';
export { EsignError, EsignErrorCode, isEsignError } from './errors';
export { derOrPem, pemBlocks, toPem } from './pem';
export { fromBase64, toBase64 } from './bytes';
export {
  EKU_OID, POLICY_OID, ROLES, ROLE_OID, parseCertificate, purposesOf, verifyIssuedBy,
  type CertificateAlgorithm, type CertificateName, type KeyPurpose, type KeyUsageName, type NcaCertificate, type Role,
} from './certificates';
export {
  CMS_OID, createSignedData, parseSignedData, verifySignedDataCryptography,
  type CreateSignedDataOptions, type ParsedSignedData, type ParsedSigner, type SignerCryptoResult,
} from './cms';
export { addTimestampToken } from './cms/add-timestamp';
export {
  crlIsCurrent, crlIssuedBy, crlTiming, parseCrl, revocationStatus, revokedAt, type ParsedCrl, type RevocationReason, type RevocationStatus,
} from './crl';
export { anchorsFromFile, buildChain, productionAnchor, testAnchor, type ChainResult, type TrustAnchor } from './chain';
export {
  CHECK_NAMES, InMemoryNonceStore, REASON_CODES, REASON_TEXT, reason, verifySignature, verifyTimestampToken,
  type Check, type CheckName, type Evidence, type NonceOutcome, type NonceStore, type Reason, type ReasonCode,
  type SignerExpectation, type SignerSummary, type VerificationResult, type VerifyInput, type VerifyOptions,
} from './verify';
export {
  buildOcspRequest, checkOcspResponse, httpOcspTransport, parseOcspRequest, parseOcspResponse, queryOcsp, DEFAULT_OCSP_MAX_AGE_MS, OCSP_OID,
  type OcspHash, type OcspTransport, type OcspVerdict, type ParsedOcspResponse,
} from './ocsp';
export { checkRevocation, type OcspOptions, type RevocationOutcome } from './verify';
export * as devCa from './dev-ca';
