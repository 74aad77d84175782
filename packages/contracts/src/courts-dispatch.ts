import { courts } from '@oryndau/domain';
import { z } from 'zod';
import { binary, localizedSchema } from './errors';
import { documentChallengeSchema } from './signing';
import { uuid } from './validation';

// Courts, issue 14 items 6, 7, 10 (FILE-6, FILE-7, FILE-8, FILE-10, FILE-13):
// signing and sending a filing, the dispatch receipt (талон), «Менің
// істерім» / «Мои дела» and a filing's card. Every text a person reads comes
// as a kk/ru pair; dates as ISO values the web formats with @oryndau/kz.

const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values as unknown as [T[number], ...T[number][]]);

const filingStatusSchema = enumOf(courts.FILING_STATUSES);
const filingServiceSchema = enumOf(courts.FILING_SERVICES);
const caseStatusSchema = enumOf(courts.CASE_STATUSES);
const applicantKindSchema = enumOf(courts.APPLICANT_KINDS);

/** /api/filings/:id… */
export const dispatchFilingParams = z.object({ id: uuid });

/**
 * POST /api/filings/:id/signing (FILE-6): the server builds the manifest
 * (form data + every attachment's SHA-256, size and kind), stores it as the
 * document to sign and opens the usual 5-minute challenge. The web then
 * fetches `/api/documents/:documentId/content`, signs those bytes with the
 * existing dialog and submits to `POST /api/signing/:challengeId/signature`;
 * a 200 there means the filing was received (then read the талон), a 422
 * `courts.filing_not_received` means it was not, with the reasons.
 */
export const filingSigningSchema = documentChallengeSchema.extend({
  filingId: z.string(),
  /** Hex SHA-256 of the manifest bytes (= contentHash). */
  manifestSha256: z.string(),
});

/**
 * POST /api/filings/:id/supplements/signing (FILE-8, seed 003 §25): the
 * applicant of a REGISTERED filing sends the documents added to it since.
 * No body. The server builds the supplement manifest (the filing's number,
 * its case, and every unsent supplement's position, title, SHA-256, size
 * and kind), stores it as a `court.filing_supplement` document and opens the
 * usual challenge; the web signs it as it signs a filing. A 200 from
 * `POST /api/signing/:challengeId/signature` means the documents are in the
 * case; a 422 `courts.supplements_not_received` that they are not, with the
 * reasons; nothing unsent is a 409 `courts.supplements_none`.
 */
export const supplementSigningBody = z.object({}).strict().nullish();
export const supplementSigningSchema = documentChallengeSchema.extend({
  filingId: z.string(),
  /** Hex SHA-256 of the manifest bytes (= contentHash). */
  manifestSha256: z.string(),
  /** The positions (after the appendix) of the documents this signature sends. */
  positions: z.array(z.number().int()),
});

/** A person on a talon or a card: name, IIN or BIN, individual or legal entity. */
const filingPersonSchema = z.object({ kind: applicantKindSchema, iinBin: z.string(), name: z.string() });

/** GET /api/filings/:id/receipt — the dispatch receipt (талон, FILE-7) of a received filing. */
export const dispatchReceiptSchema = z.object({
  filingId: z.string(),
  /** The unique number (court code – date – sequence). */
  number: z.string(),
  /** The server's instant of receipt (ISO); `receivedAtText` is it in the court's own zone, as people read it. */
  receivedAt: z.string(),
  receivedAtText: localizedSchema,
  /** The court-zone date that counts for procedural terms, and the day the office registers it (FILE-13). */
  receiptDate: z.string(),
  registrationDay: z.string(),
  /** Who sent it (the signer), and on whose behalf when under a power of attorney or for a legal entity. */
  sender: filingPersonSchema,
  principal: filingPersonSchema.nullable(),
  court: z.object({ id: z.string(), name: localizedSchema }),
  service: filingServiceSchema,
  serviceName: localizedSchema,
  title: z.string(),
  manifestSha256: z.string(),
  attachments: z.number().int(),
});

/** GET /api/filings/:id/receipt.pdf?lang=kk|ru */
export const dispatchReceiptPdfQuery = z.object({ lang: z.enum(['kk', 'ru']).default('kk') });
export const dispatchReceiptPdfResponse = binary(['application/pdf'], 'The dispatch receipt (талон) as a kk or ru PDF');

const caseSummarySchema = z.object({ id: z.string(), number: z.string(), status: caseStatusSchema, statusName: localizedSchema });

/** One line of «Мои дела» (FILE-8). */
export const myFilingSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  service: filingServiceSchema,
  serviceName: localizedSchema,
  status: filingStatusSchema,
  statusName: localizedSchema,
  court: z.object({ id: z.string(), name: localizedSchema }),
  title: z.string(),
  applicantName: z.string(),
  principalName: z.string().nullable(),
  /** `applicant`: one's own filing; `principal`: filed for one (a trustee, or one's legal entity). */
  role: z.enum(['applicant', 'principal']),
  createdAt: z.string(),
  receivedAt: z.string().nullable(),
  registrationDay: z.string().nullable(),
  case: caseSummarySchema.nullable(),
  /** §37: the ground and the sentence sent to the applicant, when refused. */
  refusal: z.object({ ground: z.string(), text: localizedSchema }).nullable(),
});

/** GET /api/my/filings */
export const myFilingsResponse = z.object({ filings: z.array(myFilingSchema) });

const filingAttachmentViewSchema = z.object({
  position: z.number().int(), title: z.string(), kind: z.string(), kindName: localizedSchema, sizeBytes: z.number().int(), sha256: z.string(),
  originalName: z.string(),
});

const dutyPaymentViewSchema = z.object({
  id: z.string(), method: z.string(), methodName: localizedSchema, amountTiyn: z.number().int(), status: z.string(), statusName: localizedSchema,
  paidAt: z.string().nullable(), receiptCode: z.string().nullable(),
});

/** A sending that was not received (§30, §33) and why. */
export const filingAttemptViewSchema = z.object({
  id: z.string(), at: z.string(), atText: localizedSchema,
  reasons: z.array(z.object({ code: z.string(), text: localizedSchema })),
});

const caseEventViewSchema = z.object({
  id: z.string(), kind: z.string(), kindName: localizedSchema, occurredAt: z.string(), localDate: z.string(),
});

/** GET /api/filings/:id — the filing's card: its form, files, duty, attempts, talon and the course of its case. */
export const filingViewSchema = z.object({
  filing: myFilingSchema.extend({
    version: z.number().int(),
    form: z.string(), formName: localizedSchema, instance: z.string(), instanceName: localizedSchema, category: z.string().nullable(),
    applicant: filingPersonSchema,
    principal: filingPersonSchema.nullable(),
    body: z.string(),
    claimAmountTiyn: z.number().int().nullable(),
    dutyTiyn: z.number().int(),
    parties: z.array(z.object({ category: z.string(), categoryName: localizedSchema, kind: applicantKindSchema, iinBin: z.string(), name: z.string() })),
    appendix: z.array(z.string()),
    receiptDate: z.string().nullable(),
    manifestSha256: z.string().nullable(),
  }),
  attachments: z.array(filingAttachmentViewSchema),
  dutyPayments: z.array(dutyPaymentViewSchema),
  attempts: z.array(filingAttemptViewSchema),
  /** FILE-8: documents added after registration; `sentAt` (ISO) and `sentAtText` (the court's zone) once the case received them. */
  supplements: z.array(filingAttachmentViewSchema.extend({
    sent: z.boolean(), sentAt: z.string().nullable(), sentAtText: localizedSchema.nullable(),
  })),
  receipt: dispatchReceiptSchema.nullable(),
  caseEvents: z.array(caseEventViewSchema),
});

export type FilingSigning = z.infer<typeof filingSigningSchema>;
export type SupplementSigning = z.infer<typeof supplementSigningSchema>;
export type DispatchReceipt = z.infer<typeof dispatchReceiptSchema>;
export type MyFiling = z.infer<typeof myFilingSchema>;
export type MyFilingsResponse = z.infer<typeof myFilingsResponse>;
export type FilingView = z.infer<typeof filingViewSchema>;
export type FilingAttemptView = z.infer<typeof filingAttemptViewSchema>;
