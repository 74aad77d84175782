import { JsonHttpClient, type HttpClientConfig } from '../http/json-client';
import { writReceiptSchema, type WritReceipt, type WritSubmission } from './writ';

// The courts' side of ENF-11 / FILE-16 (seed 003 §53, §56–57): a court of
// Oryndau sends its signed electronic writ to the enforcement system's intake
// (`POST /api/integrations/court-system/writs`, bearer token) and gets back
// the registration number, date and status "registered". In one deployment
// the intake is this very server over HTTP; in production another address.

export interface EnforcementIntakePort {
  /** Throws AdapterError: `rejected` (4xx, e.g. 422 a signature refused), `unavailable`/`timeout` (retry later). */
  submitWrit(submission: WritSubmission): Promise<WritReceipt>;
}

export type EnforcementIntakeConfig = Omit<HttpClientConfig, 'system' | 'headers'> & {
  /** The bearer token the intake expects (its COURT_SYSTEM_TOKEN); null = sent without one (refused with 401). */
  readonly token: string | null;
};

export class EnforcementIntakeHttpClient implements EnforcementIntakePort {
  private readonly http: JsonHttpClient;

  /** `baseUrl` is the intake route's full URL. */
  constructor(config: EnforcementIntakeConfig) {
    const { token, ...rest } = config;
    // The link between the courts' system and enforcement: its errors are reported as the court system's.
    this.http = new JsonHttpClient({ ...rest, system: 'court-system',
      headers: (): Record<string, string> => (token === null ? {} : { authorization: `Bearer ${token}` }) });
  }

  submitWrit(submission: WritSubmission): Promise<WritReceipt> {
    return this.http.json({ method: 'POST', path: '', body: submission, schema: writReceiptSchema });
  }
}
