/**
 * Errors of the simplified-proceedings workflow (SIMP). As in enforcement,
 * the shared ErrorCode list (../errors.ts) is owned elsewhere, so these
 * codes live here with their kk/ru texts, and `toDomainError()` maps each to
 * the shared code that carries the HTTP status. A refused transition maps
 * to the shared "transition forbidden" (409): the case moved first (the
 * timer fired, the debtor paid) or the page the debtor pressed on was stale.
 */
import type { Locale, LocalizedText } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';

export const SimplifiedErrorCode = {
  /** The command is not in the transition table for the case's current status. */
  transitionForbidden: 'simplified.transition_forbidden',
  /** `initiate` without a phone number: SIMP-2 sends such fines down the ordinary path. */
  phoneRequired: 'simplified.phone_required',
  /** `expire` before the end of the 5th calendar day (SIMP-5): a timer fired early. */
  deadlineNotReached: 'simplified.deadline_not_reached',
  /** A payment id seen before, but with another amount: the gateway contradicts itself. */
  paymentConflict: 'simplified.payment_conflict',
  /** A payment without an id or a valid time, or an amount that is not a positive whole number of tiyn. */
  paymentInvalid: 'simplified.payment_invalid',
  /** `now` is before the case's last change: a clock or replay bug. */
  timeBeforeLastChange: 'simplified.time_before_last_change',
} as const;

export type SimplifiedErrorCode = (typeof SimplifiedErrorCode)[keyof typeof SimplifiedErrorCode];

export const SIMPLIFIED_ERROR_CODES: readonly SimplifiedErrorCode[] = Object.values(SimplifiedErrorCode);

export const SIMPLIFIED_ERROR_MESSAGES: Readonly<Record<SimplifiedErrorCode, LocalizedText>> = {
  'simplified.transition_forbidden': {
    kk: 'Оңайлатылған іс жүргізудің қазіргі мәртебесінде бұл әрекет мүмкін емес. Бетті жаңартыңыз.',
    ru: 'Это действие невозможно в текущем статусе упрощенного производства. Обновите страницу.',
  },
  'simplified.phone_required': {
    kk: 'Борышкердің ұялы телефон нөмірі жоқ: оңайлатылған іс жүргізу қозғалмайды.',
    ru: 'Нет номера мобильного телефона должника: упрощенное производство не возбуждается.',
  },
  'simplified.deadline_not_reached': {
    kk: 'Төлеу мерзімі әлі өтпеді.',
    ru: 'Срок оплаты ещё не истёк.',
  },
  'simplified.payment_conflict': {
    kk: 'Бұл төлем бұрын басқа сомамен тіркелген. Төлем шлюзімен тексеріңіз.',
    ru: 'Этот платёж уже зарегистрирован с другой суммой. Сверьте с платёжным шлюзом.',
  },
  'simplified.payment_invalid': {
    kk: 'Төлем туралы хабарлама толық емес немесе сомасы дұрыс емес.',
    ru: 'Уведомление о платеже неполное или сумма указана неверно.',
  },
  'simplified.time_before_last_change': {
    kk: 'Әрекет уақыты соңғы өзгерістен ерте. Қайталап көріңіз.',
    ru: 'Время действия раньше последнего изменения. Повторите попытку.',
  },
};

const SHARED_CODE: Readonly<Record<SimplifiedErrorCode, ErrorCode>> = {
  'simplified.transition_forbidden': ErrorCode.transitionForbidden,
  'simplified.phone_required': ErrorCode.validation,
  'simplified.deadline_not_reached': ErrorCode.conflict,
  'simplified.payment_conflict': ErrorCode.conflict,
  'simplified.payment_invalid': ErrorCode.validation,
  'simplified.time_before_last_change': ErrorCode.internal,
};

export class SimplifiedError extends Error {
  readonly code: SimplifiedErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: SimplifiedErrorCode, details: Record<string, unknown> = {}) {
    super(code);
    this.name = 'SimplifiedError';
    this.code = code;
    this.details = details;
  }

  /** The text a person reads; never show `message`. */
  text(locale: Locale): string {
    return SIMPLIFIED_ERROR_MESSAGES[this.code][locale];
  }

  /** For routes: the shared code decides the HTTP status; ours travels in details. */
  toDomainError(): DomainError {
    return new DomainError(SHARED_CODE[this.code], { ...this.details, simplifiedCode: this.code });
  }
}
