// Shapes of docs/api.md "Signing (ЭЦП)": `z.infer` of the routes' schemas in @oryndau/contracts (issue 11 item 12).
import type { Localized } from '@oryndau/contracts';

export type {
  DemoKey, DocumentChallenge, InclusionProof, PublicSignature, PublicVerification, SampleDocument, SignatureAccepted, SignedTreeHead,
  SignInChallenge,
} from '@oryndau/contracts';

export type Bilingual = Localized;

/** One reason a signature was refused, in both languages (`signing.signature_invalid` details). */
export type SignatureReason = { code: string } & Bilingual;
