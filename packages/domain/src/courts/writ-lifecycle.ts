/**
 * FILE-16, ENF-11 (seed 003 §51–58): the electronic writ of execution as ONE
 * transition table. The court side moves it draft → signing → signed → sent;
 * enforcement's intake answers registered (or refused, §57); then every
 * status the bailiff's acts give is reported (§58) and recorded in order.
 * docs/courts.md renders the table (a test compares it).
 *
 * `decideWrit` is pure: time comes in as `now`. The caller saves the new
 * status `WHERE version = previous` (a lost race is a 409).
 */
import type { LocalizedText } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';
import { renderTransitionTable } from './transition-table';

export const WRIT_STATUSES = [
  'draft', 'signing', 'signed', 'sent', 'registered', 'refused',
  'taken_for_execution', 'initiation_refused', 'returned', 'transferred', 'suspended', 'completed',
] as const;
export type WritStatus = (typeof WRIT_STATUSES)[number];

/** The statuses enforcement reports after registration (§58), as the court records them. */
export const WRIT_ENFORCEMENT_STATUSES = [
  'taken_for_execution', 'initiation_refused', 'returned', 'transferred', 'suspended', 'completed',
] as const satisfies readonly WritStatus[];
export type WritEnforcementStatus = (typeof WRIT_ENFORCEMENT_STATUSES)[number];

/** What a status of the writ's history can be: the intake's answer (§57) or a bailiff's act (§58). */
export type WritHistoryStatus = 'registered' | 'refused' | WritEnforcementStatus;

export const WRIT_ACTIONS = [
  'sign', 'completeSignatures', 'send', 'register', 'refuse',
  'takeForExecution', 'refuseInitiation', 'returnWithoutExecution', 'transfer', 'suspend', 'complete',
] as const;
export type WritAction = (typeof WRIT_ACTIONS)[number];

// After registration enforcement's own lifecycle decides the order; the court
// records what arrives, so every enforcement status may follow another one
// (a suspended proceeding is resumed as taken for execution, and so on).
const REPORTED = {
  takeForExecution: 'taken_for_execution', refuseInitiation: 'initiation_refused', returnWithoutExecution: 'returned',
  transfer: 'transferred', suspend: 'suspended', complete: 'completed',
} as const;

export const WRIT_TRANSITIONS = {
  // The first of the three signatures (judge or secretary on the card, the judge on the act's copy).
  draft: { sign: 'signing', completeSignatures: 'signed' },
  signing: { sign: 'signing', completeSignatures: 'signed' },
  // §56: sent at once, in the transaction of the last signature (the outbox delivers it).
  signed: { send: 'sent' },
  sent: { register: 'registered', refuse: 'refused' },
  registered: REPORTED,
  refused: {},
  taken_for_execution: REPORTED,
  initiation_refused: REPORTED,
  returned: REPORTED,
  transferred: REPORTED,
  suspended: REPORTED,
  completed: {},
} as const satisfies Record<WritStatus, Partial<Record<WritAction, WritStatus>>>;

export const WRIT_STATUS_TEXTS: Readonly<Record<WritStatus, LocalizedText>> = {
  draft: { kk: 'Жобасы', ru: 'Проект' },
  signing: { kk: 'Қол қойылуда', ru: 'На подписании' },
  signed: { kk: 'Қол қойылды', ru: 'Подписан' },
  sent: { kk: 'Орындауға жіберілді', ru: 'Направлен на исполнение' },
  registered: { kk: 'Тіркелді', ru: 'Зарегистрирован' },
  refused: { kk: 'Атқарушылық іс жүргізу жүйесі қабылдамады', ru: 'Не принят системой исполнительного производства' },
  taken_for_execution: { kk: 'Орындауға қабылданды', ru: 'Принят к исполнению' },
  initiation_refused: { kk: 'Қозғаудан бас тартылды', ru: 'Отказано в возбуждении' },
  returned: { kk: 'Орындалмай қайтарылды', ru: 'Возвращён без исполнения' },
  transferred: { kk: 'Аумақ бойынша жіберілді', ru: 'Направлен по территориальности' },
  suspended: { kk: 'Тоқтатылған', ru: 'Приостановлено' },
  completed: { kk: 'Аяқталған', ru: 'Исполнение окончено' },
};

/** Wire status of enforcement's status feed (adapters' EXECUTIVE_DOCUMENT_STATUSES) → the writ's status. */
export const WRIT_STATUS_OF_WIRE = {
  registered: 'registered',
  refused: 'initiation_refused',
  returned: 'returned',
  transferred: 'transferred',
  taken_for_execution: 'taken_for_execution',
  suspended: 'suspended',
  completed: 'completed',
} as const satisfies Record<string, WritHistoryStatus>;
export type WritWireStatus = keyof typeof WRIT_STATUS_OF_WIRE;

const ACTION_OF_REPORTED: Readonly<Record<WritEnforcementStatus, WritAction>> = {
  taken_for_execution: 'takeForExecution', initiation_refused: 'refuseInitiation', returned: 'returnWithoutExecution',
  transferred: 'transfer', suspended: 'suspend', completed: 'complete',
};

/** The action that records an enforcement status on the writ. */
export function writActionOfStatus(status: WritEnforcementStatus): WritAction {
  return ACTION_OF_REPORTED[status];
}

export function isWritEnforcementStatus(status: string): status is WritEnforcementStatus {
  return (WRIT_ENFORCEMENT_STATUSES as readonly string[]).includes(status);
}

/** The status after `action`, or undefined when the table refuses it. */
export function nextWritStatus(status: WritStatus, action: WritAction): WritStatus | undefined {
  const row: Partial<Record<WritAction, WritStatus>> = WRIT_TRANSITIONS[status];
  return row[action];
}

export type WritState = { readonly status: WritStatus; readonly version: number };

/** The next state, or `courts.writ_transition_forbidden` (409) when the table has no such cell. */
export function decideWrit(state: WritState, action: WritAction): WritState {
  const to = nextWritStatus(state.status, action);
  if (to === undefined) throw new DomainError(ErrorCode.writTransitionForbidden, { from: state.status, action });
  return { status: to, version: state.version + 1 };
}

/** The three signatures §52 asks for: the judge and the secretary over the card, the judge over the act's copy. */
export type WritSignatures = { readonly judge: boolean; readonly secretary: boolean; readonly actCopy: boolean };

/** The action a new signature takes: the last of the three completes the writ. */
export function signingAction(after: WritSignatures): WritAction {
  return after.judge && after.secretary && after.actCopy ? 'completeSignatures' : 'sign';
}

export function renderWritTransitions(): string {
  return renderTransitionTable({ statuses: WRIT_STATUSES, actions: WRIT_ACTIONS, table: WRIT_TRANSITIONS, statusTexts: WRIT_STATUS_TEXTS });
}
