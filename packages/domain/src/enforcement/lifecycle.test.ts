import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  GROUND_KINDS_BY_ACTION, PROCEEDING_ACTIONS, PROCEEDING_STATUSES, PROCEEDING_TRANSITIONS, allowedActions, decide, nextStatus,
  registeredProceeding, type Proceeding, type ProceedingAction, type ProceedingCommand, type ProceedingStatus,
} from './lifecycle';
import { ALL_GROUNDS, groundsOfKind } from './grounds';

const T0 = new Date('2026-03-20T04:00:00Z');
const later = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

/** A valid command for an action: the first ground of the right kind, a transfer target. */
function commandFor(action: ProceedingAction): ProceedingCommand {
  if (action === 'transfer') return { action, toDepartmentId: 'dept-2' };
  const kinds = GROUND_KINDS_BY_ACTION[action];
  return kinds === undefined ? { action } : { action, groundCode: groundsOfKind(kinds)[0]!.code };
}

const inStatus = (status: ProceedingStatus): Proceeding => {
  const base = registeredProceeding('p-1', T0);
  return status === 'suspended'
    ? { ...base, status, suspensions: [{ from: T0, until: null, groundCode: 'suspension.bankruptcy' }] }
    : { ...base, status };
};

describe('ENF-3/ENF-4/ENF-5/ENF-8/ENF-10: transition table', () => {
  for (const status of PROCEEDING_STATUSES) {
    for (const action of PROCEEDING_ACTIONS) {
      const to = nextStatus(status, action);
      if (to !== undefined) {
        it(`ENF-4: ${status} --${action}--> ${to} is allowed`, () => {
          const result = decide(inStatus(status), commandFor(action), later(1));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.state.status).toBe(to);
          expect(result.state.version).toBe(2);
          expect(result.events).toHaveLength(1);
          expect(result.events[0]).toMatchObject({ from: status, to, action, proceedingId: 'p-1' });
        });
      } else {
        it(`ENF-4: ${status} --${action}--> is refused`, () => {
          const result = decide(inStatus(status), commandFor(action), later(1));
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error).toBeInstanceOf(DomainError);
          expect(result.error.code).toBe('enforcement.transition_forbidden');
        });
      }
    }
  }

  it('ENF-3: terminal statuses allow nothing; registered offers initiate and refuse', () => {
    expect(allowedActions('refused')).toEqual([]);
    expect(allowedActions('ended')).toEqual([]);
    expect(allowedActions('transferred')).toEqual([]);
    expect(allowedActions('registered')).toEqual(['initiate', 'refuse']);
    expect(Object.keys(PROCEEDING_TRANSITIONS).sort()).toEqual([...PROCEEDING_STATUSES].sort());
  });
});

describe('ENF-3/ENF-4/ENF-5: grounds are required and checked per action', () => {
  const groundedActions = Object.keys(GROUND_KINDS_BY_ACTION) as ProceedingAction[];
  const from = (action: ProceedingAction): Proceeding => inStatus(action === 'refuse' ? 'registered' : 'initiated');

  for (const action of groundedActions) {
    it(`ENF-4: ${action} without a ground is refused`, () => {
      const result = decide(from(action), { action } as ProceedingCommand, later(1));
      expect(!result.ok && result.error.code).toBe('enforcement.ground_required');
    });
    it(`ENF-4: ${action} with an unknown ground is refused`, () => {
      const result = decide(from(action), { action, groundCode: 'nope' } as ProceedingCommand, later(1));
      expect(!result.ok && result.error.code).toBe('enforcement.ground_unknown');
    });
    it(`ENF-4: ${action} accepts exactly its own grounds`, () => {
      const kinds = GROUND_KINDS_BY_ACTION[action]!;
      for (const ground of ALL_GROUNDS) {
        const result = decide(from(action), { action, groundCode: ground.code } as ProceedingCommand, later(1));
        if (kinds.includes(ground.kind)) {
          expect(result.ok, ground.code).toBe(true);
          if (result.ok) expect(result.state.groundCode).toBe(ground.code);
        } else {
          expect(!result.ok && result.error.code, ground.code).toBe('enforcement.ground_not_for_action');
        }
      }
    });
  }

  it('ENF-3: initiate takes no ground', () => {
    const result = decide(inStatus('registered'), { action: 'initiate', groundCode: 'refusal.no_application' }, later(1));
    expect(!result.ok && result.error.code).toBe('enforcement.ground_not_allowed');
  });

  it('ENF-8: transfer needs a target department', () => {
    const result = decide(inStatus('initiated'), { action: 'transfer', toDepartmentId: ' ' }, later(1));
    expect(!result.ok && result.error.code).toBe('enforcement.transfer_target_required');
  });

  it('ENF-4: time cannot run backwards', () => {
    const result = decide(registeredProceeding('p', later(10)), { action: 'initiate' }, later(5));
    expect(!result.ok && result.error.code).toBe('time_before_last_change');
  });
});

describe('ENF-4/ENF-5/ENF-11: ending kinds, suspended time and court statuses', () => {
  it('ENF-5: suspension opens a period, resumption closes it', () => {
    let state = registeredProceeding('p', T0);
    const step = (command: ProceedingCommand, at: Date): void => {
      const result = decide(state, command, at);
      if (!result.ok) throw result.error;
      state = result.state;
    };
    step({ action: 'initiate' }, later(1));
    expect(state.initiatedAt).toEqual(later(1));
    step({ action: 'suspend', groundCode: 'suspension.debtor_in_hospital' }, later(10));
    expect(state.suspensions).toEqual([{ from: later(10), until: null, groundCode: 'suspension.debtor_in_hospital' }]);
    step({ action: 'resume' }, later(20));
    expect(state.suspensions[0]!.until).toEqual(later(20));
    step({ action: 'suspend', groundCode: 'suspension.bankruptcy' }, later(30));
    step({ action: 'terminate', groundCode: 'termination.liquidation' }, later(40));
    expect(state.suspensions.map((p) => p.until)).toEqual([later(20), later(40)]);
    expect(state).toMatchObject({ status: 'ended', endingKind: 'termination', endedAt: later(40), version: 6 });
  });

  const endings: [ProceedingAction, string, string][] = [
    ['terminate', 'termination', 'completed'],
    ['returnToClaimant', 'return', 'returned_without_execution'],
    ['recall', 'recall', 'completed'],
    ['confirmExecution', 'executed', 'completed'],
  ];
  for (const [action, kind, courtStatus] of endings) {
    it(`ENF-4/ENF-11: ${action} ends with kind ${kind} and reports ${courtStatus}`, () => {
      const result = decide(inStatus('initiated'), commandFor(action), later(1));
      expect(result.ok && result.state.endingKind).toBe(kind);
      expect(result.ok && result.events[0]!.courtStatus).toBe(courtStatus);
    });
  }

  it('ENF-11: refusal, suspension, transfer and initiation report their court statuses', () => {
    const statusOf = (status: ProceedingStatus, action: ProceedingAction): string | false => {
      const result = decide(inStatus(status), commandFor(action), later(1));
      return result.ok && result.events[0]!.courtStatus;
    };
    expect(statusOf('registered', 'refuse')).toBe('refused');
    expect(statusOf('registered', 'initiate')).toBe('taken_for_execution');
    expect(statusOf('initiated', 'suspend')).toBe('suspended');
    expect(statusOf('initiated', 'transfer')).toBe('transferred');
  });
});
