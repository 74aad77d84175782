import { ArchiveHttpClient } from './archive/http-client';
import type { ArchivePort } from './archive/port';
import type { AdaptersConfig } from './config';
import { CourtSystemHttpClient } from './court-system/http-client';
import type { CourtSystemPort } from './court-system/port';
import { DevEmailAdapter } from './email/dev-email';
import type { DevEmailOutbox, EmailPort } from './email/port';
import { SmtpEmailAdapter } from './email/smtp-email';
import { ErapHttpClient } from './erap/http-client';
import type { ErapPort } from './erap/port';
import { GbdFlHttpClient } from './gbd-fl/http-client';
import type { GbdFlPort } from './gbd-fl/port';
import type { HttpClientConfig } from './http/json-client';
import { MobileCitizensHttpClient } from './mobile-citizens/http-client';
import type { MobileCitizensPort } from './mobile-citizens/port';
import { PaymentsHttpClient } from './payments/http-client';
import type { PaymentsPort } from './payments/port';
import { SiopsoHttpClient } from './siopso/http-client';
import type { SiopsoPort } from './siopso/port';
import { SmsHttpClient } from './sms/http-client';
import type { SmsPort } from './sms/port';
import type { SystemName } from './systems';

// The adapters package: one port per external system, an HTTP client
// behind each, and simulators speaking the same contracts for dev and tests.

export interface Adapters {
  readonly erap: ErapPort;
  readonly mobileCitizens: MobileCitizensPort;
  readonly gbdFl: GbdFlPort;
  readonly payments: PaymentsPort;
  readonly siopso: SiopsoPort;
  readonly courtSystem: CourtSystemPort;
  readonly archive: ArchivePort;
  readonly sms: SmsPort;
  readonly email: EmailPort;
  /** The in-memory outbox when e-mail is not sent over SMTP (no smtpUrl); null otherwise. */
  readonly emailOutbox: DevEmailOutbox | null;
  /** Releases the SMTP connection pool, if any. */
  close(): void;
}

export function createAdapters(config: AdaptersConfig): Adapters {
  const http = (system: SystemName): Omit<HttpClientConfig, 'system'> => ({
    baseUrl: config.baseUrls[system],
    ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
    ...(config.fetch === undefined ? {} : { fetch: config.fetch }),
  });
  const smtp =
    config.smtpUrl === undefined
      ? null
      : new SmtpEmailAdapter({
          smtpUrl: config.smtpUrl,
          ...(config.emailFrom === undefined ? {} : { from: config.emailFrom }),
          ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
        });
  const dev =
    smtp === null
      ? new DevEmailAdapter({
          ...(config.emailFrom === undefined ? {} : { from: config.emailFrom }),
          ...(config.log === undefined ? {} : { log: config.log }),
        })
      : null;
  return {
    erap: new ErapHttpClient(http('erap')),
    mobileCitizens: new MobileCitizensHttpClient(http('mobile-citizens')),
    gbdFl: new GbdFlHttpClient(http('gbd-fl')),
    payments: new PaymentsHttpClient(http('payments')),
    siopso: new SiopsoHttpClient(http('siopso')),
    courtSystem: new CourtSystemHttpClient(http('court-system')),
    archive: new ArchiveHttpClient(http('archive')),
    sms: new SmsHttpClient(http('sms')),
    email: smtp ?? (dev as DevEmailAdapter),
    emailOutbox: dev,
    close: () => smtp?.close(),
  };
}

export { adaptersConfigFromEnv, type AdaptersConfig } from './config';
export { SYSTEM_NAMES, simulatorBaseUrls, type ExternalSystem, type SystemName } from './systems';
export { ADAPTER_ERROR_TEXT, AdapterError, AdapterErrorCode, isAdapterError, type AdapterErrorDetails } from './errors';
export type { IsoDate, IsoInstant, LocalizedText } from './localized';
export { e164KzMobile, formatKzMobile } from './phone';

export { ERAP_FINE_STATUSES } from './erap/port';
export type * from './erap/port';
export type * from './mobile-citizens/port';
export type * from './gbd-fl/port';
export type * from './payments/port';
export type * from './siopso/port';
export { SIOPSO_REQUEST_TYPES } from './siopso/request-types';
export { EXECUTIVE_DOCUMENT_STATUSES } from './court-system/port';
export type * from './court-system/port';
export type * from './archive/port';
export type * from './sms/port';
export type * from './email/port';

export { ErapHttpClient } from './erap/http-client';
export { MobileCitizensHttpClient } from './mobile-citizens/http-client';
export { GbdFlHttpClient } from './gbd-fl/http-client';
export { PaymentsHttpClient } from './payments/http-client';
// SIMP-4: the gateway's signed notifications, for the server's callback route.
export {
  DEV_PAYMENTS_NOTIFY_SECRET, PAYMENT_SIGNATURE_HEADER, paymentNotificationSchema, signPaymentNotification, verifyPaymentNotification,
  type PaymentNotification,
} from './payments/notification';
export type { NotificationAttempt, SignedNotification } from './payments/notifier';
export type { BankReceipt, BankReceiptInput, PaymentsSimulatorControl } from './payments/simulator';
export type { GbdFlSimulatorControl, PersonName } from './gbd-fl/simulator';
export { SiopsoHttpClient } from './siopso/http-client';
export { CourtSystemHttpClient } from './court-system/http-client';
export {
  EnforcementIntakeHttpClient, type EnforcementIntakeConfig, type EnforcementIntakePort,
} from './court-system/enforcement-intake-client';
export { statusBodySchema as executiveDocumentStatusBodySchema, statusReceiptSchema as executiveDocumentStatusReceiptSchema } from './court-system/contract';
export { ArchiveHttpClient } from './archive/http-client';
export { EASD_DEMO_ARCHIVE_ID, EASD_DEMO_PARTICIPANTS } from './archive/easd-demo';
export { SmsHttpClient } from './sms/http-client';
export { DevEmailAdapter } from './email/dev-email';
export { SmtpEmailAdapter } from './email/smtp-email';

export { startSimulators, type RunningSimulators, type SimulatorControl, type SimulatorOptions } from './simulators';
export type { ForcedFailure, LatencySetting, RequestLogEntry } from './sim/faults';
export { simulatedPerson, simulatedPhone } from './sim/people';
export { buildIin, type IinParts } from './sim/iin';
export {
  encodeWritCard, writCardSchema, writPartySchema, writReceiptSchema, writSubmissionSchema,
  type WritCard, type WritParty, type WritReceipt, type WritSubmission,
} from './court-system/writ';
export { simulatedWritCard, type WritCardOverrides } from './court-system/writ-factory';
export {
  WRIT_TAMPER_MODES,
  type CourtWritDelivery, type SendWritRequest, type SentWrit, type WritDeliveryResult, type WritSigner, type WritTamper,
} from './court-system/writ-delivery';
export type { CourtSystemSimulatorControl, RecordedCourtStatus } from './court-system/simulator';
// СИОПСО simulator outcomes (ENF-7): for tests and the server to force or reason about late and failed answers.
export {
  DEFAULT_SIOPSO_OUTCOME_RATES, SIOPSO_LATE_FACTOR, SIOPSO_OUTCOMES, siopsoOutcomeOf,
  type SiopsoOutcome, type SiopsoOutcomeRates,
} from './siopso/outcomes';
export { NEXT_SIOPSO_REQUEST, type SiopsoSimulatorControl, type SiopsoSimulatorOptions } from './siopso/simulator';
// Issue 14 item 4: where attachment bytes live (content-addressed by SHA-256).
export {
  FileStorageError, FileStorageErrorCode, InMemoryFileStorage, LocalDirectoryFileStorage, isFileStorageError, sha256OfKey, storageKeyOf,
  type FileStoragePort, type LocalDirectoryFileStorageOptions, type PutFileMeta, type StoredFile,
} from './file-storage';
