/**
 * Lifecycle of an enforcement proceeding (исполнительное производство) as ONE
 * transition table (ARCHITECTURE.md "How a workflow is written"). The table
 * is the documentation: docs/enforcement.md renders it, and the tests walk
 * every cell, so an edit here shows up in both.
 *
 * `decide` is pure: time comes in as `now`, nothing is read or written. The
 * caller persists `state` with `WHERE version = previous version` (a lost
 * race is a 409) and writes `events` to the outbox in the same transaction.
 * The signed resolution is checked by the caller BEFORE calling decide.
 */
import { DomainError, ErrorCode } from '../errors';
import { groundByCode, type Ground, type GroundKind } from './grounds';

export const PROCEEDING_STATUSES = [
  'registered', // зарегистрирован (не возбуждено)
  'initiated', // возбуждено, на исполнении
  'refused', // отказано в возбуждении
  'suspended', // приостановлено
  'ended', // окончено (see EndingKind)
  'transferred', // передано в другой территориальный орган
] as const;
export type ProceedingStatus = (typeof PROCEEDING_STATUSES)[number];

export const PROCEEDING_ACTIONS = [
  'initiate', // возбудить
  'refuse', // отказать в возбуждении
  'suspend', // приостановить
  'resume', // возобновить
  'terminate', // прекратить (final)
  'returnToClaimant', // вернуть исполнительный документ взыскателю
  'recall', // отзыв исполнительного документа выдавшим органом
  'confirmExecution', // подтвердить фактическое исполнение
  'transfer', // передать в другой территориальный орган
] as const;
export type ProceedingAction = (typeof PROCEEDING_ACTIONS)[number];

/**
 * The table. Ending is allowed from `suspended` too: a suspended case may be
 * terminated (e.g. the debtor died and the claim allows no succession) or
 * recalled without first being resumed.
 */
export const PROCEEDING_TRANSITIONS = {
  registered: { initiate: 'initiated', refuse: 'refused' },
  initiated: {
    suspend: 'suspended',
    terminate: 'ended',
    returnToClaimant: 'ended',
    recall: 'ended',
    confirmExecution: 'ended',
    transfer: 'transferred',
  },
  suspended: { resume: 'initiated', terminate: 'ended', returnToClaimant: 'ended', recall: 'ended' },
  refused: {},
  ended: {},
  transferred: {},
} as const satisfies Record<ProceedingStatus, Partial<Record<ProceedingAction, ProceedingStatus>>>;

/**
 * The resolution template each act is rendered from (ENF-6 catalog codes,
 * packages/documents): the card's buttons, the server's checks and the
 * documentation share this one map.
 */
export const TEMPLATE_BY_ACTION: Readonly<Record<ProceedingAction, string>> = {
  initiate: 'enf.initiation',
  refuse: 'enf.refusal',
  suspend: 'enf.suspension',
  resume: 'enf.resumption',
  terminate: 'enf.termination',
  returnToClaimant: 'enf.return',
  recall: 'enf.recall',
  confirmExecution: 'enf.execution_confirmed',
  transfer: 'enf.transfer',
};

/** Kinds of окончание. */
export type EndingKind =
  | 'termination' // прекращение: final
  | 'return' // возврат взыскателю: may be filed again
  | 'recall' // отзыв выдавшим органом
  | 'executed'; // фактическое исполнение

const ENDING_KIND: Partial<Record<ProceedingAction, EndingKind>> = {
  terminate: 'termination',
  returnToClaimant: 'return',
  recall: 'recall',
  confirmExecution: 'executed',
};

/** Which ground lists each action requires; absent = the action takes no ground. */
export const GROUND_KINDS_BY_ACTION: Readonly<Partial<Record<ProceedingAction, readonly GroundKind[]>>> = {
  refuse: ['refusal'],
  suspend: ['suspension_mandatory', 'suspension_optional'],
  terminate: ['termination'],
  returnToClaimant: ['return'],
};

/** ENF-11: the status reported back to the courts' system after each action. */
export type CourtStatus = 'refused' | 'returned_without_execution' | 'transferred' | 'taken_for_execution' | 'suspended' | 'completed';

export const COURT_STATUS_BY_ACTION: Readonly<Record<ProceedingAction, CourtStatus>> = {
  initiate: 'taken_for_execution',
  refuse: 'refused',
  suspend: 'suspended',
  resume: 'taken_for_execution', // back in execution; confirm with the courts' adapter spec
  terminate: 'completed',
  returnToClaimant: 'returned_without_execution',
  recall: 'completed',
  confirmExecution: 'completed',
  transfer: 'transferred',
};

/** A suspended stretch; `until` null while still suspended. Excluded from the execution term. */
export type SuspensionPeriod = { readonly from: Date; readonly until: Date | null; readonly groundCode: string };

export type Proceeding = {
  readonly id: string;
  readonly status: ProceedingStatus;
  /** Optimistic-lock version; +1 on every transition. */
  readonly version: number;
  readonly changedAt: Date;
  readonly initiatedAt: Date | null;
  readonly endedAt: Date | null;
  readonly endingKind: EndingKind | null;
  /** Ground of the last act that took one (refusal, suspension, ending). */
  readonly groundCode: string | null;
  readonly suspensions: readonly SuspensionPeriod[];
  readonly transferredTo: string | null;
};

export type ProceedingCommand =
  | { readonly action: 'transfer'; readonly toDepartmentId: string }
  | { readonly action: Exclude<ProceedingAction, 'transfer'>; readonly groundCode?: string };

export type ProceedingTransitioned = {
  readonly type: 'enforcement.proceeding_transitioned';
  readonly proceedingId: string;
  readonly action: ProceedingAction;
  readonly from: ProceedingStatus;
  readonly to: ProceedingStatus;
  readonly at: Date;
  readonly groundCode: string | null;
  readonly endingKind: EndingKind | null;
  /** For the outbox to the courts' system (ENF-11). */
  readonly courtStatus: CourtStatus;
};

export type DecideResult =
  | { readonly ok: true; readonly state: Proceeding; readonly events: readonly ProceedingTransitioned[] }
  | { readonly ok: false; readonly error: DomainError };

/** A freshly registered proceeding (ENF-1/ENF-11: status "registered"). */
export function registeredProceeding(id: string, registeredAt: Date): Proceeding {
  return {
    id, status: 'registered', version: 1, changedAt: registeredAt, initiatedAt: null, endedAt: null,
    endingKind: null, groundCode: null, suspensions: [], transferredTo: null,
  };
}

/** Actions the table allows from a status: what the card shows as buttons. */
export function allowedActions(status: ProceedingStatus): readonly ProceedingAction[] {
  const row: Partial<Record<ProceedingAction, ProceedingStatus>> = PROCEEDING_TRANSITIONS[status];
  return PROCEEDING_ACTIONS.filter((action) => row[action] !== undefined);
}

export function nextStatus(status: ProceedingStatus, action: ProceedingAction): ProceedingStatus | undefined {
  const row: Partial<Record<ProceedingAction, ProceedingStatus>> = PROCEEDING_TRANSITIONS[status];
  return row[action];
}

/** Checks the ground against the action; returns it, null for groundless actions, or the error. */
export function checkGround(action: ProceedingAction, groundCode: string | undefined): Ground | null | DomainError {
  const kinds = GROUND_KINDS_BY_ACTION[action];
  const given = groundCode !== undefined && groundCode.trim() !== '';
  if (kinds === undefined) return given ? new DomainError(ErrorCode.groundNotAllowed, { action }) : null;
  if (!given) return new DomainError(ErrorCode.groundRequired, { action });
  const ground = groundByCode(groundCode);
  if (ground === undefined) return new DomainError(ErrorCode.groundUnknown, { action, groundCode });
  if (!kinds.includes(ground.kind)) {
    return new DomainError(ErrorCode.groundNotForAction, { action, groundCode, kind: ground.kind });
  }
  return ground;
}

const fail = (error: DomainError): DecideResult => ({ ok: false, error });

export function decide(proceeding: Proceeding, command: ProceedingCommand, now: Date): DecideResult {
  const { action } = command;
  const from = proceeding.status;
  const to = nextStatus(from, action);
  if (to === undefined) return fail(new DomainError(ErrorCode.transitionForbidden, { from, action }));
  if (now.getTime() < proceeding.changedAt.getTime()) {
    return fail(new DomainError(ErrorCode.timeBeforeLastChange, { changedAt: proceeding.changedAt.toISOString() }));
  }
  const ground = checkGround(action, command.action === 'transfer' ? undefined : command.groundCode);
  if (ground instanceof DomainError) return fail(ground);
  let transferredTo = proceeding.transferredTo;
  if (command.action === 'transfer') {
    if (command.toDepartmentId.trim() === '') return fail(new DomainError(ErrorCode.transferTargetRequired));
    transferredTo = command.toDepartmentId;
  }

  // Suspended time: open a period on suspend; close the open one whenever we
  // leave `suspended` (resume, or ending straight from suspension).
  let suspensions = proceeding.suspensions;
  if (action === 'suspend' && ground !== null) suspensions = [...suspensions, { from: now, until: null, groundCode: ground.code }];
  if (from === 'suspended') suspensions = suspensions.map((p) => (p.until === null ? { ...p, until: now } : p));

  const endingKind = ENDING_KIND[action] ?? null;
  const state: Proceeding = {
    ...proceeding,
    status: to,
    version: proceeding.version + 1,
    changedAt: now,
    initiatedAt: action === 'initiate' ? now : proceeding.initiatedAt,
    endedAt: to === 'ended' ? now : proceeding.endedAt,
    endingKind: endingKind ?? proceeding.endingKind,
    groundCode: ground?.code ?? proceeding.groundCode,
    suspensions,
    transferredTo,
  };
  const event: ProceedingTransitioned = {
    type: 'enforcement.proceeding_transitioned', proceedingId: proceeding.id, action, from, to, at: now,
    groundCode: ground?.code ?? null, endingKind, courtStatus: COURT_STATUS_BY_ACTION[action],
  };
  return { ok: true, state, events: [event] };
}
