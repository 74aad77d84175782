import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  FILING_ACTIONS, FILING_TRANSITIONS, allowedFilingActions, decideFiling, draftFiling, nextFilingStatus,
  type Filing, type FilingAction, type FilingCommand,
} from './filing-lifecycle';
import { FILING_STATUSES, REFUSAL_GROUNDS, refusalMessage, type FilingStatus } from './reference';

const T0 = new Date('2026-03-16T05:00:00Z');
const later = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);
const RECEIPT = { localDateTime: '2026-03-16T10:05:00', receiptDate: '2026-03-16', registrationDay: '2026-03-16' };

function commandFor(action: FilingAction): FilingCommand {
  switch (action) {
    case 'send': return { action, number: '7194-20260316-00001', receipt: RECEIPT };
    case 'register': return { action, caseId: 'case-1' };
    case 'refuse': return { action, ground: 'unreadable' };
    case 'addDocuments': return { action, documentCount: 2 };
    case 'payDuty': return { action, amountTiyn: 216_250 };
    case 'withdraw': return { action };
  }
}
const inStatus = (status: FilingStatus): Filing => ({ ...draftFiling('f-1', T0), status });

describe('ISSUE-14 item 2: the filing transition table (FILE-6, FILE-8, FILE-12)', () => {
  it('ISSUE-14 item 2: the table is exactly the design doc\'s', () => {
    expect(FILING_TRANSITIONS).toEqual({
      draft: { send: 'received', withdraw: 'withdrawn' },
      received: { register: 'registered', refuse: 'refused' },
      registered: { addDocuments: 'registered', payDuty: 'registered' },
      refused: {}, withdrawn: {},
    });
    expect(allowedFilingActions('received')).toEqual(['register', 'refuse']);
  });

  for (const status of FILING_STATUSES) {
    for (const action of FILING_ACTIONS) {
      const to = nextFilingStatus(status, action);
      if (to !== undefined) {
        it(`ISSUE-14 item 2: ${status} --${action}--> ${to}`, () => {
          const result = decideFiling(inStatus(status), commandFor(action), later(1));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.state).toMatchObject({ status: to, version: 2, changedAt: later(1) });
          expect(result.events).toEqual([expect.objectContaining({ type: 'courts.filing_transitioned', filingId: 'f-1', action, from: status, to })]);
        });
      } else {
        it(`ISSUE-14 item 2: ${status} --${action}--> is refused`, () => {
          const result = decideFiling(inStatus(status), commandFor(action), later(1));
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error).toBeInstanceOf(DomainError);
          expect(result.error.code).toBe('courts.filing_transition_forbidden');
        });
      }
    }
  }

  it('FILE-13 ISSUE-14 item 2: sending records the number, the instant and the court-zone days', () => {
    const result = decideFiling(draftFiling('f-1', T0), commandFor('send'), later(5));
    expect(result.ok && result.state).toMatchObject({
      number: '7194-20260316-00001', receivedAt: later(5), receiptDate: '2026-03-16', registrationDay: '2026-03-16',
    });
  });

  it('FILE-12 ISSUE-14 item 2: refusal needs one of the seven grounds; the applicant gets the ground\'s text', () => {
    const none = decideFiling(inStatus('received'), { action: 'refuse', ground: undefined }, later(1));
    expect(!none.ok && none.error.code).toBe('courts.refusal_ground_required');
    const unknown = decideFiling(inStatus('received'), { action: 'refuse', ground: 'too_long' }, later(1));
    expect(!unknown.ok && unknown.error.code).toBe('courts.refusal_ground_unknown');
    for (const ground of REFUSAL_GROUNDS) {
      const result = decideFiling(inStatus('received'), { action: 'refuse', ground }, later(1));
      expect(result.ok && result.state.refusalGround).toBe(ground);
      expect(result.ok && result.state.refusalText).toEqual(refusalMessage(ground));
    }
  });

  it('FILE-8 ISSUE-14 item 2: additional duty adds up; bad amounts and counts are refused', () => {
    const first = decideFiling({ ...inStatus('registered'), dutyPaidTiyn: 100_000 }, commandFor('payDuty'), later(1));
    expect(first.ok && first.state.dutyPaidTiyn).toBe(316_250);
    const zero = decideFiling(inStatus('registered'), { action: 'payDuty', amountTiyn: 0 }, later(1));
    expect(!zero.ok && zero.error.code).toBe('validation');
    const docs = decideFiling(inStatus('registered'), { action: 'addDocuments', documentCount: 0 }, later(1));
    expect(!docs.ok && docs.error.code).toBe('validation');
    const early = decideFiling(inStatus('received'), commandFor('register'), later(-1));
    expect(!early.ok && early.error.code).toBe('time_before_last_change');
  });
});
