/**
 * Lifecycle of a court case as ONE transition table (COURTS-DESIGN.md,
 * ARCHITECTURE.md "How a workflow is written"). README.md and
 * docs/courts.md render the table with `renderTransitionTable`, a test
 * compares them, and the tests walk every cell.
 *
 * `decideCase` is pure: time comes in as `now`. The caller saves `state`
 * with `WHERE version = previous` (a lost race is a 409) and writes the
 * events (the course of the case, `case_events`) in the same transaction.
 * Part 2 adds legal force and the archive after `decided`.
 */
import type { LocalizedText } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';
import { CASE_STATUSES, CASE_STATUS_TEXTS, type CaseEventKind, type CaseStatus } from './reference';
import { renderTransitionTable } from './transition-table';

export const CASE_ACTIONS = [
  'assign', 'accept', 'reassign', 'return', 'transfer', 'scheduleHearing', 'holdHearing', 'suspend', 'resume',
  'decide', 'leaveWithoutConsideration', 'terminate', 'close',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_TRANSITIONS = {
  registered: { assign: 'assigned', transfer: 'transferred' },
  assigned: { accept: 'in_progress', reassign: 'assigned', return: 'returned', transfer: 'transferred' },
  in_progress: {
    scheduleHearing: 'in_progress', holdHearing: 'in_progress', suspend: 'suspended', transfer: 'transferred',
    decide: 'decided', leaveWithoutConsideration: 'closed', terminate: 'closed',
  },
  suspended: { resume: 'in_progress' },
  decided: { close: 'closed' },
  returned: {},
  transferred: {},
  closed: {},
} as const satisfies Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>>;

/** The event of the course of the case each action writes. */
export const CASE_EVENT_OF_ACTION: Readonly<Record<CaseAction, CaseEventKind>> = {
  assign: 'judge_assigned',
  reassign: 'judge_assigned',
  accept: 'accepted',
  return: 'returned',
  transfer: 'transferred',
  scheduleHearing: 'hearing_scheduled',
  holdHearing: 'hearing_held',
  suspend: 'suspended',
  resume: 'resumed',
  decide: 'decided',
  leaveWithoutConsideration: 'closed',
  terminate: 'closed',
  close: 'closed',
};

export type CourtCase = {
  readonly id: string;
  readonly status: CaseStatus;
  /** Optimistic-lock version; +1 on every transition. */
  readonly version: number;
  readonly changedAt: Date;
  /** The presiding judge, once assigned. */
  readonly judgeUserId: string | null;
  /** The next hearing, once scheduled. */
  readonly hearingAt: Date | null;
  /** The receiving court (organisation id) after a transfer by jurisdiction. */
  readonly transferredTo: string | null;
  readonly closedAt: Date | null;
};

export type CaseCommand =
  | { readonly action: 'assign' | 'reassign'; readonly judgeUserId: string; readonly reason: LocalizedText }
  | { readonly action: 'transfer'; readonly toCourtId: string }
  | { readonly action: 'scheduleHearing'; readonly hearingAt: Date }
  | { readonly action: Exclude<CaseAction, 'assign' | 'reassign' | 'transfer' | 'scheduleHearing'> };

export type CaseTransitioned = {
  readonly type: 'courts.case_transitioned';
  readonly caseId: string;
  readonly action: CaseAction;
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly at: Date;
  /** The course-of-the-case entry (case_events.kind). */
  readonly kind: CaseEventKind;
  /** case_events.details: the judge and reason, the hearing time, the receiving court. */
  readonly details: Readonly<Record<string, unknown>>;
};

export type CaseDecision =
  | { readonly ok: true; readonly state: CourtCase; readonly events: readonly CaseTransitioned[] }
  | { readonly ok: false; readonly error: DomainError };

/** A case just registered from a filing (its `registered` event is written by the registration itself). */
export function registeredCase(id: string, registeredAt: Date): CourtCase {
  return { id, status: 'registered', version: 1, changedAt: registeredAt, judgeUserId: null, hearingAt: null, transferredTo: null, closedAt: null };
}

export function nextCaseStatus(status: CaseStatus, action: CaseAction): CaseStatus | undefined {
  const row: Partial<Record<CaseAction, CaseStatus>> = CASE_TRANSITIONS[status];
  return row[action];
}

/** What the case card may offer as buttons in a status. */
export function allowedCaseActions(status: CaseStatus): readonly CaseAction[] {
  return CASE_ACTIONS.filter((action) => nextCaseStatus(status, action) !== undefined);
}

const fail = (code: ErrorCode, details: Record<string, unknown> = {}): CaseDecision => ({ ok: false, error: new DomainError(code, details) });

export function decideCase(c: CourtCase, command: CaseCommand, now: Date): CaseDecision {
  const { action } = command;
  const from = c.status;
  const to = nextCaseStatus(from, action);
  if (to === undefined) return fail(ErrorCode.caseTransitionForbidden, { from, action });
  if (now.getTime() < c.changedAt.getTime()) return fail(ErrorCode.timeBeforeLastChange, { changedAt: c.changedAt.toISOString() });

  let patch: Partial<CourtCase> = {};
  let details: Record<string, unknown> = {};
  switch (command.action) {
    case 'assign':
    case 'reassign':
      if (command.judgeUserId.trim() === '') return fail(ErrorCode.judgeRequired, { action });
      patch = { judgeUserId: command.judgeUserId };
      details = { judgeUserId: command.judgeUserId, previousJudgeUserId: c.judgeUserId, reason: command.reason };
      break;
    case 'transfer':
      if (command.toCourtId.trim() === '') return fail(ErrorCode.courtTransferTargetRequired);
      patch = { transferredTo: command.toCourtId };
      details = { toCourtId: command.toCourtId };
      break;
    case 'scheduleHearing':
      if (!(command.hearingAt instanceof Date) || Number.isNaN(command.hearingAt.getTime())) return fail(ErrorCode.hearingTimeRequired);
      patch = { hearingAt: command.hearingAt };
      details = { hearingAt: command.hearingAt.toISOString() };
      break;
    case 'holdHearing':
      details = { hearingAt: c.hearingAt?.toISOString() ?? null };
      patch = { hearingAt: null };
      break;
    case 'accept': case 'return': case 'suspend': case 'resume': case 'decide':
    case 'leaveWithoutConsideration': case 'terminate': case 'close':
      details = { action };
      break;
  }
  const state: CourtCase = {
    ...c, ...patch, status: to, version: c.version + 1, changedAt: now, closedAt: to === 'closed' ? now : c.closedAt,
  };
  const event: CaseTransitioned = {
    type: 'courts.case_transitioned', caseId: c.id, action, from, to, at: now, kind: CASE_EVENT_OF_ACTION[action], details,
  };
  return { ok: true, state, events: [event] };
}

/** The markdown table README.md and docs/courts.md carry. */
export function renderCaseTransitions(): string {
  return renderTransitionTable({ statuses: CASE_STATUSES, actions: CASE_ACTIONS, table: CASE_TRANSITIONS, statusTexts: CASE_STATUS_TEXTS });
}
