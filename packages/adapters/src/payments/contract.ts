import { z } from 'zod';
import { iinSchema, instantSchema, localizedSchema, tiynSchema } from '../contract-common';
import type { CreatedPayment, Payment } from './port';

// Wire format: POST /payments, GET /payments/:id, GET /payments/:id/receipt
// (application/pdf), GET /receipts/:code.

const statusSchema = z.enum(['pending', 'paid', 'failed']);

export const createPaymentBodySchema = z.object({
  reference: z.string().min(1).max(200),
  amountTiyn: tiynSchema.min(1),
  purpose: localizedSchema,
  payerIin: iinSchema,
  returnUrl: z.url().optional(),
  /** SIMP-4: where the gateway POSTs the signed notification once the payment is paid or failed. */
  notifyUrl: z.url({ protocol: /^https?$/ }).optional(),
});

export const createdPaymentSchema: z.ZodType<CreatedPayment> = z.object({
  paymentId: z.string().min(1),
  redirectUrl: z.url(),
  status: statusSchema,
  createdAt: instantSchema,
});

export const paymentSchema: z.ZodType<Payment> = z.object({
  paymentId: z.string().min(1),
  reference: z.string(),
  amountTiyn: tiynSchema,
  purpose: localizedSchema,
  payerIin: iinSchema,
  status: statusSchema,
  createdAt: instantSchema,
  paidAt: instantSchema.nullable(),
  receiptCode: z.string().min(1).nullable(),
  failureReason: z.string().nullable(),
});
