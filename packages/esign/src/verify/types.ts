import type { AlgorithmName } from '../algorithms/types';
import type { TrustAnchor } from '../chain/trust-anchors';
import type { KeyPurpose } from '../certificates/parse-certificate';
import type { Role } from '../certificates/oids';
import type { NonceStore } from './nonce-store';
import type { OcspOptions } from './revocation';
import type { Reason, ReasonCode } from './reasons';

/** The ESIGN.md checklist, in order, plus the signature value itself. */
export const CHECK_NAMES = [
  'parsing', 'signature', 'content', 'chain', 'time', 'revocation', 'purpose', 'binding', 'freshness', 'test_pki', 'evidence',
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

export type Check = { name: CheckName; ok: boolean; detail: string };

export type VerifyInput = {
  /** The CMS as received (DER). */
  cms: Uint8Array;
  /** The server's own copy of what was signed; required for a detached signature. */
  content?: Uint8Array;
};

export type SignerExpectation = {
  /** The acting person's IIN, from the session — never from the request. */
  iin?: string;
  /** The organisation's BIN for an act done on its behalf. */
  bin?: string;
  /** Any one of these roles is enough (e.g. first head or right to sign). */
  roles?: Role[];
};

export type VerifyOptions = {
  /** Pinned trust anchors; nothing else is trusted. */
  anchors: TrustAnchor[];
  /** Intermediate CA certificates the server holds: hints, like those inside the CMS. */
  intermediates?: Uint8Array[];
  /** CRLs (DER, full and delta) available to the server. */
  crls: Uint8Array[];
  /** OCSP (RFC 6960): answers at hand and the responder to ask; CRL or OCSP must give a fresh status (fail closed). */
  ocsp?: OcspOptions;
  /** When the server received the signature: the time checked at unless a verified time-stamp says otherwise. */
  receivedAt: Date;
  /** 'sign' for a procedural act, 'auth' for sign-in. */
  purpose: KeyPurpose;
  /** How many signers the CMS must have (default 1). */
  expectedSigners?: number;
  /** Applied to every signer. */
  expect?: SignerExpectation;
  /** Accept certificates that chain to anchors marked `test` (dev CA, NCA test PKI). */
  allowTestPki?: boolean;
  /** Sign-in: the content must be this nonce, and it is consumed from the store. */
  nonce?: { value: string; store: NonceStore };
  /** Anchors for time-stamp authorities; default: `anchors`. */
  tsaAnchors?: TrustAnchor[];
};

export type SignerSummary = {
  iin: string | null;
  bin: string | null;
  name: string | null;
  organization: string | null;
  roles: Role[];
  purpose: KeyPurpose[];
  /** The algorithm name, or a description of an unsupported one. */
  algorithm: AlgorithmName | string;
  serialNumber: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
};

/** What lets the verdict be re-proven years later (checklist 10). */
export type Evidence = {
  signedObject: Uint8Array;
  /** Leaf first, the trust anchor last (of the first signer). */
  chain: Uint8Array[];
  /** The CRLs the revocation verdict rests on. */
  crls: Uint8Array[];
  /** The OCSP responses (DER) the revocation verdict rests on. */
  ocsp: Uint8Array[];
  timestamp: Uint8Array | null;
  /** The time everything was checked at. */
  time: string;
  timeSource: 'timestamp' | 'receipt';
  /** The signer's own signingTime claim, recorded but never used. */
  claimedSigningTime: string | null;
  anchor: { label: string; test: boolean } | null;
  verdict: { valid: boolean; reasons: ReasonCode[] };
};

export type VerificationResult = {
  valid: boolean;
  /** The first signer (null when the CMS could not be read). */
  signer: SignerSummary | null;
  signers: SignerSummary[];
  checks: Check[];
  reasons: Reason[];
  evidence: Evidence;
};
