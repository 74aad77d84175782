export { verifySignature } from './verify-signature';
export { InMemoryNonceStore, type NonceOutcome, type NonceStore } from './nonce-store';
export { REASON_CODES, REASON_TEXT, reason, type Reason, type ReasonCode } from './reasons';
export { verifyTimestampToken, type TimestampVerdict } from './timestamp';
export {
  CHECK_NAMES, type Check, type CheckName, type Evidence, type SignerExpectation, type SignerSummary,
  type VerificationResult, type VerifyInput, type VerifyOptions,
} from './types';
export { checkRevocation, type OcspOptions, type RevocationOutcome } from './revocation';
