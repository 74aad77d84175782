import { JsonHttpClient, seg, type HttpClientConfig } from '../http/json-client';
import { mobilePhoneRecordSchema } from './contract';
import type { MobileCitizensPort, MobilePhoneRecord } from './port';

export class MobileCitizensHttpClient implements MobileCitizensPort {
  private readonly http: JsonHttpClient;

  constructor(config: Omit<HttpClientConfig, 'system'>) {
    this.http = new JsonHttpClient({ ...config, system: 'mobile-citizens' });
  }

  getPhoneByIin(iin: string): Promise<MobilePhoneRecord> {
    return this.http.json({ method: 'GET', path: `/phones/${seg(iin)}`, schema: mobilePhoneRecordSchema });
  }
}
