import { courts } from '@oryndau/domain';
import { z } from 'zod';
import { localizedSchema } from './errors';
import { base64, iin, idParams, integer, isoDate, multilineText, text } from './validation';

// Electronic powers of attorney (issue 14 item 11, FILE-9, SIG-8, §26):
// apps/server/src/courts/poa-routes.ts. Signing goes through the common
// challenge flow: POST …/:id/signing answers a challenge for the document
// (kind `power_of_attorney`), whose bytes are GET /api/documents/:documentId/content,
// and the signature is POST /api/signing/:challengeId/signature.

/** Our choice (not in the law): a power of attorney is given for at most three years. */
export const POA_MAX_VALIDITY_YEARS = 3;

/** The order appointing a legal entity's head, attached as a file (PDF, DOC(X), JPEG — recognised by content, ≤ 10 MB). */
export const appointmentOrderInput = z.object({
  fileName: text(255, { min: 1 }),
  /** The file's bytes, base64 (up to ~10 MB of file). */
  contentBase64: base64(14_000_000, 4),
});

/** POST /api/powers-of-attorney — a draft; a legal entity principal (signed in for it) must attach `appointmentOrder`. */
export const createPowerOfAttorneyBody = z.object({
  powers: z.array(z.enum(courts.POA_POWERS)).min(1).max(courts.POA_POWERS.length),
  /** IIN (its check digit is verified); the name is taken from our users when omitted. */
  trustees: z.array(z.object({ iin, name: text(300, { min: 1 }).optional() })).min(1).max(10),
  validFrom: isoDate(),
  validUntil: isoDate(),
  /** A short summary of the matter. */
  summary: multilineText(2000, { min: 1 }),
  appointmentOrder: appointmentOrderInput.optional(),
});
export type CreatePowerOfAttorneyBody = z.infer<typeof createPowerOfAttorneyBody>;

export const powerOfAttorneyParams = idParams;

export const powerOfAttorneySchema = z.object({
  id: z.string(), number: z.string(), version: z.number().int(),
  status: z.enum(courts.POA_STATUSES), statusName: localizedSchema,
  /** Derived from `validUntil` and today (Asia/Almaty): an active one past its last day. */
  expired: z.boolean(),
  principal: z.object({ kind: z.enum(courts.APPLICANT_KINDS), iinBin: z.string(), name: z.string() }),
  powers: z.array(z.object({ code: z.enum(courts.POA_POWERS), name: localizedSchema })),
  trustees: z.array(z.object({ iin: z.string(), name: z.string() })),
  validFrom: z.string(), validUntil: z.string(), summary: z.string(),
  appointmentOrderFileId: z.string().nullable(),
  /** The document the principal signs (GET /api/documents/:documentId/content). */
  documentId: z.string(),
  signedAt: z.string().nullable(), revokedAt: z.string().nullable(), createdAt: z.string(),
});
export type PowerOfAttorneyView = z.infer<typeof powerOfAttorneySchema>;

/** GET /api/powers-of-attorney (mine as principal) and GET /api/powers-of-attorney/trusted (where I am a trustee). */
export const powersOfAttorneyResponse = z.object({ items: z.array(powerOfAttorneySchema) });

/** POST /api/powers-of-attorney/:id/revoke */
export const revokePowerOfAttorneyBody = z.object({ version: integer(1, 1_000_000) });
