import { JsonHttpClient, seg, type HttpClientConfig } from '../http/json-client';
import { personSchema } from './contract';
import type { GbdFlPort, Person } from './port';

export class GbdFlHttpClient implements GbdFlPort {
  private readonly http: JsonHttpClient;

  constructor(config: Omit<HttpClientConfig, 'system'>) {
    this.http = new JsonHttpClient({ ...config, system: 'gbd-fl' });
  }

  getPersonByIin(iin: string): Promise<Person> {
    return this.http.json({ method: 'GET', path: `/persons/${seg(iin)}`, schema: personSchema });
  }
}
