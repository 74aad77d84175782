import { z } from 'zod';

// ENF-11, FILE-16: an electronic executive document (исполнительный лист)
// sent by the courts' system to enforcement. Our inbound route:
//   POST /api/integrations/court-system/writs   (Authorization: Bearer <token>)
// The writ card travels as the exact UTF-8 JSON bytes that the judge and the
// court secretary signed (detached CMS each), so what we verify is what they
// signed; the court act (PDF) travels with the judge's detached signature.

const isoDate = z.iso.date();
const decimal = z.string().regex(/^\d{1,15}([.,]\d{1,6})?$/, 'decimal, e.g. 125000.50');

export const writPartySchema = z.object({
  kind: z.enum(['individual', 'legal_entity']),
  /** IIN for an individual, BIN for a legal entity (12 digits, checksum checked on intake). */
  identifier: z.string().regex(/^\d{12}$/),
  name: z.string().min(1).max(300),
  address: z.string().max(500).optional(),
  /** KATO id of the region (e.g. 710000000 Astana, 310000000 Zhambyl region). */
  regionKato: z.string().regex(/^\d{9}$/),
  /** KATO id of the district, when known. */
  districtKato: z.string().regex(/^\d{9}$/).optional(),
});
export type WritParty = z.infer<typeof writPartySchema>;

const courtPersonSchema = z.object({ iin: z.string().regex(/^\d{12}$/), fullName: z.string().min(1).max(200) });

/** The signed card. Field names follow the ENF-1 card (ExecutiveDocumentCardInput). */
export const writCardSchema = z.object({
  /** The courts' id of this electronic executive document; statuses are reported against it. */
  externalId: z.string().min(1).max(64),
  court: z.object({
    /** Court's organisation id in Oryndau's directory, e.g. `court-astana-esil`. */
    id: z.string().min(1).max(64),
    nameKk: z.string().min(1).max(300),
    nameRu: z.string().min(1).max(300),
  }),
  caseNumber: z.string().min(1).max(64),
  /** Номер исполнительного документа; unique per court. */
  writNumber: z.string().min(1).max(64),
  /** Вид исполнительного документа, e.g. `writ_of_execution` (исполнительный лист). */
  documentType: z.string().min(1).max(64),
  issueDate: isoDate,
  entryIntoForceDate: isoDate,
  claimEssence: z.string().min(1).max(2000),
  /** Category of statistical form 4 = the distribution rule category (e.g. `citizens`, `state_collection`). */
  categoryCode: z.string().min(1).max(64),
  subcategory: z.string().max(200).optional(),
  amount: decimal,
  /** ISO 4217; KZT for tenge. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Tenge per one unit of the currency; required unless KZT. */
  exchangeRate: decimal.optional(),
  exchangeRateDate: isoDate.optional(),
  solidaryLiability: z.boolean(),
  debtors: z.array(writPartySchema).min(1).max(50),
  claimants: z.array(writPartySchema).min(1).max(50),
  judge: courtPersonSchema,
  secretary: courtPersonSchema,
});
export type WritCard = z.infer<typeof writCardSchema>;

const base64 = z.string().min(4).max(30_000_000).regex(/^[A-Za-z0-9+/=]+$/, 'base64');

/** The HTTP body of the intake call. */
export const writSubmissionSchema = z.object({
  /** base64 of the UTF-8 JSON bytes of a WritCard. */
  writ: base64,
  signatures: z.object({
    /** Detached CMS over the writ bytes by the judge (signing key, IIN = card.judge.iin). */
    judge: base64,
    /** Detached CMS over the writ bytes by the court secretary (IIN = card.secretary.iin). */
    secretary: base64,
  }),
  courtAct: z.object({
    mediaType: z.literal('application/pdf'),
    /** base64 of the court act PDF. */
    content: base64,
    /** Detached CMS over the PDF bytes by the judge. */
    signature: base64,
  }),
});
export type WritSubmission = z.infer<typeof writSubmissionSchema>;

/** 200 answer (also for a duplicate: the first registration, `duplicate: true`). */
export const writReceiptSchema = z.object({
  proceedingId: z.string(),
  registrationNumber: z.string(),
  registrationDate: isoDate,
  status: z.literal('registered'),
  duplicate: z.boolean(),
});
export type WritReceipt = z.infer<typeof writReceiptSchema>;

/** Encodes a card the way the courts' system does before signing it. */
export function encodeWritCard(card: WritCard): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(card));
}
