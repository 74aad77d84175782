import { JsonHttpClient, seg, type HttpClientConfig } from '../http/json-client';
import { requestStateSchema, requestTypesSchema } from './contract';
import type { SendSiopsoRequestInput, SiopsoPort, SiopsoRequestState, SiopsoRequestType } from './port';

export class SiopsoHttpClient implements SiopsoPort {
  private readonly http: JsonHttpClient;

  constructor(config: Omit<HttpClientConfig, 'system'>) {
    this.http = new JsonHttpClient({ ...config, system: 'siopso' });
  }

  async listRequestTypes(): Promise<readonly SiopsoRequestType[]> {
    const { types } = await this.http.json({ method: 'GET', path: '/request-types', schema: requestTypesSchema });
    return types;
  }

  sendRequest(input: SendSiopsoRequestInput): Promise<SiopsoRequestState> {
    return this.http.json({ method: 'POST', path: '/requests', body: input, schema: requestStateSchema });
  }

  getRequest(requestId: string): Promise<SiopsoRequestState> {
    return this.http.json({ method: 'GET', path: `/requests/${seg(requestId)}`, schema: requestStateSchema });
  }
}
