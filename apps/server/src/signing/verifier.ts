/**
 * What the server needs from signature verification (packages/esign
 * implements it against the checklist of spec/ESIGN.md). A seam, so the
 * use-cases are tested with the real verifier and read without it.
 */
export type VerificationReason = { code: string; kk: string; ru: string };

export type VerificationOutcome = {
  valid: boolean;
  signer: {
    iin: string | null; bin: string | null; name: string | null; roles: string[]; algorithm: string | null;
    /** O= of a legal entity's certificate (FILE-3: the organisation a representative acts for). */
    organization?: string | null;
  } | null;
  reasons: VerificationReason[];
  /** Chain, CRL, time used, verdict — kept with the signature (checklist item 10). */
  evidence: unknown;
};

export type VerificationRequest = {
  cms: Uint8Array;
  /** The server's own copy of what was signed (checklist item 2). */
  content: Uint8Array;
  purpose: 'sign' | 'auth';
  expectIin?: string;
  expectBin?: string;
  /** Receipt time: the signature is judged as of now, never the client's signingTime. */
  at: Date;
};

export type SignatureVerifier = (request: VerificationRequest) => Promise<VerificationOutcome>;
