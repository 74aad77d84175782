import { courts } from '@oryndau/domain';
import { z } from 'zod';
import { binary, localizedSchema } from './errors';
import { base64, integer, isoDate, multilineText, text, uuid } from './validation';

// Issue 15 items 1-2 (FILE-14, FILE-15, SIG-5, SIG-6): court acts of a case
// and their legal-force mark — apps/server/src/courts/acts/court-act-routes.ts.
// Every code comes with its kk/ru name.

const actKind = z.enum(courts.COURT_ACT_KINDS);
const actStatus = z.enum(courts.COURT_ACT_STATUSES);

/** The template's four parts (the operative part required — the server says so in kk/ru). */
export const courtActFieldsSchema = z.object({
  introduction: multilineText(20_000), description: multilineText(60_000), reasoning: multilineText(60_000), operative: multilineText(20_000),
});

const actContent = z.object({
  language: z.enum(['kk', 'ru']),
  immediateExecution: z.boolean().default(false),
  /** From the template's fields, or the judge's own PDF (base64, up to 10 MB). */
  fields: courtActFieldsSchema.optional(),
  upload: z.object({ fileName: text(255), contentBase64: base64(14_000_000) }).optional(),
});

/** POST /api/court-cases/:id/acts — a draft act of the case (a judge of the case). */
export const createCourtActBody = actContent.extend({
  kind: actKind,
  /** A correction (§46): the signed act of this case that it corrects. */
  correctsActId: uuid.optional(),
});
export type CreateCourtActBody = z.infer<typeof createCourtActBody>;

/** PUT /api/court-acts/:id — a new text of a draft nobody signed yet (at the version read). */
export const updateCourtActBody = actContent.extend({ version: integer(1, 1_000_000) });
export type UpdateCourtActBody = z.infer<typeof updateCourtActBody>;

/** POST /api/court-acts/:id/legal-force — prepares the mark document to sign; the chairman gives the judge's absence reason. */
export const legalForceMarkBody = z.object({ absenceReason: multilineText(1000).optional() });
export const legalForceMarkResponse = z.object({ documentId: z.string(), legalForceDate: isoDate() });
export type LegalForceMarkResponse = z.infer<typeof legalForceMarkResponse>;

export const courtActParams = z.object({ id: uuid });

export const courtActSchema = z.object({
  id: z.string(), caseId: z.string(), kind: actKind, kindName: localizedSchema, title: localizedSchema, language: z.enum(['kk', 'ru']),
  source: z.enum(['template', 'upload']), status: actStatus, statusName: localizedSchema, version: z.number().int(),
  immediateExecution: z.boolean(), correctsActId: z.string().nullable(),
  /** The template's text, for the judges' editing (staff only; null for participants and uploads). */
  fields: courtActFieldsSchema.nullable(),
  documentId: z.string(), sha256: z.string(),
  createdAt: z.string(), signedAt: z.string().nullable(),
  /** The moment it appeared in the participants' cabinet: their receipt date (§47). */
  publishedAt: z.string().nullable(),
  /** Every current judge of the case, and whether (when) each signed. */
  judges: z.array(z.object({ userId: z.string(), fullName: z.string(), signedAt: z.string().nullable() })),
  legalForce: z.object({
    /** 'YYYY-MM-DD' in the court's zone; null when the law gives the act no entry into force of its own. */
    date: z.string().nullable(),
    appealDeadline: z.string().nullable(),
    /** The law the date follows and whether that reading is confirmed (C, C2, U, X — COURTS-LAW). */
    source: z.string().nullable(), sourceMark: z.enum(['C', 'C2', 'U', 'X']).nullable(),
    inForceAt: z.string().nullable(),
    blockedBy: z.object({ filingId: z.string(), number: z.string().nullable() }).nullable(),
    markedBy: z.string().nullable(),
    absenceReason: z.string().nullable(),
    markDocumentId: z.string().nullable(),
  }),
  downloadUrl: z.string(),
  /** What the reader may do now (the server decides; the screen only shows the buttons). */
  can: z.object({ edit: z.boolean(), sign: z.boolean(), markAsJudge: z.boolean(), markAsChairman: z.boolean() }),
});
export type CourtActView = z.infer<typeof courtActSchema>;

export const courtActsResponse = z.object({ items: z.array(courtActSchema) });
export type CourtActsResponse = z.infer<typeof courtActsResponse>;

export const courtActPdfResponse = binary(['application/pdf'], 'The act\'s PDF; once in force, a copy with the legal-force mark and its verification QR code');
