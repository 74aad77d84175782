import { JsonHttpClient, seg, type HttpClientConfig } from '../http/json-client';
import { erapFinePageSchema, erapFineRecordSchema, erapStatusReceiptSchema } from './contract';
import type { ErapFinePage, ErapFineRecord, ErapPort, ErapStatusReceipt, ErapStatusUpdate } from './port';

export class ErapHttpClient implements ErapPort {
  private readonly http: JsonHttpClient;

  constructor(config: Omit<HttpClientConfig, 'system'>) {
    this.http = new JsonHttpClient({ ...config, system: 'erap' });
  }

  pullFines(params: { cursor?: string; limit?: number } = {}): Promise<ErapFinePage> {
    return this.http.json({
      method: 'GET',
      path: '/fines',
      query: { cursor: params.cursor, limit: params.limit },
      schema: erapFinePageSchema,
    });
  }

  getFine(fineId: string): Promise<ErapFineRecord> {
    return this.http.json({ method: 'GET', path: `/fines/${seg(fineId)}`, schema: erapFineRecordSchema });
  }

  pushStatus(update: ErapStatusUpdate): Promise<ErapStatusReceipt> {
    const { fineId, ...body } = update;
    return this.http.json({
      method: 'POST',
      path: `/fines/${seg(fineId)}/status`,
      body,
      schema: erapStatusReceiptSchema,
    });
  }
}
