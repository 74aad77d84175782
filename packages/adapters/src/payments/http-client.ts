import { AdapterError } from '../errors';
import { JsonHttpClient, seg, type HttpClientConfig } from '../http/json-client';
import { createdPaymentSchema, paymentSchema } from './contract';
import type { CreatePaymentInput, CreatedPayment, Payment, PaymentsPort } from './port';

const PDF_MAGIC = '%PDF-';

export class PaymentsHttpClient implements PaymentsPort {
  private readonly http: JsonHttpClient;

  constructor(config: Omit<HttpClientConfig, 'system'>) {
    this.http = new JsonHttpClient({ ...config, system: 'payments' });
  }

  createPayment(input: CreatePaymentInput): Promise<CreatedPayment> {
    return this.http.json({ method: 'POST', path: '/payments', body: input, schema: createdPaymentSchema });
  }

  getPayment(paymentId: string): Promise<Payment> {
    return this.http.json({ method: 'GET', path: `/payments/${seg(paymentId)}`, schema: paymentSchema });
  }

  async getReceiptPdf(paymentId: string): Promise<Uint8Array> {
    const { bytes } = await this.http.bytes(`/payments/${seg(paymentId)}/receipt`, 'application/pdf');
    // The receipt is attached to filings as-is (FILE-4), so refuse anything that is not a PDF.
    if (new TextDecoder().decode(bytes.subarray(0, PDF_MAGIC.length)) !== PDF_MAGIC) {
      throw new AdapterError('payments', 'bad_response', 'receipt is not a PDF document');
    }
    return bytes;
  }

  findByReceiptCode(receiptCode: string): Promise<Payment> {
    return this.http.json({ method: 'GET', path: `/receipts/${seg(receiptCode)}`, schema: paymentSchema });
  }
}
