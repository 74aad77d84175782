import { z } from 'zod';
import { courts } from '@oryndau/domain';
import { localizedSchema } from './errors';
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
export const enpSignInResponse = z.object({ caseId: z.string(), expiresAt: z.string() });
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
