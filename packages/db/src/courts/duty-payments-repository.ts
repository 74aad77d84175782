import type { Sql } from '../database';
import type { DutyPaymentMethod, DutyPaymentStatus } from './codes';
import { instantOrNull, isUuid } from './codes';

// duty_payments: state duty for a filing (FILE-4, FILE-8), through the
// payment gateway (`online`, its payment id) or a scanned receipt whose
// unique code the gateway confirms (`receipt`). A code or a gateway payment
// pays one filing once (UNIQUE). Lock order: … filings → court_cases → duty_payments.

export type DutyPaymentRecord = {
  id: string; filingId: string; method: DutyPaymentMethod; paymentId: string | null; receiptCode: string | null; amountTiyn: number;
  status: DutyPaymentStatus; paidAt: Date | null; receiptFileId: string | null; createdAt: Date;
};

type PaymentRow = {
  id: string; filing_id: string; method: DutyPaymentMethod; payment_id: string | null; receipt_code: string | null;
  amount_tiyn: string | number; status: DutyPaymentStatus; paid_at: Date | string | null; receipt_file_id: string | null; created_at: Date | string;
};

const COLUMNS = 'id, filing_id, method, payment_id, receipt_code, amount_tiyn, status, paid_at, receipt_file_id, created_at';

const paymentOf = (r: PaymentRow): DutyPaymentRecord => ({
  id: r.id, filingId: r.filing_id, method: r.method, paymentId: r.payment_id, receiptCode: r.receipt_code, amountTiyn: Number(r.amount_tiyn),
  status: r.status, paidAt: instantOrNull(r.paid_at), receiptFileId: r.receipt_file_id, createdAt: new Date(r.created_at),
});

export type NewDutyPayment = {
  id: string; filingId: string; method: DutyPaymentMethod; paymentId: string | null; receiptCode: string | null; amountTiyn: number;
  receiptFileId: string | null;
};

/** A new `pending` payment; a payment id or receipt code already used fails with a unique violation (isUniqueViolation). */
export async function insertDutyPayment(tx: Sql, payment: NewDutyPayment, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO duty_payments (id, filing_id, method, payment_id, receipt_code, amount_tiyn, status, receipt_file_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8)`,
    [payment.id, payment.filingId, payment.method, payment.paymentId, payment.receiptCode, payment.amountTiyn, payment.receiptFileId,
      now.toISOString()]);
}

export async function findDutyPayment(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<DutyPaymentRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<PaymentRow>(`SELECT ${COLUMNS} FROM duty_payments WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return result.rows[0] ? paymentOf(result.rows[0]) : null;
}

/** The payment the gateway knows by this id (its callback), if any. */
export async function findDutyPaymentByPaymentId(sql: Sql, paymentId: string, options: { lock?: boolean } = {}): Promise<DutyPaymentRecord | null> {
  const result = await sql.query<PaymentRow>(`SELECT ${COLUMNS} FROM duty_payments WHERE payment_id = $1${options.lock ? ' FOR UPDATE' : ''}`,
    [paymentId]);
  return result.rows[0] ? paymentOf(result.rows[0]) : null;
}

/** The payment a receipt's unique code was recorded for, if any (a code pays once). */
export async function findDutyPaymentByReceiptCode(sql: Sql, receiptCode: string): Promise<DutyPaymentRecord | null> {
  const result = await sql.query<PaymentRow>(`SELECT ${COLUMNS} FROM duty_payments WHERE receipt_code = $1`, [receiptCode]);
  return result.rows[0] ? paymentOf(result.rows[0]) : null;
}

/**
 * `pending` → `paid` (with the gateway's receipt file when it gave one).
 * False when the payment is not pending — already settled by another
 * callback; the caller does not count it twice.
 */
export async function markDutyPaymentPaid(tx: Sql, id: string, paid: { paidAt: Date; receiptFileId?: string | null; paymentId?: string | null })
  : Promise<boolean> {
  const result = await tx.query(
    `UPDATE duty_payments SET status = 'paid', paid_at = $2, receipt_file_id = coalesce($3, receipt_file_id), payment_id = coalesce($4, payment_id)
      WHERE id = $1 AND status = 'pending'`,
    [id, paid.paidAt.toISOString(), paid.receiptFileId ?? null, paid.paymentId ?? null]);
  return result.rowCount === 1;
}

/** `pending` → `failed`; false when it is not pending. */
export async function markDutyPaymentFailed(tx: Sql, id: string): Promise<boolean> {
  const result = await tx.query("UPDATE duty_payments SET status = 'failed' WHERE id = $1 AND status = 'pending'", [id]);
  return result.rowCount === 1;
}

/** The payments of a filing, oldest first. */
export async function listDutyPayments(sql: Sql, filingId: string): Promise<DutyPaymentRecord[]> {
  const result = await sql.query<PaymentRow>(`SELECT ${COLUMNS} FROM duty_payments WHERE filing_id = $1 ORDER BY created_at, id`, [filingId]);
  return result.rows.map(paymentOf);
}

/** How much duty a filing has paid, in tiyn (pending and failed payments do not count). */
export async function sumPaidDuty(sql: Sql, filingId: string): Promise<number> {
  const result = await sql.query<{ total: string | number }>(
    "SELECT coalesce(sum(amount_tiyn), 0)::bigint AS total FROM duty_payments WHERE filing_id = $1 AND status = 'paid'", [filingId]);
  return Number(result.rows[0]?.total ?? 0);
}
