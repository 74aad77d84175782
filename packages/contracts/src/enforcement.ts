import { ACT_STATUSES, ENFORCEMENT_QUEUES, PROCEEDING_ACTIONS, PROCEEDING_STATUSES } from '@oryndau/domain';
import type { GroundKind } from '@oryndau/domain';
import { z } from 'zod';
import { localizedSchema, okSchema } from './errors';
import { code, idParams, integer, isoDate, kato, multilineText, queueCursor, text, uuid } from './validation';

// Enforcement proceedings (АИС ОИП), enforcement/routes.ts and docs/api.md.
// Amounts are integer tiyn carried as strings (they may exceed 2^53), dates
// `YYYY-MM-DD`, instants ISO; every text a person reads comes as { kk, ru }.

export const PARTY_ROLES = ['debtor', 'claimant'] as const;
export const PARTY_KINDS = ['individual', 'legal_entity'] as const;
export const BAILIFF_KINDS = ['state', 'private'] as const;
export const ACT_EFFECTS = ['transition', 'resolution', 'request', 'arrest', 'arrest_lift'] as const;
export const REQUEST_STATUSES = ['draft', 'signed', 'sending', 'sent', 'answered', 'failed'] as const;
export const ARREST_KINDS = ['accounts', 'property', 'travel'] as const;
export const ARRESTED_ITEM_KINDS = ['bank_account', 'real_estate', 'vehicle', 'other'] as const;
export const TASK_KINDS = ['initiation', 'voluntary_execution', 'execution_term', 'approval'] as const;
export const SORT_ORDERS = ['registeredAt', '-registeredAt'] as const;
export const EXECUTIVE_DOCUMENT_SOURCES = ['manual', 'court', 'erap'] as const;
const GROUND_KIND_SET = {
  refusal: true, suspension_mandatory: true, suspension_optional: true, termination: true, return: true,
} as const satisfies Record<GroundKind, true>;
/** The domain's ground kinds as a list (the domain has the union; a kind added there fails to compile here until listed). */
export const GROUND_KINDS = Object.keys(GROUND_KIND_SET) as GroundKind[];

// ---------------------------------------------------------------- requests

const opt = <T extends z.ZodType>(schema: T) => schema.optional();

export const partyInputSchema = z.object({
  role: z.enum(PARTY_ROLES), kind: z.enum(PARTY_KINDS), identifier: text(12), name: text(300),
  address: opt(text(500)), regionKato: kato, districtKato: opt(kato),
});

/** POST /api/enforcement/executive-documents. Dates stay text: the card's own validation names a wrong one per field (422, kk/ru). */
export const cardInputSchema = z.object({
  arrivalOrder: z.enum(['first', 'repeated']), claimEssence: multilineText(2000), issueDate: text(10), issuingBody: text(300),
  // The issuing body's name in Kazakh, when the document gives it (ISSUE-13 item 1: a Kazakh act names it in Kazakh).
  issuingBodyKk: opt(text(300)),
  documentType: text(100), documentNumber: text(64), entryIntoForceDate: text(10),
  receivedFrom: opt(text(300)), copyNumber: opt(text(20)), categoryCode: text(64),
  // amount: as written in the document's currency, '1 234,56'.
  subcategory: opt(text(200)), amount: text(40), currency: text(3), exchangeRate: opt(text(40)),
  exchangeRateDate: opt(text(10)), senderDocumentDate: isoDate().optional(), senderOutgoingNumber: opt(text(64)),
  signerName: opt(text(200)), claimFiledBy: z.enum(PARTY_KINDS).optional(),
  solidaryLiability: z.boolean(), trustedPerson: z.boolean(), parties: z.array(partyInputSchema).min(1).max(50),
});

/**
 * PATCH /api/enforcement/proceedings/:id/executive-document: the fields a bailiff may correct, each optional
 * (the issuing body's Kazakh name too, ISSUE-13 item 1; '' clears it).
 */
export const cardEditSchema = cardInputSchema.omit({
  parties: true, arrivalOrder: true, categoryCode: true, amount: true, currency: true, exchangeRate: true, exchangeRateDate: true,
}).partial().strict();

export const arrestItemInputSchema = z.object({
  kind: z.enum(ARRESTED_ITEM_KINDS), description: multilineText(500),
  identifier: opt(text(100)), valueTiyn: opt(z.string().regex(/^\d{1,15}$/)),
});

/** POST /api/enforcement/proceedings/:id/acts */
export const actRequestSchema = z.object({
  templateCode: code(64), locale: z.enum(['kk', 'ru']), action: z.enum(PROCEEDING_ACTIONS).optional(),
  groundCode: opt(text(100)),
  params: z.object({
    /** The bailiff's own reasoning, free text (printed through the `act.reason` placeholder). */
    reason: opt(multilineText(2000)), toDepartmentCode: opt(kato), requestType: opt(text(64)),
    arrest: z.object({ kind: z.enum(ARREST_KINDS), items: z.array(arrestItemInputSchema).max(100) }).optional(),
    arrestId: opt(uuid),
  }).optional(),
});

/** GET /api/enforcement/proceedings */
export const proceedingsQuery = z.object({
  queue: z.enum(ENFORCEMENT_QUEUES).exclude(['forApproval']), status: z.enum(PROCEEDING_STATUSES).optional(), category: opt(text(64)),
  debtor: opt(text(200)), from: isoDate().optional(), to: isoDate().optional(), overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(SORT_ORDERS).optional(), limit: integer(1, 100).optional(),
  after: opt(queueCursor),
});

export const proceedingParams = idParams;
/** POST /api/enforcement/acts/:id/discard and /regenerate (ISSUE-13 item 8): the act's id. */
export const actParams = idParams;
/** POST /api/enforcement/acts/:id/discard: the draft is gone; the proceeding it was on, to refetch. */
export const discardActResponse = z.object({ ok: z.literal(true), proceedingId: z.string() });
/** POST /api/enforcement/acts/:id/return */
export const returnActBody = z.object({ reason: multilineText(2000) });
/** POST /api/enforcement/proceedings/:id/reassign */
export const reassignBody = z.object({ bailiffId: uuid, reason: multilineText(2000) });
/** PUT /api/enforcement/templates/:code */
export const templateParams = z.object({ code: code(64) });
// Template texts are stored exactly as written (no trimming).
const templateText = z.object({ kk: multilineText(20_000, { min: 1, trim: false }), ru: multilineText(20_000, { min: 1, trim: false }) });
export const templateInputSchema = z.object({ title: templateText, body: templateText, needsApproval: z.boolean() });
/** POST /api/dev/court-writ */
export const devCourtWritBody = z.object({ categoryCode: code(64).optional() }).optional();

// --------------------------------------------------------------- responses

export const personSchema = z.object({ id: z.string(), fullName: z.string() });

/** GET /api/enforcement/queues */
export const queueCountSchema = z.object({ key: z.enum(ENFORCEMENT_QUEUES), count: z.number().int(), overdue: z.number().int() });
export const queueCountsResponse = z.object({ queues: z.array(queueCountSchema) });

export const proceedingSummarySchema = z.object({
  id: z.string(), registrationNumber: z.string(), registeredAt: z.string(), status: z.enum(PROCEEDING_STATUSES),
  category: z.object({ code: z.string(), name: localizedSchema }),
  debtor: z.object({ name: z.string(), identifier: z.string() }),
  amountTiyn: z.string(), bailiff: personSchema.nullable(), nextDueDate: z.string().nullable(), overdue: z.boolean(),
  awaitingApproval: z.number().int(),
});
/** GET /api/enforcement/proceedings */
export const proceedingPageSchema = z.object({ items: z.array(proceedingSummarySchema), nextCursor: z.string().nullable() });

/** 201 of POST /api/enforcement/executive-documents */
export const cardCreatedSchema = z.object({
  proceedingId: z.string(), registrationNumber: z.string(), registrationDate: z.string(), status: z.literal('registered'),
  bailiff: personSchema.nullable(), reason: localizedSchema,
});

export const executiveDocumentSchema = z.object({
  source: z.enum(EXECUTIVE_DOCUMENT_SOURCES), externalId: z.string().nullable(), courtId: z.string().nullable(),
  registrationNumber: z.string(), registrationDate: z.string(), arrivalOrder: z.enum(['first', 'repeated']), claimEssence: z.string(),
  issueDate: z.string(), issuingBody: z.string(), issuingBodyKk: z.string().nullable(), documentType: z.string(), documentNumber: z.string(), entryIntoForceDate: z.string(),
  receivedFrom: z.string().nullable(), copyNumber: z.string().nullable(), categoryCode: z.string(), subcategory: z.string().nullable(),
  amount: z.string(), currency: z.string(), exchangeRate: z.string().nullable(), exchangeRateDate: z.string().nullable(),
  amountTiyn: z.string(), senderDocumentDate: z.string().nullable(), senderOutgoingNumber: z.string().nullable(),
  signerName: z.string().nullable(), claimFiledBy: z.enum(PARTY_KINDS).nullable(), solidaryLiability: z.boolean(),
  trustedPerson: z.boolean(), courtActDocumentId: z.string().nullable(),
});

export const partySchema = z.object({
  id: z.string(), role: z.enum(PARTY_ROLES), kind: z.enum(PARTY_KINDS), identifier: z.string(), name: z.string(),
  address: z.string().nullable(), regionKato: z.string().nullable(),
});

/** A bailiff as the distribution weighed them (ENF-12), kept with the decision. */
export const decisionCandidateSchema = z.object({
  id: z.string(), fullName: z.string(), kind: z.enum(BAILIFF_KINDS), load: z.number(), eligible: z.boolean(),
  licence: z.object({ valid: z.boolean(), until: z.string().nullable() }), excludedBecause: localizedSchema.nullable(),
});

export const decisionSchema = z.object({
  id: z.string(), kind: z.enum(['automatic', 'manual']), decidedAt: z.string(), decidedBy: personSchema.nullable(),
  bailiff: personSchema.nullable(), ruleId: z.string().nullable(), rulesVersion: z.string(), reason: localizedSchema,
  writtenReason: z.string().nullable(), candidates: z.array(decisionCandidateSchema),
});

export const actSchema = z.object({
  id: z.string(), action: z.enum(PROCEEDING_ACTIONS).nullable(), effect: z.enum(ACT_EFFECTS), templateCode: z.string(),
  templateVersion: z.number().int(), title: localizedSchema, locale: z.enum(['kk', 'ru']), groundCode: z.string().nullable(),
  documentId: z.string(), needsApproval: z.boolean(), status: z.enum(ACT_STATUSES), createdAt: z.string(), createdBy: personSchema,
  signedAt: z.string().nullable(), approvedAt: z.string().nullable(), approvedBy: personSchema.nullable(),
  returnReason: z.string().nullable(), rejection: localizedSchema.nullable(),
  /** ISSUE-13 item 8: an unsigned draft rendered from a card that has changed since: it is regenerated, not signed. */
  stale: z.boolean(),
});

export const siopsoAnswerSchema = z.object({
  answeredAt: z.string().optional(),
  found: z.boolean(), summary: localizedSchema, agency: localizedSchema,
  items: z.array(z.object({ title: localizedSchema, fields: z.array(z.object({ key: z.string(), label: localizedSchema, value: localizedSchema })) })),
});

export const siopsoRequestSchema = z.object({
  id: z.string(), actId: z.string(), type: z.string(), typeName: localizedSchema, agency: localizedSchema,
  status: z.enum(REQUEST_STATUSES), createdAt: z.string(), sentAt: z.string().nullable(), answeredAt: z.string().nullable(),
  attempts: z.number().int(), lastError: z.string().nullable(),
  /** The body's own refusal, as it wrote it; the request may be sent again. */
  agencyError: localizedSchema.nullable(),
  answer: siopsoAnswerSchema.nullable(),
});

export const arrestSchema = z.object({
  id: z.string(), actId: z.string(), kind: z.enum(ARREST_KINDS), status: z.enum(['active', 'lifted']), imposedAt: z.string(),
  liftedAt: z.string().nullable(), liftReason: z.string().nullable(), details: z.record(z.string(), z.unknown()),
});

export const arrestedItemSchema = z.object({
  id: z.string(), arrestId: z.string(), kind: z.enum(ARRESTED_ITEM_KINDS), description: z.string(), identifier: z.string().nullable(),
  valueTiyn: z.string().nullable(), status: z.enum(['arrested', 'released']),
});

export const taskSchema = z.object({
  kind: z.enum(TASK_KINDS), dueDate: z.string(), status: z.enum(['open', 'done', 'cancelled']), overdue: z.boolean(), title: localizedSchema,
});

export const availableActionSchema = z.object({
  action: z.enum(PROCEEDING_ACTIONS), templateCode: z.string(), groundKinds: z.array(z.enum(GROUND_KINDS as [GroundKind, ...GroundKind[]])),
  needsApproval: z.boolean(),
});

/** A payment for an ЕРАП fine that arrived after its simplified proceeding ended, credited to this proceeding (SIMP-5). */
export const simplifiedCreditSchema = z.object({
  paymentId: z.string(), amountTiyn: z.number(), paidAt: z.string(), recordedAt: z.string(), receiptCode: z.string().nullable(),
});

/** The simplified proceeding a proceeding came from (SIMP-2, SIMP-5, SIMP-6): cancelled, or never started at intake. */
export const simplifiedOriginSchema = z.object({
  caseId: z.string(), erapFineId: z.string(), outcome: z.enum(['expired', 'disagreed', 'ineligible', 'no_phone']),
  initiatedAt: z.string().nullable(), closedAt: z.string().nullable(), credits: z.array(simplifiedCreditSchema), creditedTiyn: z.number(),
});

/** ENF-10: the card — GET /api/enforcement/proceedings/:id, and the answer of every command on it. */
export const proceedingCardSchema = z.object({
  id: z.string(), status: z.enum(PROCEEDING_STATUSES), version: z.number().int(), registrationNumber: z.string(),
  registeredAt: z.string(), timeZone: z.string(), regionKato: z.string(), bailiff: personSchema.nullable(),
  executiveDocument: executiveDocumentSchema,
  parties: z.array(partySchema),
  distribution: z.array(decisionSchema),
  availableActions: z.array(availableActionSchema),
  acts: z.array(actSchema),
  requests: z.array(siopsoRequestSchema),
  arrests: z.array(arrestSchema),
  arrestedProperty: z.array(arrestedItemSchema),
  tasks: z.array(taskSchema),
  suspensions: z.array(z.object({ from: z.string(), until: z.string().nullable(), groundCode: z.string() })),
  endingKind: z.string().nullable(),
  groundCode: z.string().nullable(),
  /** Null unless the executive document came from ЕРАП through the simplified proceedings' intake. */
  simplified: simplifiedOriginSchema.nullable(),
  /** The viewer may act on it (the assigned bailiff). */
  canAct: z.boolean(),
  canReassign: z.boolean(),
}).describe('ProceedingCard');

/** GET /api/enforcement/approvals */
export const approvalItemSchema = z.object({
  act: actSchema, proceedingId: z.string(), registrationNumber: z.string(),
  debtor: z.object({ name: z.string(), identifier: z.string() }), bailiff: personSchema,
});
export const approvalsResponse = z.object({ items: z.array(approvalItemSchema) });

/** GET /api/enforcement/proceedings/:id/candidates: the region's bailiffs a senior may reassign to (ENF-12). */
export const reassignCandidateSchema = z.object({
  id: z.string(), fullName: z.string(), kind: z.enum(BAILIFF_KINDS), load: z.number(), active: z.boolean(),
  licence: z.object({ number: z.string(), until: z.string().nullable() }).nullable(),
});
export const candidatesResponse = z.object({ candidates: z.array(reassignCandidateSchema) });

export const templateSchema = z.object({
  code: z.string(), version: z.number().int(), category: z.enum(['resolution', 'request']), kind: z.string(), needsApproval: z.boolean(),
  title: localizedSchema, body: localizedSchema,
});
/** GET /api/enforcement/templates */
export const templatesResponse = z.object({ templates: z.array(templateSchema) });

export const groundSchema = z.object({
  code: z.string(), kind: z.enum(GROUND_KINDS as [GroundKind, ...GroundKind[]]), text: localizedSchema, article: z.string().nullable(),
});
/** GET /api/enforcement/reference */
export const referenceSchema = z.object({
  categories: z.array(z.object({ code: z.string(), name: localizedSchema })),
  grounds: z.array(groundSchema),
  documentTypes: z.array(z.object({ code: z.string(), name: localizedSchema })),
  requestTypes: z.array(z.object({ code: z.string(), name: localizedSchema, agency: localizedSchema })),
  templates: z.array(templateSchema),
  departments: z.array(z.object({ code: z.string(), name: localizedSchema })),
  placeholders: z.array(z.object({ key: z.string(), description: localizedSchema })),
  statuses: z.array(z.enum(PROCEEDING_STATUSES)),
});

/** POST /api/enforcement/acts/:id/return, POST /api/enforcement/requests/:id/send */
export const enforcementOkSchema = okSchema;

/** POST /api/dev/court-writ: what the courts' simulator sent and what our intake answered. */
export const devCourtWritResponse = z.object({ card: z.unknown(), status: z.number().int(), body: z.unknown() });

export type QueueName = (typeof ENFORCEMENT_QUEUES)[number];
export type Status = (typeof PROCEEDING_STATUSES)[number];
export type Action = (typeof PROCEEDING_ACTIONS)[number];
export type ActStatus = (typeof ACT_STATUSES)[number];
export type ActEffect = (typeof ACT_EFFECTS)[number];
export type PartyRole = (typeof PARTY_ROLES)[number];
export type PartyKind = (typeof PARTY_KINDS)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type ArrestKind = (typeof ARREST_KINDS)[number];
export type ArrestedItemKind = (typeof ARRESTED_ITEM_KINDS)[number];
export type TaskKind = (typeof TASK_KINDS)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];
export type Person = z.infer<typeof personSchema>;
export type QueueCount = z.infer<typeof queueCountSchema>;
export type ProceedingSummary = z.infer<typeof proceedingSummarySchema>;
export type ProceedingPage = z.infer<typeof proceedingPageSchema>;
/** GET /api/enforcement/proceedings query, as sent (the server coerces `limit` from the query string). */
export type ProceedingQuery = Omit<z.input<typeof proceedingsQuery>, 'limit'> & { limit?: number };
export type PartyInput = z.infer<typeof partyInputSchema>;
export type CardInput = z.infer<typeof cardInputSchema>;
export type CardEdit = z.infer<typeof cardEditSchema>;
export type CardCreated = z.infer<typeof cardCreatedSchema>;
export type ExecutiveDocument = z.infer<typeof executiveDocumentSchema>;
export type Party = z.infer<typeof partySchema>;
export type DecisionCandidate = z.infer<typeof decisionCandidateSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Act = z.infer<typeof actSchema>;
export type SiopsoAnswer = z.infer<typeof siopsoAnswerSchema>;
export type SiopsoRequest = z.infer<typeof siopsoRequestSchema>;
export type Arrest = z.infer<typeof arrestSchema>;
export type ArrestedItem = z.infer<typeof arrestedItemSchema>;
export type Task = z.infer<typeof taskSchema>;
export type AvailableAction = z.infer<typeof availableActionSchema>;
export type SimplifiedCredit = z.infer<typeof simplifiedCreditSchema>;
export type SimplifiedOrigin = z.infer<typeof simplifiedOriginSchema>;
export type ProceedingCard = z.infer<typeof proceedingCardSchema>;
export type ArrestItemInput = z.infer<typeof arrestItemInputSchema>;
export type ActRequest = z.infer<typeof actRequestSchema>;
export type ActParams = NonNullable<ActRequest['params']>;
export type ApprovalItem = z.infer<typeof approvalItemSchema>;
export type ApprovalsPage = z.infer<typeof approvalsResponse>;
export type ReassignCandidate = z.infer<typeof reassignCandidateSchema>;
export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.infer<typeof templateInputSchema>;
export type Ground = z.infer<typeof groundSchema>;
export type Reference = z.infer<typeof referenceSchema>;

// ------------------------------------------------- details of 422 answers

/** One `details.fields[]` entry of 422 `enforcement.card_invalid`. */
export const cardFieldProblemSchema = z.object({ field: z.string(), code: z.string(), message: localizedSchema });
/** One `details.errors[]` entry of 422 `enforcement.template_invalid`; a brace typo or an empty text names no placeholder. */
export const templateProblemSchema = z.object({ placeholder: z.string().optional(), code: z.string().optional(), message: localizedSchema });
export type CardFieldProblem = z.infer<typeof cardFieldProblemSchema>;
export type TemplateProblem = z.infer<typeof templateProblemSchema>;
