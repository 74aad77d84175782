import type { LocalizedText } from './localized';
import type { ExternalSystem } from './systems';

// One error type for every adapter, so the outbox worker and the use-cases
// can decide "retry later" vs "give up / tell the user" without knowing which
// system failed or how (HTTP status, socket error, SMTP reply code).
export const AdapterErrorCode = {
  /** Could not reach the system, or it said it is down (connection refused, 5xx, 429). Retry later. */
  unavailable: 'unavailable',
  /** No complete answer within the client's timeout, or the system's gateway timed out (504). Retry;
   *  the request may still have been processed, which is why every write carries an idempotency key. */
  timeout: 'timeout',
  /** The system has no such record (404). Retrying will not help. */
  not_found: 'not_found',
  /** The system refused the request as invalid or conflicting (other 4xx, SMTP 5xx). Do not retry unchanged. */
  rejected: 'rejected',
  /** The answer broke the contract (not JSON, failed zod validation). A bug on one side: alert, maybe retry. */
  bad_response: 'bad_response',
} as const;

export type AdapterErrorCode = (typeof AdapterErrorCode)[keyof typeof AdapterErrorCode];

export interface AdapterErrorDetails {
  /** HTTP status or SMTP reply code, when there was one. */
  readonly status?: number;
  /** What the remote system said, for logs; never shown to users. */
  readonly remoteMessage?: string;
  readonly [key: string]: unknown;
}

export class AdapterError extends Error {
  override readonly name = 'AdapterError';

  constructor(
    readonly system: ExternalSystem,
    readonly code: AdapterErrorCode,
    message: string,
    readonly details: AdapterErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(`${system}: ${message}`, options);
  }

  /** Transient failures: the same request may succeed later. */
  get retryable(): boolean {
    return this.code === 'unavailable' || this.code === 'timeout';
  }
}

export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof AdapterError;
}

// What a person reads when an external system fails (users never see err.message).
export const ADAPTER_ERROR_TEXT: Readonly<Record<AdapterErrorCode, LocalizedText>> = {
  unavailable: {
    kk: 'Сыртқы жүйе уақытша қолжетімсіз. Кейінірек қайталап көріңіз.',
    ru: 'Внешняя система временно недоступна. Повторите попытку позже.',
  },
  timeout: {
    kk: 'Сыртқы жүйе уақытында жауап бермеді. Кейінірек қайталап көріңіз.',
    ru: 'Внешняя система не ответила вовремя. Повторите попытку позже.',
  },
  not_found: {
    kk: 'Сыртқы жүйеде мәліметтер табылмады.',
    ru: 'Сведения во внешней системе не найдены.',
  },
  rejected: {
    kk: 'Сыртқы жүйе сұрауды қабылдамады.',
    ru: 'Внешняя система отклонила запрос.',
  },
  bad_response: {
    kk: 'Сыртқы жүйеден қате жауап келді.',
    ru: 'Внешняя система вернула некорректный ответ.',
  },
};
