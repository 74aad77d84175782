import { courts } from '@oryndau/domain';
import { z } from 'zod';
import { binary, localizedSchema } from './errors';
import { code, multilineText, text, uuid } from './validation';

// Issue 14 items 3, 4, 5, 9 and the FILE-8 parts of item 10: the citizen's
// filing DRAFT in «Сот кабинеті» — the public courts reference, the draft,
// its attachments (multipart uploads), the warnings before sending and the
// state duty (online through the gateway, or a scanned receipt with its
// code). apps/server/src/courts/filing-routes.ts. Amounts are integer tiyn
// (numbers: a duty or a claim stays far below 2^53), instants ISO strings,
// every text a person reads comes as { kk, ru } (the web picks its locale).

export const caseFormSchema = z.enum(courts.CASE_FORMS);
export const instanceSchema = z.enum(courts.INSTANCES);
export const courtLevelSchema = z.enum(courts.COURT_LEVELS);
export const filingServiceSchema = z.enum(courts.FILING_SERVICES);
export const filingStatusSchema = z.enum(courts.FILING_STATUSES);
export const participantCategorySchema = z.enum(courts.PARTICIPANT_CATEGORIES);
export const applicantKindSchema = z.enum(courts.APPLICANT_KINDS);
export const attachmentKindSchema = z.enum(courts.ATTACHMENT_KINDS);
export const refusalGroundSchema = z.enum(courts.REFUSAL_GROUNDS);
export const poaPowerSchema = z.enum(courts.POA_POWERS);
export const dutyPaymentMethodSchema = z.enum(courts.DUTY_PAYMENT_METHODS);
export const dutyPaymentStatusSchema = z.enum(courts.DUTY_PAYMENT_STATUSES);
export const filingWarningCodeSchema = z.enum(courts.FILING_WARNING_CODES);

/** What is claimed (FILE-4): a sum, nothing valued, or a divorce — it picks the duty's rate. */
export const CLAIM_KINDS = ['property', 'non_property', 'divorce'] as const;
export const claimKindSchema = z.enum(CLAIM_KINDS);
export const DUTY_EXEMPTION_CODES = ['labour', 'authorship', 'alimony', 'injury', 'crime_damage', 'veteran', 'disability', 'prosecutor'] as const;
export const dutyExemptionSchema = z.enum(DUTY_EXEMPTION_CODES);

/** An IIN (individual) or BIN (legal entity): 12 digits; the check digit is verified by the server (422 naming the field). */
const iinBin = z.string().regex(/^\d{12}$/, 'iin');
/** Claim amounts up to 10^15 tiyn (10 trillion tenge). */
const tiyn = z.number().int().min(0).max(1e15);

// ---------------------------------------------------------------- reference (GET /api/courts, public)

const named = <T extends z.ZodType>(codeSchema: T) => z.object({ code: codeSchema, name: localizedSchema });

export const courtReferenceSchema = z.object({
  /** The court's organisation id (a text code such as `court-astana-esil`). */
  id: z.string(), code: z.string(), name: localizedSchema, level: courtLevelSchema, levelName: localizedSchema,
  instances: z.array(instanceSchema), forms: z.array(caseFormSchema), regionId: z.string(), timeZone: z.string(),
  /** 'HH:MM' local time. */
  workdayStart: z.string(), workdayEnd: z.string(), lunchStart: z.string().nullable(), lunchEnd: z.string().nullable(),
  address: localizedSchema, phone: z.string().nullable(), email: z.string().nullable(),
});
export type CourtReference = z.infer<typeof courtReferenceSchema>;

export const courtsReferenceResponse = z.object({
  courts: z.array(courtReferenceSchema),
  services: z.array(z.object({
    code: filingServiceSchema, name: localizedSchema,
    /** The service's name per case form (a `claim` is an application/complaint in criminal and administrative cases). */
    nameByForm: z.object({ civil: localizedSchema, criminal: localizedSchema, administrative: localizedSchema }),
    /** The instance it goes to; null: the court of the target case. */
    instance: instanceSchema.nullable(),
    needsTargetCase: z.boolean(),
    /** The power a trustee needs to file it (FILE-9). */
    power: poaPowerSchema,
  })),
  forms: z.array(named(caseFormSchema)),
  instances: z.array(named(instanceSchema)),
  levels: z.array(named(courtLevelSchema)),
  /** The participant categories of each form (its own, then those of any form). */
  participantCategories: z.object({
    civil: z.array(named(participantCategorySchema)), criminal: z.array(named(participantCategorySchema)),
    administrative: z.array(named(participantCategorySchema)),
  }),
  refusalGrounds: z.array(z.object({ code: refusalGroundSchema, subparagraph: z.number().int(), name: localizedSchema, message: localizedSchema })),
  poaPowers: z.array(named(poaPowerSchema)),
  attachmentKinds: z.array(z.object({ code: attachmentKindSchema, name: localizedSchema, extensions: z.array(z.string()), mediaType: z.string() })),
  /** FILE-1: the size limit of one attachment (a setting). */
  attachmentMaxBytes: z.number().int(),
  applicantKinds: z.array(named(applicantKindSchema)),
  filingStatuses: z.array(named(filingStatusSchema)),
  dutyPaymentMethods: z.array(named(dutyPaymentMethodSchema)),
  dutyPaymentStatuses: z.array(named(dutyPaymentStatusSchema)),
  claimKinds: z.array(named(claimKindSchema)),
  dutyExemptions: z.array(z.object({ code: dutyExemptionSchema, name: localizedSchema, article: z.string() })),
});
export type CourtsReference = z.infer<typeof courtsReferenceResponse>;

// ---------------------------------------------------------------- the draft (requests)

export const filingPartyInputSchema = z.object({
  category: participantCategorySchema, kind: applicantKindSchema, iinBin, name: text(300, { min: 1 }),
  address: text(500).optional(),
});
export type FilingPartyInput = z.infer<typeof filingPartyInputSchema>;

/** Filing on behalf of someone else (a power of attorney — FILE-9; f-send checks it at sending). */
export const filingPrincipalInputSchema = z.object({ kind: applicantKindSchema, iinBin, name: text(300, { min: 1 }) });

const draftFields = {
  /** The court's organisation id from GET /api/courts. */
  courtId: code(100),
  form: caseFormSchema,
  /** The category of the case (free code; kk/ru categories come later). */
  category: code(64).nullable().optional(),
  /** For the hearing-record services (and optionally appeal/cassation): the number of the existing case at that court. */
  targetCaseNumber: text(64).nullable().optional(),
  parties: z.array(filingPartyInputSchema).max(50),
  title: text(300, { min: 1 }),
  body: multilineText(50_000),
  /** A property claim's sum (tiyn); required for a property claim, a court order and a cassation of one. */
  claimAmountTiyn: tiyn.nullable().optional(),
  /** Default: `property` when an amount is given, else `non_property`. */
  claimKind: claimKindSchema.optional(),
  /** A claim filed as an application for a court order (half the rate). */
  courtOrder: z.boolean().optional(),
  /** Art. 668 of the Tax Code: the applicant says they are exempt (the court checks it). */
  exemption: dutyExemptionSchema.nullable().optional(),
  /** The appendix: the titles of the attached documents, in order (FILE-5: one file per title). */
  appendix: z.array(text(300, { min: 1 })).max(100),
  principal: filingPrincipalInputSchema.nullable().optional(),
};

/** POST /api/filings. */
export const filingCreateBody = z.object({ service: filingServiceSchema, ...draftFields });
export type FilingCreateBody = z.infer<typeof filingCreateBody>;

/** PUT /api/filings/:id — the whole form again, with the version read (409 when another tab saved first). */
export const filingUpdateBody = z.object({ version: z.number().int().min(1), ...draftFields });
export type FilingUpdateBody = z.infer<typeof filingUpdateBody>;

export const filingParams = z.object({ id: uuid });
export const filingAttachmentParams = z.object({ id: uuid, position: z.coerce.number().int().min(1).max(1000) });
export const dutyPaymentParams = z.object({ id: uuid, dutyPaymentId: uuid });

/**
 * POST /api/filings/:id/attachments is multipart/form-data: the field
 * `position` (1-based index in the appendix) BEFORE the file part, the field
 * `supplement` ('true': a document added to a REGISTERED filing, FILE-8 —
 * appended after the appendix, `title` its title) and one file. Documented
 * here; the route reads the parts itself.
 */
export const attachmentUploadFields = z.object({
  position: z.coerce.number().int().min(1).max(1000).optional(),
  supplement: z.enum(['true', 'false']).optional(),
  title: text(300).optional(),
});

/** POST /api/filings/:id/duty/online. Default amount: what remains to pay. */
export const dutyOnlineBody = z.object({ amountTiyn: z.number().int().min(1).max(1e15).optional() }).optional();

/** POST /api/filings/:id/duty/receipt is multipart/form-data: the field `receiptCode` (before the file) and the scan. */
export const dutyReceiptFields = z.object({ receiptCode: z.string().regex(/^[0-9A-Za-z-]{4,64}$/, 'code') });

// ---------------------------------------------------------------- the draft (responses)

export const storedFileSchema = z.object({
  fileId: uuid, originalName: z.string(), sizeBytes: z.number().int(), sha256: z.string(), kind: attachmentKindSchema,
});

export const appendixItemSchema = z.object({
  position: z.number().int(), title: z.string(),
  /** The file attached at this position; null: not attached yet. */
  file: storedFileSchema.nullable(),
});

export const dutyPaymentSchema = z.object({
  id: uuid, method: dutyPaymentMethodSchema, status: dutyPaymentStatusSchema, amountTiyn: z.number().int(),
  paidAt: z.string().nullable(), receiptCode: z.string().nullable(),
  /** The gateway's PDF receipt (online) or the uploaded scan (receipt); download at …/duty/payments/:dutyPaymentId/receipt. */
  receiptFileId: uuid.nullable(), createdAt: z.string(),
});
export type DutyPaymentView = z.infer<typeof dutyPaymentSchema>;

/** GET /api/filings/:id/duty (FILE-4). */
export const filingDutySchema = z.object({
  amountTiyn: z.number().int(),
  /** The rate's code, or 'exempt' / 'not_charged'. */
  rate: z.string(),
  basis: localizedSchema,
  article: z.string(),
  /** False when the rate is not confirmed in the law's text (shown as such). */
  confirmed: z.boolean(),
  exemption: dutyExemptionSchema.nullable(),
  paidTiyn: z.number().int(),
  remainingTiyn: z.number().int(),
  payments: z.array(dutyPaymentSchema),
});
export type FilingDuty = z.infer<typeof filingDutySchema>;

export const filingDraftSchema = z.object({
  id: uuid, number: z.string().nullable(), service: filingServiceSchema, serviceName: localizedSchema, status: filingStatusSchema,
  statusName: localizedSchema, version: z.number().int(),
  court: z.object({ id: z.string(), code: z.string(), name: localizedSchema }),
  instance: instanceSchema, form: caseFormSchema, category: z.string().nullable(),
  targetCase: z.object({ id: uuid, number: z.string() }).nullable(),
  /** Who files: the citizen, or the legal entity they represent (its BIN). */
  applicant: z.object({ kind: applicantKindSchema, iinBin: z.string(), name: z.string() }),
  /** The person acting (the signed-in user's IIN) when the applicant is a legal entity. */
  actingIin: z.string().nullable(),
  principal: z.object({ kind: applicantKindSchema, iinBin: z.string(), name: z.string() }).nullable(),
  powerOfAttorneyId: uuid.nullable(),
  title: z.string(), body: z.string(), claimAmountTiyn: z.number().int().nullable(), claimKind: claimKindSchema,
  courtOrder: z.boolean(), exemption: dutyExemptionSchema.nullable(),
  parties: z.array(filingPartyInputSchema),
  appendix: z.array(appendixItemSchema),
  /**
   * FILE-8: documents added to a registered filing, after the appendix; `sent` false until the applicant signs and
   * sends them (POST /api/filings/:id/supplements/signing), then `sentAt` is when the case received them.
   */
  supplements: z.array(appendixItemSchema.extend({ sent: z.boolean(), sentAt: z.string().nullable() })),
  duty: filingDutySchema,
  createdAt: z.string(), updatedAt: z.string(), receivedAt: z.string().nullable(), registrationDay: z.string().nullable(),
});
export type FilingDraft = z.infer<typeof filingDraftSchema>;

export const filingWarningSchema = z.object({
  code: filingWarningCodeSchema, blocking: z.boolean(), ground: refusalGroundSchema, text: localizedSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
/** GET /api/filings/:id/warnings (issue 14 item 9). */
export const filingWarningsResponse = z.object({
  warnings: z.array(filingWarningSchema),
  /** True when a blocking warning stops the sending. */
  blocked: z.boolean(),
});
export type FilingWarningsView = z.infer<typeof filingWarningsResponse>;

/** POST /api/filings/:id/duty/online: where to send the payer. */
export const dutyOnlineResponse = z.object({ dutyPaymentId: uuid, redirectUrl: z.string(), amountTiyn: z.number().int() });

/** POST …/duty/online/:dutyPaymentId/confirm and …/duty/receipt: the payment as it is now, and the filing's duty. */
export const dutyPaymentResultSchema = z.object({ payment: dutyPaymentSchema, duty: filingDutySchema });

export const attachmentDownloadResponse = binary(
  ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'image/jpeg'],
  'The attached file as it was stored (its SHA-256 is in the filing).',
);
