import type { IsoInstant, LocalizedText } from '../localized';

// СИОПСО — requests about a debtor to other state bodies (ENF-7): real
// estate, vehicles, bank accounts, employer and income… The bailiff signs a
// request, we send it, and the answer arrives later: poll by request id.

/** Request types are data (the system publishes them), not a closed union. */
export interface SiopsoRequestType {
  readonly code: string;
  readonly name: LocalizedText;
  /** The body that answers. */
  readonly agency: LocalizedText;
}

export interface SendSiopsoRequestInput {
  /** Our idempotency key (the request document id): sending twice creates one request. */
  readonly requestRef: string;
  readonly type: string;
  readonly debtorIin: string;
  readonly proceedingNumber: string;
  /** Base64 CMS signature of the request by the bailiff (SIG-1). */
  readonly signature?: string;
}

export interface SiopsoAnswerField {
  readonly key: string;
  readonly label: LocalizedText;
  readonly value: LocalizedText;
}

export interface SiopsoAnswerItem {
  readonly title: LocalizedText;
  readonly fields: readonly SiopsoAnswerField[];
}

/** Answers are display-ready (labels in kk/ru): they are kept on the proceeding as received. */
export interface SiopsoAnswer {
  readonly answeredAt: IsoInstant;
  readonly found: boolean;
  readonly summary: LocalizedText;
  readonly agency: LocalizedText;
  readonly items: readonly SiopsoAnswerItem[];
}

/**
 * `failed`: the body answered with an error instead of data (its service was
 * down, the gateway timed out…). Final for this request: the bailiff sends a
 * new one; polling it again will not turn it into an answer.
 */
export type SiopsoRequestStatus = 'pending' | 'answered' | 'failed';

export interface SiopsoRequestState {
  readonly requestId: string;
  readonly requestRef: string;
  readonly type: string;
  readonly debtorIin: string;
  readonly proceedingNumber: string;
  readonly status: SiopsoRequestStatus;
  readonly sentAt: IsoInstant;
  /** Set when `answered`, else null. */
  readonly answer: SiopsoAnswer | null;
  /** The body's error, display-ready in kk/ru; set when `failed`, else null. */
  readonly error: LocalizedText | null;
}

export interface SiopsoPort {
  listRequestTypes(): Promise<readonly SiopsoRequestType[]>;
  /** Throws `rejected` for an unknown type or invalid IIN. The answer is not in the result: poll. */
  sendRequest(input: SendSiopsoRequestInput): Promise<SiopsoRequestState>;
  /** Throws `not_found` for an unknown request id. */
  getRequest(requestId: string): Promise<SiopsoRequestState>;
}
