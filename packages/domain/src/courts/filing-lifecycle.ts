/**
 * Lifecycle of a filing (обращение через «Сот кабинеті») as ONE transition
 * table (COURTS-DESIGN.md). A signature that fails the ЭЦП checklist on
 * arrival is NOT a transition: the filing stays `draft`, the attempt is
 * recorded and the applicant reads «не получено» (seed 003 §30, §33) — so
 * `send` is called only after the signature passed.
 *
 * `decideFiling` is pure: time comes in as `now`, the receipt facts (the
 * court's zone, calendar) come in already computed by `courtReceipt`, the
 * number by `filingNumber`. The caller saves with `WHERE version = …`.
 */
import type { IsoDate, LocalizedText, Tiyn } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';
import type { CourtReceipt } from './receipt';
import { FILING_STATUSES, FILING_STATUS_TEXTS, isRefusalGround, refusalMessage, type FilingStatus, type RefusalGround } from './reference';
import { renderTransitionTable } from './transition-table';

export const FILING_ACTIONS = ['send', 'withdraw', 'register', 'refuse', 'addDocuments', 'payDuty'] as const;
export type FilingAction = (typeof FILING_ACTIONS)[number];

export const FILING_TRANSITIONS = {
  draft: { send: 'received', withdraw: 'withdrawn' },
  received: { register: 'registered', refuse: 'refused' },
  registered: { addDocuments: 'registered', payDuty: 'registered' },
  refused: {},
  withdrawn: {},
} as const satisfies Record<FilingStatus, Partial<Record<FilingAction, FilingStatus>>>;

export type Filing = {
  readonly id: string;
  readonly status: FilingStatus;
  readonly version: number;
  readonly changedAt: Date;
  /** The dispatch receipt's (талон) number, from `send` on. */
  readonly number: string | null;
  readonly receivedAt: Date | null;
  readonly receiptDate: IsoDate | null;
  readonly registrationDay: IsoDate | null;
  readonly registeredCaseId: string | null;
  readonly refusalGround: RefusalGround | null;
  /** The text sent to the applicant (refusalMessage of the ground, or the office's own words). */
  readonly refusalText: LocalizedText | null;
  /** Duty paid so far, the first payment and any additional ones (FILE-8). */
  readonly dutyPaidTiyn: Tiyn;
};

export type FilingCommand =
  | { readonly action: 'send'; readonly number: string; readonly receipt: CourtReceipt }
  | { readonly action: 'withdraw' }
  | { readonly action: 'register'; readonly caseId: string }
  | { readonly action: 'refuse'; readonly ground: string | undefined; readonly text?: LocalizedText }
  | { readonly action: 'addDocuments'; readonly documentCount: number }
  | { readonly action: 'payDuty'; readonly amountTiyn: Tiyn };

export type FilingTransitioned = {
  readonly type: 'courts.filing_transitioned';
  readonly filingId: string;
  readonly action: FilingAction;
  readonly from: FilingStatus;
  readonly to: FilingStatus;
  readonly at: Date;
  readonly details: Readonly<Record<string, unknown>>;
};

export type FilingDecision =
  | { readonly ok: true; readonly state: Filing; readonly events: readonly FilingTransitioned[] }
  | { readonly ok: false; readonly error: DomainError };

export function draftFiling(id: string, createdAt: Date): Filing {
  return {
    id, status: 'draft', version: 1, changedAt: createdAt, number: null, receivedAt: null, receiptDate: null,
    registrationDay: null, registeredCaseId: null, refusalGround: null, refusalText: null, dutyPaidTiyn: 0,
  };
}

export function nextFilingStatus(status: FilingStatus, action: FilingAction): FilingStatus | undefined {
  const row: Partial<Record<FilingAction, FilingStatus>> = FILING_TRANSITIONS[status];
  return row[action];
}

export function allowedFilingActions(status: FilingStatus): readonly FilingAction[] {
  return FILING_ACTIONS.filter((action) => nextFilingStatus(status, action) !== undefined);
}

const fail = (code: ErrorCode, details: Record<string, unknown> = {}): FilingDecision => ({ ok: false, error: new DomainError(code, details) });
const blank = (value: string): boolean => value.trim() === '';

export function decideFiling(f: Filing, command: FilingCommand, now: Date): FilingDecision {
  const { action } = command;
  const from = f.status;
  const to = nextFilingStatus(from, action);
  if (to === undefined) return fail(ErrorCode.filingTransitionForbidden, { from, action });
  if (now.getTime() < f.changedAt.getTime()) return fail(ErrorCode.timeBeforeLastChange, { changedAt: f.changedAt.toISOString() });

  let patch: Partial<Filing> = {};
  let details: Record<string, unknown> = {};
  switch (command.action) {
    case 'send':
      if (blank(command.number)) return fail(ErrorCode.validation, { fields: ['number'] });
      patch = {
        number: command.number, receivedAt: now, receiptDate: command.receipt.receiptDate, registrationDay: command.receipt.registrationDay,
      };
      details = { number: command.number, ...command.receipt };
      break;
    case 'withdraw':
      break;
    case 'register':
      if (blank(command.caseId)) return fail(ErrorCode.validation, { fields: ['caseId'] });
      patch = { registeredCaseId: command.caseId };
      details = { caseId: command.caseId };
      break;
    case 'refuse': {
      const { ground } = command;
      if (ground === undefined || blank(ground)) return fail(ErrorCode.refusalGroundRequired);
      if (!isRefusalGround(ground)) return fail(ErrorCode.refusalGroundUnknown, { ground });
      const text = command.text ?? refusalMessage(ground);
      if (blank(text.kk) || blank(text.ru)) return fail(ErrorCode.validation, { fields: ['text'] });
      patch = { refusalGround: ground, refusalText: text };
      details = { ground, text };
      break;
    }
    case 'addDocuments':
      if (!Number.isSafeInteger(command.documentCount) || command.documentCount < 1) {
        return fail(ErrorCode.validation, { fields: ['documentCount'] });
      }
      details = { documentCount: command.documentCount };
      break;
    case 'payDuty':
      if (!Number.isSafeInteger(command.amountTiyn) || command.amountTiyn <= 0) return fail(ErrorCode.validation, { fields: ['amountTiyn'] });
      patch = { dutyPaidTiyn: f.dutyPaidTiyn + command.amountTiyn };
      details = { amountTiyn: command.amountTiyn };
      break;
  }
  const state: Filing = { ...f, ...patch, status: to, version: f.version + 1, changedAt: now };
  const event: FilingTransitioned = { type: 'courts.filing_transitioned', filingId: f.id, action, from, to, at: now, details };
  return { ok: true, state, events: [event] };
}

/** The markdown table README.md and docs/courts.md carry. */
export function renderFilingTransitions(): string {
  return renderTransitionTable({ statuses: FILING_STATUSES, actions: FILING_ACTIONS, table: FILING_TRANSITIONS, statusTexts: FILING_STATUS_TEXTS });
}
