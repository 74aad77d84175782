import { courts } from '@oryndau/domain';
import { z } from 'zod';
import { binary, localizedSchema } from './errors';
import { code, idParams, integer, isIsoDate, isoDate, multilineText, uuid } from './validation';

// The court office (issue 14 item 8, FILE-11, FILE-12) and the court's case
// register as its staff read it (issue 14 item 1): apps/server/src/courts/office-routes.ts.
// Every code comes with its kk/ru name, so a screen never shows a code.

const caseForm = z.enum(courts.CASE_FORMS);
const instance = z.enum(courts.INSTANCES);
const filingService = z.enum(courts.FILING_SERVICES);
const participantCategory = z.enum(courts.PARTICIPANT_CATEGORIES);
const applicantKind = z.enum(courts.APPLICANT_KINDS);

/** A moment as the court reads it: the instant, and its date and time in the court's own zone (FILE-13). */
export const courtLocalTimeSchema = z.object({
  /** RFC 3339 instant (for sorting; never shown as it is). */
  at: z.string(),
  /** 'YYYY-MM-DD' in the court's zone. */
  date: z.string(),
  /** 'HH:MM' in the court's zone. */
  time: z.string(),
});

/** GET /api/court-office/incoming: one received filing of the queue. */
export const incomingFilingSchema = z.object({
  id: z.string(), number: z.string(), version: z.number().int(),
  service: filingService, serviceName: localizedSchema,
  form: caseForm, formName: localizedSchema, instance, category: z.string().nullable(), title: z.string(),
  applicantName: z.string(), applicantIinBin: z.string(), principalName: z.string().nullable(),
  received: courtLocalTimeSchema,
  /** The local date that counts for procedural deadlines. */
  receiptDate: z.string(),
  /** The working day by which the office registers it (FILE-11, §35–36). */
  registrationDay: z.string(),
  /** The registration day is before today in the court's zone. */
  overdue: z.boolean(),
});
export type IncomingFiling = z.infer<typeof incomingFilingSchema>;

export const incomingResponse = z.object({
  court: z.object({ id: z.string(), name: localizedSchema }),
  /** Today in the court's zone, by the server's clock. */
  today: z.string(),
  filings: z.array(incomingFilingSchema),
});
export type IncomingResponse = z.infer<typeof incomingResponse>;

/** /api/court-office/filings/:id… */
export const officeFilingParams = idParams;
export const officeAttachmentParams = z.object({ id: uuid, position: integer(1, 1000) });
export const officeAttachmentResponse = binary(['application/pdf', 'application/octet-stream', 'image/jpeg',
  'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], 'The attached file\'s bytes, in its recognised type');

export const cardPartySchema = z.object({
  category: participantCategory, categoryName: localizedSchema, kind: applicantKind, iinBin: z.string(), name: z.string(),
  address: z.string().nullable(),
});

export const cardAppendixItemSchema = z.object({
  /** 1-based place in the appendix. */
  position: z.number().int(),
  title: z.string(),
  /** The attached file; null when the listed document has no file (a warning says so). */
  file: z.object({
    fileId: z.string(), originalName: z.string(), kind: z.enum(courts.ATTACHMENT_KINDS), kindName: localizedSchema,
    sizeBytes: z.number().int(), sha256: z.string(),
    /** GET this to download it. */
    downloadUrl: z.string(),
  }).nullable(),
});

export const cardWarningSchema = z.object({
  code: z.string(), blocking: z.boolean(),
  /** The §37 ground the office would refuse on. */
  ground: z.enum(courts.REFUSAL_GROUNDS),
  text: localizedSchema,
});

export const judgeOptionSchema = z.object({
  userId: z.string(), fullName: z.string(), specialisations: z.array(z.string()),
  openCases: z.number().int(), assignedRecently: z.number().int(),
});

export const judgeProposalSchema = z.object({
  judgeUserId: z.string(), fullName: z.string(), basis: z.enum(['specialisation', 'fallback']),
  /** Why this judge, in kk and ru (shown on the card and kept as the assignment's reason). */
  reason: localizedSchema,
});

export const refusalGroundOptionSchema = z.object({
  code: z.enum(courts.REFUSAL_GROUNDS), subparagraph: z.number().int(),
  /** The rule's words (the choice list). */
  text: localizedSchema,
  /** What the applicant receives. */
  message: localizedSchema,
});

/** GET /api/court-office/filings/:id — the registration card. */
export const registrationCardSchema = z.object({
  filing: z.object({
    id: z.string(), number: z.string().nullable(), version: z.number().int(),
    status: z.enum(courts.FILING_STATUSES), statusName: localizedSchema,
    service: filingService, serviceName: localizedSchema, form: caseForm, formName: localizedSchema,
    instance, instanceName: localizedSchema, category: z.string().nullable(),
    title: z.string(), body: z.string(), claimAmountTiyn: z.number().int().nullable(),
    applicant: z.object({ kind: applicantKind, iinBin: z.string(), name: z.string() }),
    principal: z.object({ kind: applicantKind, iinBin: z.string(), name: z.string() }).nullable(),
    parties: z.array(cardPartySchema),
    appendix: z.array(cardAppendixItemSchema),
    received: courtLocalTimeSchema.nullable(),
    receiptDate: z.string().nullable(), registrationDay: z.string().nullable(), overdue: z.boolean(),
    /** Set once registered or refused. */
    registeredCase: z.object({ id: z.string(), number: z.string() }).nullable(),
    refusal: z.object({ ground: z.enum(courts.REFUSAL_GROUNDS), message: localizedSchema, note: z.string() }).nullable(),
  }),
  duty: z.object({ dueTiyn: z.number().int(), paidTiyn: z.number().int(), paidInFull: z.boolean() }),
  warnings: z.array(cardWarningSchema),
  /** An earlier registered filing with the same content (§37 "duplicate"), if any. */
  duplicateOf: z.object({ filingId: z.string(), number: z.string().nullable(), caseId: z.string().nullable(), caseNumber: z.string().nullable() })
    .nullable(),
  /** The automatic proposal (FILE-12, as ENF-12); null when the court has no active judge. */
  proposal: judgeProposalSchema.nullable(),
  /** The court's active judges, to choose otherwise. */
  judges: z.array(judgeOptionSchema),
  /** For services that go to an existing case (appeal, cassation, hearing record): the case offered to register into. */
  targetCase: z.object({ id: z.string(), number: z.string(), sameCourt: z.boolean() }).nullable(),
  refusalGrounds: z.array(refusalGroundOptionSchema),
  /** What this specialist may do now. */
  actions: z.object({ register: z.boolean(), refuse: z.boolean() }),
});
export type RegistrationCard = z.infer<typeof registrationCardSchema>;

/** POST /api/court-office/filings/:id/register */
export const registerFilingBody = z.object({
  /** The filing's version the card showed (a lost race is a 409). */
  version: integer(1, 1_000_000),
  /** A new case (numbered now) or an existing case of this court. */
  into: z.union([z.literal('new'), z.object({ caseId: uuid })]),
  /** The presiding judge of a new case (the proposal or another active judge); not used for an existing case. */
  judgeUserId: uuid.optional(),
  /** The case's category code; default: the filing's, else its form. */
  category: code(64).optional(),
});
export type RegisterFilingBody = z.infer<typeof registerFilingBody>;

export const registerFilingResponse = z.object({
  filingId: z.string(), status: z.literal('registered'), version: z.number().int(),
  case: z.object({ id: z.string(), number: z.string(), created: z.boolean() }),
  judge: z.object({ userId: z.string(), fullName: z.string(), reason: localizedSchema }).nullable(),
});
export type RegisterFilingResponse = z.infer<typeof registerFilingResponse>;

/** POST /api/court-office/filings/:id/refuse — `ground` is checked by the server: one of the seven of §37, else 422. */
export const refuseFilingBody = z.object({
  version: integer(1, 1_000_000),
  ground: code(64).optional(),
  /** The specialist's own note, sent with the ground's text. */
  text: multilineText(2000).optional(),
});
export type RefuseFilingBody = z.infer<typeof refuseFilingBody>;

export const refuseFilingResponse = z.object({
  filingId: z.string(), status: z.literal('refused'), version: z.number().int(),
  ground: z.enum(courts.REFUSAL_GROUNDS),
  /** What the applicant received (the ground's text and the note). */
  message: localizedSchema, note: z.string(),
});
export type RefuseFilingResponse = z.infer<typeof refuseFilingResponse>;

/** GET /api/court-cases/:id — a case as the court's staff read it. */
export const courtCaseParams = idParams;
export const courtCaseDocumentParams = z.object({ id: uuid, documentId: uuid });

/** The case actions a judge applies through POST /api/court-cases/:id/course (assign/reassign are the office's; decide/close follow from acts and the archive). */
export const JUDGE_CASE_ACTIONS = [
  'accept', 'scheduleHearing', 'holdHearing', 'suspend', 'resume', 'return', 'leaveWithoutConsideration', 'terminate',
] as const satisfies readonly (typeof courts.CASE_ACTIONS)[number][];

export const courtCaseSchema = z.object({
  id: z.string(), number: z.string(), version: z.number().int(),
  form: caseForm, formName: localizedSchema, instance, instanceName: localizedSchema, category: z.string(),
  status: z.enum(courts.CASE_STATUSES), statusName: localizedSchema,
  court: z.object({ id: z.string(), name: localizedSchema }),
  registeredOn: isoDate(),
  previousCase: z.object({ id: z.string() }).nullable(),
  filingId: z.string().nullable(),
  judges: z.array(z.object({
    userId: z.string(), fullName: z.string(), role: z.enum(['presiding', 'member']), assignedAt: z.string(), reason: localizedSchema,
    current: z.boolean(),
  })),
  /** Participants grouped by category, in the reference's order. */
  participants: z.array(z.object({
    category: participantCategory, categoryName: localizedSchema,
    people: z.array(z.object({ id: z.string(), kind: applicantKind, iinBin: z.string().nullable(), name: z.string() })),
  })),
  /** The course of the case, dated in the court's zone. */
  events: z.array(z.object({
    id: z.string(), kind: z.enum(courts.CASE_EVENT_KINDS), name: localizedSchema, occurredAt: z.string(), localDate: z.string(),
    /** A hearing scheduled or held: its time (an instant; shown in the court's zone). */
    hearingAt: z.string().nullable().optional(),
  })),
  /** The court's time zone (hearing times are entered and shown in it). */
  timeZone: z.string().optional(),
  /** The actions the reader may apply now through POST /api/court-cases/:id/course (a current judge of the case). */
  courseActions: z.array(z.enum(JUDGE_CASE_ACTIONS)).optional(),
  documents: z.array(z.object({
    id: z.string(), title: z.string(), kind: z.string(), fileId: z.string(), filingId: z.string().nullable(), addedAt: z.string(),
    downloadUrl: z.string(),
  })),
});
export type CourtCaseView = z.infer<typeof courtCaseSchema>;


/** POST /api/court-cases/:id/course — `hearingAt` is a local date-time in the court's zone, required for scheduleHearing. */
export const caseCourseBody = z.object({
  action: z.enum(JUDGE_CASE_ACTIONS),
  version: integer(1, 1_000_000),
  hearingAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'local_date_time').refine((v) => isIsoDate(v.slice(0, 10)), { message: 'date' }).optional(),
  note: multilineText(2000).optional(),
});
export type CaseCourseBody = z.infer<typeof caseCourseBody>;
