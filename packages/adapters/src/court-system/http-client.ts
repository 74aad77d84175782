import { JsonHttpClient, seg, type HttpClientConfig } from '../http/json-client';
import { statusReceiptSchema } from './contract';
import type { CourtStatusReceipt, CourtSystemPort, ExecutiveDocumentStatusUpdate } from './port';

export class CourtSystemHttpClient implements CourtSystemPort {
  private readonly http: JsonHttpClient;

  constructor(config: Omit<HttpClientConfig, 'system'>) {
    this.http = new JsonHttpClient({ ...config, system: 'court-system' });
  }

  pushExecutiveDocumentStatus(update: ExecutiveDocumentStatusUpdate): Promise<CourtStatusReceipt> {
    const { documentId, ...body } = update;
    return this.http.json({
      method: 'POST',
      path: `/executive-documents/${seg(documentId)}/status`,
      body,
      schema: statusReceiptSchema,
    });
  }
}
