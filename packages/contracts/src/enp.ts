import { z } from 'zod';
import { courts } from '@oryndau/domain';
import { binary, localizedSchema } from './errors';
import { emailSchema } from './identity';
import { iin, isoDate, text, uuid } from './validation';

// ЭНП — the public case observation portal (issue 16, ENP-1…ENP-11).
// Two audiences: the court office (issues passwords, blocks documents, sees
// the access history) under the staff session, and a case participant who
// signs in on the public portal with IIN + password (an ЭНП session bound to
// one access, i.e. one participant of one case). Every text a person reads
// comes in kk and ru; codes are for the program only.

export const enpParticipantCategorySchema = z.enum(courts.PARTICIPANT_CATEGORIES);

/** A document of the case as the portal names it: an act, a case document, an archive entry, an ЭАСД scan. */
export const enpDocumentId = z.string().min(5).max(300).regex(/^(act|doc|arc|easd):[A-Za-z0-9._:-]+$/, 'document');

// --- Office: issue a password (ENP-1, ENP-2) ---------------------------------

/** POST /api/enp/office/cases/:caseId/accesses — the participant's application entered at the office. */
export const enpIssueAccessParams = z.object({ caseId: uuid });
export const enpIssueAccessBody = z.object({
  iin,
  fullName: text(300, { min: 1 }),
  category: enpParticipantCategorySchema,
  appliedOn: isoDate(),
  email: emailSchema,
  /** A legal entity's participant: the password goes to this person, its representative. */
  representedEntity: z.object({ bin: iin, name: text(300, { min: 1 }) }).nullable(),
});
/**
 * The password is shown once and printed on the card; only its slow hash is
 * kept. `cardPdf` is the 10×15 cm card (base64 PDF) with the court's margins.
 */
export const enpIssueAccessResponse = z.object({
  accessId: z.string(),
  password: z.string(),
  cardPdf: z.string(),
  /** True when this re-issue replaced an earlier password of the same person and case. */
  replaced: z.boolean(),
});

// --- Portal: sign in and sign out (ENP-3) ------------------------------------

/**
 * POST /api/enp/sign-in — sets the httpOnly ЭНП session cookie. A wrong IIN
 * or password answers one and the same 401 (ErrorCode enpCredentials),
 * whether or not the IIN or a case exists; too many failures per IIN or per
 * address answer 429 with `retryAt` in the error's details.
 */
export const enpSignInBody = z.object({ iin, password: z.string().min(1).max(64) });
/** The case the password opens: a court case's id, or for an old case of the archive system ЭАСД (ENP-10) null and its archive id. */
export const enpSignInResponse = z.object({ caseId: z.string().nullable(), easdArchiveId: z.string().nullable(), expiresAt: z.string() });
/** POST /api/enp/sign-out — ends the ЭНП session (204). */

// --- Portal: the case (ENP-4, ENP-5, ENP-6, ENP-10) --------------------------

export const enpDocumentSchema = z.object({
  id: enpDocumentId,
  /** The kind, for the program (the matrix's document kind), and its name. */
  kind: z.string(),
  kindName: localizedSchema,
  title: z.string(),
  /** The local date (court's zone) it joined the case. */
  date: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  /** GET — the original bytes (an act: its PDF with the verification QR). */
  downloadUrl: z.string(),
  /** The public verification page of its signature, when it is a signed act. */
  verifyUrl: z.string().nullable(),
});

export const enpCourseEntrySchema = z.object({
  date: z.string(),
  kind: z.string(),
  name: localizedSchema,
});

/** GET /api/enp/case — the case of the signed-in participant, filtered by the category matrix and blocks in its query. */
export const enpCaseResponse = z.object({
  case: z.object({
    number: z.string(),
    registeredOn: z.string(),
    form: z.enum(['civil', 'criminal', 'administrative']),
    formName: localizedSchema,
    instance: z.enum(['first', 'appeal', 'cassation']),
    instanceName: localizedSchema,
    region: localizedSchema,
    court: localizedSchema,
    statusName: localizedSchema,
    archived: z.boolean(),
  }),
  /** Who is signed in: the participant's own name and category. */
  me: z.object({ fullName: z.string(), category: enpParticipantCategorySchema, categoryName: localizedSchema }),
  /** Participants grouped by category, in the category order of the case's form. */
  participants: z.array(z.object({ category: enpParticipantCategorySchema, categoryName: localizedSchema, names: z.array(z.string()) })),
  /** The dates of the case's course, oldest first. */
  course: z.array(enpCourseEntrySchema),
  /** Acts and documents the participant's category may see and that are not blocked, oldest first. */
  documents: z.array(enpDocumentSchema),
});

/** GET /api/enp/case/documents/:documentId — the file, only when it is in the case view above (else 404). */
export const enpDocumentParams = z.object({ documentId: enpDocumentId });
/** Its bytes with their own media type (an act: the PDF, stamped with the legal-force mark and its QR code once in force). */
export const enpDocumentFileResponse = binary(['application/pdf', 'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'], 'The document\'s bytes');
/** POST /api/enp/sign-out — 204, no body. */
export const enpSignOutResponse = z.null();

// --- Access history (ENP-11) --------------------------------------------------

export const enpAccessEventSchema = z.object({
  at: z.string(),
  action: z.enum(['case_viewed', 'document_downloaded']),
  actionName: localizedSchema,
  /** Who: the participant category, or the court office (staff). Never another person's IIN on the participant's side. */
  who: localizedSchema,
  documentTitle: z.string().nullable(),
});
/** GET /api/enp/case/access-history — the participant sees when their case was viewed and by which category or court office. */
export const enpAccessHistoryResponse = z.object({ items: z.array(enpAccessEventSchema) });

// --- Office side (staff session): accesses, blocks, history, matrix ------------

export const enpChannelSchema = z.enum(['office', 'online']);

/** GET /api/enp/office/cases/:caseId/accesses — the case's accesses, newest first, replaced ones too; never a hash. */
export const enpAccessSchema = z.object({
  id: z.string(),
  iin: z.string(),
  fullName: z.string(),
  category: enpParticipantCategorySchema,
  categoryName: localizedSchema,
  appliedOn: z.string(),
  email: z.string(),
  representedEntity: z.object({ bin: z.string(), name: z.string() }).nullable(),
  channel: enpChannelSchema,
  issuedAt: z.string(),
  issuedByName: z.string().nullable(),
  /** When a re-issue replaced this password (it no longer opens the case). */
  replacedAt: z.string().nullable(),
});
export const enpAccessListResponse = z.object({ items: z.array(enpAccessSchema) });

/** GET /api/enp/office/cases/:caseId/documents — every document of the case as the portal names it, with its open block (ENP-5). */
export const enpStaffDocumentSchema = enpDocumentSchema.omit({ downloadUrl: true }).extend({
  block: z.object({ reason: z.string(), blockedAt: z.string(), blockedByName: z.string().nullable() }).nullable(),
});
export const enpStaffDocumentsResponse = z.object({ items: z.array(enpStaffDocumentSchema) });

/** POST …/documents/:documentId/block and …/unblock — with the reason (journalled); answers the new list. */
export const enpBlockParams = z.object({ caseId: uuid, documentId: enpDocumentId });
export const enpBlockBody = z.object({ reason: text(500, { min: 1 }) });

/** GET /api/enp/office/cases/:caseId/access-history — for the court's staff: who (IIN, name, category), what, when, from where. */
export const enpStaffAccessEventSchema = enpAccessEventSchema.extend({
  iin: z.string().nullable(),
  fullName: z.string().nullable(),
  category: enpParticipantCategorySchema.nullable(),
  address: z.string().nullable(),
});
export const enpStaffAccessHistoryResponse = z.object({ items: z.array(enpStaffAccessEventSchema) });

/** GET /api/enp/matrix — the visibility matrix in force (ENP-6); PUT saves a new version against `baseVersion` (409 enp.matrix_conflict). */
export const enpMatrixCellSchema = z.object({
  form: z.enum(['civil', 'criminal', 'administrative']),
  category: enpParticipantCategorySchema,
  kind: z.string().min(1).max(40),
  allowed: z.boolean(),
  basis: z.object({ kk: text(1000, { min: 1 }), ru: text(1000, { min: 1 }) }),
  confirmed: z.boolean(),
});
export const enpMatrixResponse = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  note: z.string(),
  /** The document kinds with their names, in display order. */
  kinds: z.array(z.object({ kind: z.string(), name: localizedSchema })),
  cells: z.array(enpMatrixCellSchema),
});
export const enpMatrixBody = z.object({
  baseVersion: z.number().int().min(1),
  note: text(500),
  cells: z.array(enpMatrixCellSchema).max(2000),
});

export type EnpIssueAccessBody = z.infer<typeof enpIssueAccessBody>;
export type EnpCaseResponse = z.infer<typeof enpCaseResponse>;
export type EnpDocument = z.infer<typeof enpDocumentSchema>;
export type EnpAccess = z.infer<typeof enpAccessSchema>;
export type EnpStaffDocument = z.infer<typeof enpStaffDocumentSchema>;
export type EnpStaffAccessEvent = z.infer<typeof enpStaffAccessEventSchema>;
export type EnpAccessEvent = z.infer<typeof enpAccessEventSchema>;
export type EnpMatrixBody = z.infer<typeof enpMatrixBody>;
export type EnpMatrixResponse = z.infer<typeof enpMatrixResponse>;
