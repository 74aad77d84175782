// Shapes of docs/api.md "Signing (ЭЦП)".

export type Bilingual = { kk: string; ru: string };

export type SampleDocument = { documentId: string; title: Bilingual; contentHash: string };

/** SIG-3: the server fixes what is signed and when the challenge expires (start + 5 min). */
export type DocumentChallenge = {
  challengeId: string;
  documentId: string;
  contentHash: string;
  startedAt: string;
  expiresAt: string;
};

export type SignatureAccepted = { signatureId: string; documentId: string };

export type SignInChallenge = { challengeId: string; nonce: string; expiresAt: string };

/** One reason a signature was refused, in both languages (`signing.signature_invalid`). */
export type SignatureReason = { code: string } & Bilingual;

export type PublicSignature = {
  signer: string | null;
  iin: string | null;
  bin: string | null;
  algorithm: string | null;
  valid: boolean;
  checkedAt: string;
  evidence: { timeUsed: string | null; chain: string[]; crl: string | null };
};

export type PublicVerification = {
  documentId: string;
  title: Bilingual;
  sha256: string;
  size: number;
  signatures: PublicSignature[];
};

export type DemoKey = { iin: string | null; bin?: string | null; fullName: string; purpose: 'sign' | 'auth'; pin: string; url: string };
