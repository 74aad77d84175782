import { courts } from '@oryndau/domain';
import { z } from 'zod';
import { localizedSchema } from './errors';
import { code, idParams, integer, isoDate, kato, multilineText, text, uuid } from './validation';

// FILE-16, ENF-11 (issue 15 item 3, seed 003 §51–58): the electronic writ of
// execution of a court case — prepared by the secretary, signed by the judge
// and the secretary, sent to enforcement, and every status back.
// Routes: apps/server/src/courts/writs/writ-routes.ts. Every code comes with its kk/ru name.

const writStatus = z.enum(courts.WRIT_STATUSES);
const historyStatus = z.enum(['registered', 'refused', ...courts.WRIT_ENFORCEMENT_STATUSES]);

export const courtWritsParams = idParams;

/** POST /api/court-cases/:id/writs: the secretary prepares the writ of one act of the case. */
export const prepareWritBody = z.strictObject({
  actId: uuid,
  /** The sum in minor units of the currency (tiyn for tenge). */
  amountMinor: integer(1, 9_000_000_000_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'currency').default('KZT'),
  /** Tenge per unit of the currency, with the day of the rate: required unless KZT. */
  exchangeRate: z.string().regex(/^\d{1,15}([.,]\d{1,6})?$/, 'decimal').optional(),
  exchangeRateDate: isoDate().optional(),
  claimEssence: multilineText(2000, { min: 1 }),
  /** ENF-12 category (e.g. `alimony`, `state_collection`); default: from the case. */
  category: code(64).optional(),
  solidaryLiability: z.boolean().optional(),
  parties: z.array(z.strictObject({ participantId: uuid, regionKato: kato, address: text(500).optional() })).max(100).optional(),
}).refine((b) => b.currency === 'KZT' || (b.exchangeRate !== undefined && b.exchangeRateDate !== undefined),
  { message: 'rate', path: ['exchangeRate'] });
export type PrepareWritBody = z.input<typeof prepareWritBody>;
export const prepareWritResponse = z.object({ writId: z.string() });

const partySchema = z.object({
  kind: z.enum(['individual', 'legal_entity']), identifier: z.string(), name: z.string(), regionKato: z.string(),
  address: z.string().optional(),
});

/** One status of the writ's history (§57 registered, §58 the bailiff's acts), in the order it arrived. */
export const writHistoryItemSchema = z.object({
  position: z.number().int(), status: historyStatus, statusName: localizedSchema,
  /** When it happened in enforcement, and when the court received it (RFC 3339). */
  at: z.string(), receivedAt: z.string(),
  registrationNumber: z.string().nullable(), registrationDate: z.string().nullable(),
  reason: localizedSchema.nullable(), bailiffName: z.string().nullable(),
});

/** What the person reading may sign now: the card or the act's copy (a document id for the common signing routes). */
export const writSigningTaskSchema = z.object({ part: z.enum(['card', 'act_copy']), documentId: z.string(), title: localizedSchema });

export const courtWritSchema = z.object({
  id: z.string(), number: z.string(), version: z.number().int(), status: writStatus, statusName: localizedSchema,
  act: z.object({ id: z.string(), title: localizedSchema }),
  category: z.string(), categoryName: localizedSchema,
  addressee: z.enum(['state', 'private']), addresseeName: localizedSchema,
  /** The sum as the card writes it ("123456.78") and its currency. */
  amount: z.string(), currency: z.string(),
  claimEssence: z.string(), issueDate: z.string(), entryIntoForceDate: z.string(),
  claimants: z.array(partySchema), debtors: z.array(partySchema),
  judge: z.object({ userId: z.string(), fullName: z.string() }),
  secretary: z.object({ userId: z.string(), fullName: z.string() }),
  signatures: z.object({ judge: z.boolean(), secretary: z.boolean(), actCopy: z.boolean() }),
  cardDocumentId: z.string(), actCopyDocumentId: z.string(),
  sentAt: z.string().nullable(), registrationNumber: z.string().nullable(), registrationDate: z.string().nullable(),
  history: z.array(writHistoryItemSchema),
  mySigningTasks: z.array(writSigningTaskSchema),
});
export type CourtWritView = z.infer<typeof courtWritSchema>;

/** GET /api/court-cases/:id/writs: the case's writs, and the acts a writ may be prepared for now (for the secretary). */
export const courtWritsResponse = z.object({
  writs: z.array(courtWritSchema),
  mayPrepare: z.boolean(),
  preparableActs: z.array(z.object({ id: z.string(), title: localizedSchema, immediateExecution: z.boolean() })),
  /** The ENF-12 categories a secretary may pick, with their addressee. */
  categories: z.array(z.object({ code: z.string(), name: localizedSchema, addressee: z.enum(['state', 'private']), addresseeName: localizedSchema })),
  participants: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['claimant', 'debtor']) })),
});
export type CourtWritsView = z.infer<typeof courtWritsResponse>;
