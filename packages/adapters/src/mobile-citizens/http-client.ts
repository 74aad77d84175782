import { JsonHttpClient, seg, type HttpClientConfig } from '../http/json-client';
import { AdapterError } from '../errors';
import { mobilePhoneRecordSchema, phoneLookupResponseSchema } from './contract';
import { PHONE_BATCH_MAX, type MobileCitizensPort, type MobilePhoneRecord, type PhoneLookup } from './port';

export class MobileCitizensHttpClient implements MobileCitizensPort {
  private readonly http: JsonHttpClient;

  constructor(config: Omit<HttpClientConfig, 'system'>) {
    this.http = new JsonHttpClient({ ...config, system: 'mobile-citizens' });
  }

  getPhoneByIin(iin: string): Promise<MobilePhoneRecord> {
    return this.http.json({ method: 'GET', path: `/phones/${seg(iin)}`, schema: mobilePhoneRecordSchema });
  }

  async getPhonesByIins(iins: readonly string[]): Promise<PhoneLookup[]> {
    const out: PhoneLookup[] = [];
    for (let start = 0; start < iins.length; start += PHONE_BATCH_MAX) {
      const asked = iins.slice(start, start + PHONE_BATCH_MAX);
      const answer = await this.http.json({ method: 'POST', path: '/phones/lookup', body: { iins: asked }, schema: phoneLookupResponseSchema });
      // One answer per IIN asked, in order: anything else is a broken contract, not a partial answer to guess from.
      if (answer.results.length !== asked.length || answer.results.some((r, i) => r.iin !== asked[i])) {
        throw new AdapterError('mobile-citizens', 'bad_response', 'the batch answer does not match the IINs asked');
      }
      for (const r of answer.results) {
        if ('error' in r) out.push({ iin: r.iin, refused: r.error });
        else out.push({ iin: r.iin, record: r.found ? r.record : null });
      }
    }
    return out;
  }
}
