import { AdapterError } from '../errors';
import { JsonHttpClient, seg, type HttpClientConfig } from '../http/json-client';
import { e164KzMobile } from '../phone';
import { smsSendResultSchema, smsStatusSchema } from './contract';
import type { SendSmsInput, SmsPort, SmsSendResult, SmsStatusInfo } from './port';

export class SmsHttpClient implements SmsPort {
  private readonly http: JsonHttpClient;

  constructor(config: Omit<HttpClientConfig, 'system'>) {
    this.http = new JsonHttpClient({ ...config, system: 'sms' });
  }

  send(input: SendSmsInput): Promise<SmsSendResult> {
    const phone = e164KzMobile(input.phone);
    // Refused here rather than by the gateway: no retry can fix a wrong number.
    if (phone === null) {
      return Promise.reject(new AdapterError('sms', 'rejected', `not a Kazakh mobile number: ${input.phone}`));
    }
    return this.http.json({
      method: 'POST',
      path: '/messages',
      body: { phone, text: input.text, ...(input.clientRef === undefined ? {} : { clientRef: input.clientRef }) },
      schema: smsSendResultSchema,
    });
  }

  getStatus(messageId: string): Promise<SmsStatusInfo> {
    return this.http.json({ method: 'GET', path: `/messages/${seg(messageId)}`, schema: smsStatusSchema });
  }
}
