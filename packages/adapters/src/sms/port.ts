import type { IsoInstant } from '../localized';

// SMS gateway (X-4; SIMP-2 sends the initiation link by SMS).

export type SmsStatus = 'accepted' | 'sent' | 'delivered' | 'failed';

export interface SendSmsInput {
  /** Any common spelling of a Kazakh mobile number; sent as E.164. */
  readonly phone: string;
  readonly text: string;
  /** Our idempotency key (the outbox message id): a retried send goes out once. */
  readonly clientRef?: string;
}

export interface SmsSendResult {
  readonly messageId: string;
  readonly status: SmsStatus;
  /** Billable parts: Kazakh and Russian text goes as UCS-2, 70 characters per single part. */
  readonly segments: number;
  readonly acceptedAt: IsoInstant;
}

export interface SmsStatusInfo {
  readonly messageId: string;
  /** E.164, e.g. `+77012345678`. */
  readonly phone: string;
  readonly status: SmsStatus;
  readonly updatedAt: IsoInstant;
}

export interface SmsPort {
  /** Throws `rejected` for a number that is not a Kazakh mobile or an empty text. */
  send(input: SendSmsInput): Promise<SmsSendResult>;
  /** Throws `not_found` for an unknown message id. */
  getStatus(messageId: string): Promise<SmsStatusInfo>;
}
