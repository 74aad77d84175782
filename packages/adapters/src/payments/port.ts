import type { IsoInstant, LocalizedText } from '../localized';

// ПШЭП — the e-government payment gateway. State duty (FILE-4), licence fees
// (LIC-2) and simplified-proceeding fines (SIMP-4) are paid through it: we
// create a payment, send the payer to its page, then check the status and
// keep the gateway's PDF receipt.

export type PaymentStatus = 'pending' | 'paid' | 'failed';

export interface CreatePaymentInput {
  /** Our idempotency key (e.g. the invoice id): creating twice returns the same payment. */
  readonly reference: string;
  readonly amountTiyn: number;
  /** Shown to the payer on the gateway's page. */
  readonly purpose: LocalizedText;
  readonly payerIin: string;
  /** Where the gateway sends the payer back after paying or declining. */
  readonly returnUrl?: string;
  /** Where the gateway POSTs a signed notification (`PaymentNotification`) when the payment is paid or failed (SIMP-4). */
  readonly notifyUrl?: string;
}

export interface CreatedPayment {
  readonly paymentId: string;
  /** The gateway page the payer opens to pay. */
  readonly redirectUrl: string;
  readonly status: PaymentStatus;
  readonly createdAt: IsoInstant;
}

export interface Payment {
  readonly paymentId: string;
  readonly reference: string;
  readonly amountTiyn: number;
  readonly purpose: LocalizedText;
  readonly payerIin: string;
  readonly status: PaymentStatus;
  readonly createdAt: IsoInstant;
  readonly paidAt: IsoInstant | null;
  /** The receipt's unique code (FILE-4: a payment is found by it); set once paid. */
  readonly receiptCode: string | null;
  readonly failureReason: string | null;
}

export interface PaymentsPort {
  /** Throws `rejected` when the reference was used with a different amount or payer. */
  createPayment(input: CreatePaymentInput): Promise<CreatedPayment>;
  /** Throws `not_found` for an unknown payment. */
  getPayment(paymentId: string): Promise<Payment>;
  /** The gateway's PDF receipt; throws `not_found` until the payment is paid. */
  getReceiptPdf(paymentId: string): Promise<Uint8Array>;
  /** Throws `not_found` when no payment has this receipt code. */
  findByReceiptCode(receiptCode: string): Promise<Payment>;
}
