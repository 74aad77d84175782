export { createDevPki, DEV_ISSUING_NAME, DEV_ROOT_NAME, type CaMaterial, type CreateDevPkiOptions, type DevPki } from './create-dev-pki';
export { issueCertificate, issueOcspResponderCertificate, issueTsaCertificate, type IssueRequest, type IssuedCertificate, type OrganizationRole } from './issue-certificate';
export { createCrl, type CrlOptions, type RevokedEntry } from './create-crl';
export { exportPkcs12 } from './pkcs12-export';
export { createTimestampToken } from './timestamp-authority';
export { generateKeyPair, type KeyPair } from './key-pairs';
export {
  DEV_CRL_LIFETIME_MS, publishCrls, recordIssued, revokeSerial, type DevPkiState, type IssuedRecord, type RevokedRecord,
} from './dev-pki-state';
export {
  PKI_FILES, loadDevPki, loadOrCreateDevPki, publishDevCrls, readDevTrust, saveDevPki, type PkiDirectory,
} from './fs-store';
export {
  answerOcspRequest, ocspErrorResponse, signOcspResponse,
  type AnswerRequestOptions, type OcspAnswer, type OcspAnswerStatus, type OcspResponderKey, type SignOcspResponseOptions,
} from './ocsp-responder';
