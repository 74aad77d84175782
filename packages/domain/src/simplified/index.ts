// SIMP simplified proceedings: public API of the pure domain (no I/O, time comes in).
export {
  DEFAULT_SIMPLIFIED_SETTINGS, assertSettings, checkEligibility, thresholdTiyn,
  type Eligibility, type EligibilityFine, type PilotPeriod, type SimplifiedSettings,
} from './eligibility';
export {
  INELIGIBILITY_CODES, INELIGIBILITY_TEXTS, IneligibilityCode, renderIneligibility,
  type Reason, type ReasonParams,
} from './eligibility-reasons';
export { TARAZ_KATO, isKato, katoPrefix, katoWithin, zoneOfTerritory } from './territory';
export {
  PAYMENT_TERM_CALENDAR_DAYS, isWithinPaymentTerm, paymentDeadline, paymentDeadlineForTerritory, timeLeft,
  type PaymentDeadline, type TimeLeft,
} from './payment-deadline';
export {
  SIMPLIFIED_ACTIONS, SIMPLIFIED_STATUSES,
  type CaseTransitioned, type DeadlineCleared, type DeadlineScheduled, type DistributionCause, type ErapStatus,
  type ErapStatusRequested, type PaymentApplied, type PaymentCreditedToOrdinary, type RefundDue, type SentToDistribution,
  type SimplifiedAction, type SimplifiedEvent, type SimplifiedOutcome, type SimplifiedResolution, type SimplifiedStatus,
  type SmsRequested,
} from './events';
export {
  RESOLUTION_BY_ACTION, receivedCase,
  type NewCase, type PaymentDestination, type PaymentRecord, type SimplifiedCase, type SimplifiedDecision,
} from './simplified-case';
export {
  SIMPLIFIED_STATUS_TEXTS, SIMPLIFIED_TRANSITIONS, allowedSimplifiedActions, decide, nextSimplifiedStatus,
  type SimplifiedCommand,
} from './lifecycle';
export type { PaymentCommand } from './payments';
export { intakeCommand } from './intake-command';
export { SMS_LIMITS, countSmsSegments, type SmsCount, type SmsEncoding } from './sms-segments';
export { SMS_MAX_LINK_LENGTH, SMS_MAX_SEGMENTS, SMS_TEMPLATES, SMS_TEMPLATE_BOTH, renderSmsNotice, type SmsNotice, type SmsNoticeInput } from './sms-text';
export { formatDateDmy } from './format';
export {
  FINE_CLAIM_PREFIX, articleText, fineClaimEssence, formatArticleReference, localizeClaimEssence, parseArticleReference,
  type ArticleReference,
} from './fine-article';
