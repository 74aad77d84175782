import { z } from 'zod';
import { binary, localizedSchema } from './errors';
import { idParams } from './validation';
import { inclusionProofSchema } from './journal';

// Public verification of a signed document (routes/verify.ts): no sign-in.

export const verifyParams = idParams;

/**
 * Issue 13 item 2: who signed, in words a citizen reads — the system's seal
 * of its organisation, an organisation's key, an employee of an
 * organisation, or a person — with the organisation's name (kk/ru) and the
 * person's roles in the system (role codes the page names). A person's
 * name stays masked (`name`); an organisation's is public.
 */
export const signerKinds = ['system_seal', 'organisation', 'employee', 'person'] as const;
export const signerDescriptionSchema = z.object({
  kind: z.enum(signerKinds), organisation: localizedSchema.nullable(), roles: z.array(z.string()), name: z.string().nullable(),
});

export const publicSignatureSchema = z.object({
  who: signerDescriptionSchema,
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

/**
 * Issue 13 item 2: what a PDF dropped on /verify proves. A PDF the system
 * sealed carries its signed original and `.p7s` inside (PDF/A-3 associated
 * files); the server verifies the signature through the whole checklist
 * and re-renders the original to see that the pages show exactly it.
 * - authentic: signature valid and the pages are the rendering of the signed data;
 * - content_differs: signature valid, but the pages show something else;
 * - signature_invalid: the embedded signature does not verify (`reasons`);
 * - proof_damaged: only one of the two files, or a signed file that is not an act;
 * - no_proof: a PDF without embedded proof;
 * - not_pdf: not a readable PDF.
 */
export const fileCheckVerdicts = ['authentic', 'content_differs', 'signature_invalid', 'proof_damaged', 'no_proof', 'not_pdf'] as const;
export const publicFileCheckSchema = z.object({
  verdict: z.enum(fileCheckVerdicts),
  documentId: z.string().nullable(), title: localizedSchema.nullable(), language: z.enum(['kk', 'ru']).nullable(),
  /** When it was sealed: the system's record when it holds the document, else the time the signature names. */
  signedAt: z.string().nullable(),
  /** The system holds this very document (same signed bytes): its page /verify/<documentId> shows the record. */
  onRecord: z.boolean(),
  signer: signerDescriptionSchema.nullable(),
  reasons: z.array(localizedSchema),
});
/** POST /api/verify/file: the PDF itself is the body (application/pdf), at most this many bytes. */
export const FILE_CHECK_MAX_BYTES = 20 * 1024 * 1024;

/** GET /api/verify/:id/qr.svg */
export const verifyQrResponse = binary(['image/svg+xml'], 'QR code (SVG) linking to /verify/<id> under PUBLIC_URL');

export type PublicSignature = z.infer<typeof publicSignatureSchema>;
export type PublicVerification = z.infer<typeof publicVerificationSchema>;
export type SignerDescription = z.infer<typeof signerDescriptionSchema>;
export type PublicFileCheck = z.infer<typeof publicFileCheckSchema>;
