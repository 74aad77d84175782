import { simplified } from '@oryndau/domain';
import { z } from 'zod';
import { binary, localizedSchema } from './errors';
import { text, uuid } from './validation';

// Simplified proceedings (SIMP-1…SIMP-6): the debtor's page behind the SMS
// link, the ЕРАП intake's answer and the payment gateway's callback answer
// (simplified/*-routes.ts, docs/simplified.md). Money in integer tiyn, days `YYYY-MM-DD`.

export const SIMPLIFIED_DOCUMENT_KINDS = ['simp.initiation', 'simp.termination', 'simp.cancellation'] as const;
export const SIMPLIFIED_CLOSING_OUTCOMES = ['paid', 'expired', 'disagreed'] as const;
export const PAYMENT_STATES = ['none', 'pending', 'paid'] as const;
export const DOCUMENT_FORMATS = ['pdf', 'signed', 'p7s'] as const;

/** Any string up to a sane length: a malformed token answers 404 exactly as an unknown one. */
export const tokenParams = z.object({ token: text(100, { trim: false }) });

export const debtorDocumentSchema = z.object({
  kind: z.enum(SIMPLIFIED_DOCUMENT_KINDS), documentId: z.string(), title: localizedSchema,
  /** The PDF (attachment) behind the link token. */
  url: z.string(),
  /** The public signature check, /verify/<id>. */
  verifyUrl: z.string(),
});

/** SIMP-3: what the debtor's page (/s/<token>) shows — GET /api/public/simplified/:token and the answer of «Не согласен». */
export const debtorViewSchema = z.object({
  caseId: z.string(), erapFineId: z.string(), status: z.enum(simplified.SIMPLIFIED_STATUSES),
  statusText: localizedSchema, outcome: z.enum(SIMPLIFIED_CLOSING_OUTCOMES).nullable(), debtorName: z.string(), debtorIinMasked: z.string(),
  amountTiyn: z.number(), paidTiyn: z.number(), dueTiyn: z.number(),
  decision: z.object({ number: z.string(), date: z.string(), article: z.string(), issuingBody: z.string() }), caseOpenedOn: z.string(),
  lastDay: z.string(),
  /** The first instant too late to pay. */
  expiresAt: z.string(),
  /** The server's clock when it answered: time left is measured on it, not on the phone's. */
  serverNow: z.string(),
  zone: z.string(),
  documents: z.array(debtorDocumentSchema),
  actions: z.object({ pay: z.boolean(), disagree: z.boolean() }), paymentState: z.enum(PAYMENT_STATES),
  proceeding: z.object({ registrationNumber: z.string() }).nullable(),
}).describe('DebtorView');

/** GET /api/public/simplified/:token/documents/:documentId */
export const debtorDocumentParams = tokenParams.extend({ documentId: uuid });
export const debtorDocumentQuery = z.object({ lang: z.enum(['kk', 'ru']).default('kk'), format: z.enum(DOCUMENT_FORMATS).default('pdf') });
export const debtorDocumentResponse = binary(['application/pdf', 'application/vnd.oryndau.act+json', 'application/pkcs7-signature'],
  'The resolution: its PDF in kk or ru (format=pdf), the signed original (format=signed) or its detached CMS signature (format=p7s)');

/** POST /api/public/simplified/:token/pay */
export const payBody = z.object({}).optional();
export const payResponse = z.object({ redirectUrl: z.string() });
/** POST /api/public/simplified/:token/disagree */
export const disagreeBody = z.object({ confirm: z.literal(true) });

/** POST /api/integrations/erap/fines: each fine is checked on its own (a bad one is refused alone), so the body only bounds the batch. */
export const MAX_FINES_PER_BATCH = 10_000;
export const erapFinesBody = z.object({ fines: z.array(z.unknown()).min(1).max(MAX_FINES_PER_BATCH) });
const reasonSchema = z.object({ code: z.string(), text: localizedSchema });
export const intakeOutcomeSchema = z.union([
  z.object({ erapFineId: z.string(), outcome: z.literal('initiated'), caseId: z.string(), lastDay: z.string(), expiresAt: z.string(), replay: z.boolean() }),
  z.object({ erapFineId: z.string(), outcome: z.literal('ordinary'), caseId: z.string(), proceedingId: z.string(), registrationNumber: z.string(),
    cause: z.enum(['ineligible', 'no_phone']), reasons: z.array(reasonSchema), replay: z.boolean() }),
  z.object({ erapFineId: z.string().nullable(), outcome: z.literal('refused'), reasons: z.array(reasonSchema), replay: z.boolean() }),
]);
export const erapFinesResponse = z.object({ results: z.array(intakeOutcomeSchema) });

/** POST /api/integrations/payments/notify (the body is HMAC-checked byte for byte before it is parsed, so no body schema here). */
export const paymentNotifyResponse = z.object({ accepted: z.boolean(), replay: z.boolean(), status: z.string().nullable() });

/** POST /api/dev/simplified/fine */
export const devFineBody = z.object({ debtorIin: z.string().optional(), amountTiyn: z.number().int().positive().optional() }).optional();
export const devFineResponse = z.object({ caseId: z.string(), erapFineId: z.string(), link: z.string(), sms: z.string() });

export type SimplifiedStatus = z.infer<typeof debtorViewSchema>['status'];
export type SimplifiedOutcome = (typeof SIMPLIFIED_CLOSING_OUTCOMES)[number];
export type PaymentState = (typeof PAYMENT_STATES)[number];
export type SimplifiedDocumentKind = (typeof SIMPLIFIED_DOCUMENT_KINDS)[number];
export type SimplifiedDocument = z.infer<typeof debtorDocumentSchema>;
export type DebtorView = z.infer<typeof debtorViewSchema>;
export type IntakeOutcome = z.infer<typeof intakeOutcomeSchema>;
export type DevFine = z.infer<typeof devFineResponse>;
