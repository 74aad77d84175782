import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { instantSchema, tiynSchema } from '../contract-common';
import type { IsoInstant } from '../localized';

// SIMP-4: the gateway tells the merchant that a payment was settled by
// POSTing a JSON notification to the payment's notifyUrl, signed with a
// secret shared out of band: HMAC-SHA256 over the exact bytes of the body,
// hex, in the `x-payment-signature` header. The receiver must verify the raw
// body it received — re-serialising parsed JSON would change the bytes.

export const PAYMENT_SIGNATURE_HEADER = 'x-payment-signature';

/** Shared secret of the simulated gateway and a dev server; production sets its own. */
export const DEV_PAYMENTS_NOTIFY_SECRET = 'dev-payments-notify-secret-0001';

export interface PaymentNotification {
  readonly paymentId: string;
  /** Our idempotency key given at creation (e.g. the invoice id). */
  readonly reference: string;
  readonly amountTiyn: number;
  readonly status: 'paid' | 'failed';
  /** The gateway's time of payment; null when failed. */
  readonly paidAt: IsoInstant | null;
  readonly receiptCode: string | null;
  /** When the gateway issued this notification (the same on every retry of it). */
  readonly sentAt: IsoInstant;
}

export const paymentNotificationSchema: z.ZodType<PaymentNotification> = z
  .object({
    paymentId: z.string().min(1).max(200),
    reference: z.string().min(1).max(200),
    amountTiyn: tiynSchema.min(1),
    status: z.enum(['paid', 'failed']),
    paidAt: instantSchema.nullable(),
    receiptCode: z.string().min(1).max(64).nullable(),
    sentAt: instantSchema,
  })
  .refine((n) => n.status !== 'paid' || (n.paidAt !== null && n.receiptCode !== null), {
    message: 'a paid notification carries paidAt and receiptCode',
    path: ['status'],
  });

/** Hex HMAC-SHA256 of the raw body with the shared secret. */
export function signPaymentNotification(secret: string, rawBody: string): string {
  return createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');
}

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

/** True when `signature` is the body's HMAC; compared in constant time, so a forger learns nothing from timing. */
export function verifyPaymentNotification(secret: string, rawBody: string, signature: string | undefined): boolean {
  if (secret === '' || signature === undefined || !HEX_SHA256.test(signature.trim())) return false;
  const expected = Buffer.from(signPaymentNotification(secret, rawBody), 'hex');
  const given = Buffer.from(signature.trim(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
