import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  CASE_ACTIONS, CASE_EVENT_OF_ACTION, CASE_TRANSITIONS, allowedCaseActions, decideCase, nextCaseStatus, registeredCase,
  type CaseAction, type CaseCommand, type CourtCase,
} from './case-lifecycle';
import { CASE_EVENT_KINDS, CASE_STATUSES, type CaseStatus } from './reference';

const T0 = new Date('2026-03-16T05:00:00Z');
const later = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);
const REASON = { kk: 'Ең аз жүктеме', ru: 'Наименьшая нагрузка' };

function commandFor(action: CaseAction): CaseCommand {
  if (action === 'assign' || action === 'reassign') return { action, judgeUserId: 'judge-2', reason: REASON };
  if (action === 'transfer') return { action, toCourtId: 'court-9' };
  if (action === 'scheduleHearing') return { action, hearingAt: new Date('2026-04-01T04:00:00Z') };
  return { action };
}
const inStatus = (status: CaseStatus): CourtCase => ({ ...registeredCase('case-1', T0), status, judgeUserId: 'judge-1' });

describe('ISSUE-14 item 2: the court case transition table (FILE-11)', () => {
  it('ISSUE-14 item 2: the table is exactly the design doc\'s', () => {
    expect(CASE_TRANSITIONS).toEqual({
      registered: { assign: 'assigned', transfer: 'transferred' },
      assigned: { accept: 'in_progress', reassign: 'assigned', return: 'returned', transfer: 'transferred' },
      in_progress: {
        scheduleHearing: 'in_progress', holdHearing: 'in_progress', suspend: 'suspended', transfer: 'transferred',
        decide: 'decided', leaveWithoutConsideration: 'closed', terminate: 'closed',
      },
      suspended: { resume: 'in_progress' },
      decided: { close: 'closed' },
      returned: {}, transferred: {}, closed: {},
    });
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual([...CASE_STATUSES].sort());
  });

  for (const status of CASE_STATUSES) {
    for (const action of CASE_ACTIONS) {
      const to = nextCaseStatus(status, action);
      if (to !== undefined) {
        it(`ISSUE-14 item 2: ${status} --${action}--> ${to}`, () => {
          const result = decideCase(inStatus(status), commandFor(action), later(5));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.state.status).toBe(to);
          expect(result.state.version).toBe(2);
          expect(result.state.changedAt).toEqual(later(5));
          expect(result.events).toEqual([expect.objectContaining({
            type: 'courts.case_transitioned', caseId: 'case-1', action, from: status, to, kind: CASE_EVENT_OF_ACTION[action],
          })]);
        });
      } else {
        it(`ISSUE-14 item 2: ${status} --${action}--> is refused`, () => {
          const result = decideCase(inStatus(status), commandFor(action), later(5));
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error).toBeInstanceOf(DomainError);
          expect(result.error.code).toBe('courts.case_transition_forbidden');
          expect(result.error.details).toEqual({ from: status, action });
        });
      }
    }
  }

  it('ISSUE-14 item 2: terminal statuses offer nothing; registered offers assign and transfer', () => {
    expect(allowedCaseActions('registered')).toEqual(['assign', 'transfer']);
    for (const s of ['returned', 'transferred', 'closed'] as const) expect(allowedCaseActions(s)).toEqual([]);
  });

  it('FILE-11 ISSUE-14 item 2: assignment keeps the judge and the reason in the event', () => {
    const result = decideCase(registeredCase('case-1', T0), commandFor('assign'), later(1));
    expect(result.ok && result.state.judgeUserId).toBe('judge-2');
    expect(result.ok && result.events[0]!.details).toEqual({ judgeUserId: 'judge-2', previousJudgeUserId: null, reason: REASON });
  });

  it('ISSUE-14 item 2: refusals — no judge, no receiving court, no hearing time, time before the last change', () => {
    const assigned = inStatus('assigned');
    const noJudge = decideCase(registeredCase('c', T0), { action: 'assign', judgeUserId: ' ', reason: REASON }, later(1));
    expect(!noJudge.ok && noJudge.error.code).toBe('courts.judge_required');
    const noCourt = decideCase(assigned, { action: 'transfer', toCourtId: '' }, later(1));
    expect(!noCourt.ok && noCourt.error.code).toBe('courts.transfer_target_required');
    const noTime = decideCase(inStatus('in_progress'), { action: 'scheduleHearing', hearingAt: new Date('x') }, later(1));
    expect(!noTime.ok && noTime.error.code).toBe('courts.hearing_time_required');
    const early = decideCase(assigned, { action: 'accept' }, later(-1));
    expect(!early.ok && early.error.code).toBe('time_before_last_change');
  });

  it('ISSUE-14 item 2: a hearing is scheduled then held; closing stamps closedAt; every action writes a known event kind', () => {
    const scheduled = decideCase(inStatus('in_progress'), commandFor('scheduleHearing'), later(1));
    expect(scheduled.ok && scheduled.state.hearingAt?.toISOString()).toBe('2026-04-01T04:00:00.000Z');
    if (!scheduled.ok) return;
    const held = decideCase(scheduled.state, { action: 'holdHearing' }, later(2));
    expect(held.ok && held.events[0]!.details).toEqual({ hearingAt: '2026-04-01T04:00:00.000Z' });
    const closed = decideCase(inStatus('in_progress'), { action: 'terminate' }, later(3));
    expect(closed.ok && closed.state.closedAt).toEqual(later(3));
    for (const kind of Object.values(CASE_EVENT_OF_ACTION)) expect(CASE_EVENT_KINDS).toContain(kind);
  });
});
