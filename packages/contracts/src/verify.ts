import { z } from 'zod';
import { binary, localizedSchema } from './errors';
import { idParams } from './validation';
import { inclusionProofSchema } from './journal';

// Public verification of a signed document (routes/verify.ts): no sign-in.

export const verifyParams = idParams;

export const publicSignatureSchema = z.object({
  signer: z.string().nullable(), iin: z.string().nullable(), bin: z.string().nullable(), algorithm: z.string().nullable(),
  valid: z.boolean(), checkedAt: z.string(), evidence: z.object({
    timeUsed: z.string().nullable(), chain: z.array(z.string()), crl: z.string().nullable(),
  }),
});

/** GET /api/verify/:id */
export const publicVerificationSchema = z.object({
  documentId: z.string(), title: localizedSchema, sha256: z.string(), size: z.number().int(),
  signatures: z.array(publicSignatureSchema),
  /**
   * Issue 12: the journal entries that recorded this document's signatures
   * (`document.signed`, or the system's seal), each with its inclusion proof
   * against a signed tree head — the page checks the proofs in the browser.
   * `pending`: signings journalled but not sealed yet (seconds).
   */
  journal: z.object({ proofs: z.array(inclusionProofSchema), pending: z.number().int() }),
});

/** GET /api/verify/:id/qr.svg */
export const verifyQrResponse = binary(['image/svg+xml'], 'QR code (SVG) linking to /verify/<id> under PUBLIC_URL');

export type PublicSignature = z.infer<typeof publicSignatureSchema>;
export type PublicVerification = z.infer<typeof publicVerificationSchema>;
