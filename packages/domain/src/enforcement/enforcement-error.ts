/**
 * Errors of the enforcement workflow. The shared ErrorCode list
 * (../errors.ts) is owned elsewhere, so enforcement codes live here with
 * their kk/ru texts; `toDomainError()` maps each to the shared code that
 * carries the right HTTP status (a refused transition is a 409 conflict:
 * someone moved the proceeding first, or the button was stale).
 */
import type { Locale, LocalizedText } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';

export const EnforcementErrorCode = {
  /** The action is not in the transition table for the current status. */
  transitionForbidden: 'enforcement.transition_forbidden',
  /** Refuse/suspend/terminate/return need a ground and none was given. */
  groundRequired: 'enforcement.ground_required',
  /** The ground code is not in the reference data. */
  groundUnknown: 'enforcement.ground_unknown',
  /** The ground exists but belongs to another action (a refusal ground to suspend). */
  groundNotForAction: 'enforcement.ground_not_for_action',
  /** The action takes no ground (initiate, resume, …) but one was given. */
  groundNotAllowed: 'enforcement.ground_not_allowed',
  /** Transfer needs the receiving department. */
  transferTargetRequired: 'enforcement.transfer_target_required',
  /** `now` is before the proceeding's last change: a clock or replay bug. */
  timeBeforeLastChange: 'enforcement.time_before_last_change',
} as const;

export type EnforcementErrorCode = (typeof EnforcementErrorCode)[keyof typeof EnforcementErrorCode];

export const ENFORCEMENT_ERROR_MESSAGES: Readonly<Record<EnforcementErrorCode, LocalizedText>> = {
  'enforcement.transition_forbidden': {
    kk: 'Іс жүргізудің қазіргі мәртебесінде бұл әрекет мүмкін емес. Карточканы жаңартыңыз.',
    ru: 'Это действие невозможно в текущем статусе производства. Обновите карточку.',
  },
  'enforcement.ground_required': { kk: 'Негізді таңдаңыз.', ru: 'Выберите основание.' },
  'enforcement.ground_unknown': { kk: 'Мұндай негіз анықтамалықта жоқ.', ru: 'Такого основания нет в справочнике.' },
  'enforcement.ground_not_for_action': {
    kk: 'Бұл негіз осы әрекетке жатпайды.',
    ru: 'Это основание не относится к данному действию.',
  },
  'enforcement.ground_not_allowed': { kk: 'Бұл әрекет үшін негіз көрсетілмейді.', ru: 'Для этого действия основание не указывается.' },
  'enforcement.transfer_target_required': {
    kk: 'Іс жүргізу жіберілетін бөлімшені көрсетіңіз.',
    ru: 'Укажите подразделение, в которое передаётся производство.',
  },
  'enforcement.time_before_last_change': {
    kk: 'Әрекет уақыты соңғы өзгерістен ерте. Қайталап көріңіз.',
    ru: 'Время действия раньше последнего изменения. Повторите попытку.',
  },
};

const SHARED_CODE: Readonly<Record<EnforcementErrorCode, ErrorCode>> = {
  'enforcement.transition_forbidden': ErrorCode.transitionForbidden,
  'enforcement.ground_required': ErrorCode.groundInvalid,
  'enforcement.ground_unknown': ErrorCode.groundInvalid,
  'enforcement.ground_not_for_action': ErrorCode.groundInvalid,
  'enforcement.ground_not_allowed': ErrorCode.groundInvalid,
  'enforcement.transfer_target_required': ErrorCode.validation,
  'enforcement.time_before_last_change': ErrorCode.internal,
};

export class EnforcementError extends Error {
  readonly code: EnforcementErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: EnforcementErrorCode, details: Record<string, unknown> = {}) {
    super(code);
    this.name = 'EnforcementError';
    this.code = code;
    this.details = details;
  }

  /** The text a person reads; never show `message`. */
  text(locale: Locale): string {
    return ENFORCEMENT_ERROR_MESSAGES[this.code][locale];
  }

  /** For routes: the shared code decides the HTTP status; ours travels in details. */
  toDomainError(): DomainError {
    return new DomainError(SHARED_CODE[this.code], { ...this.details, enforcementCode: this.code });
  }
}
