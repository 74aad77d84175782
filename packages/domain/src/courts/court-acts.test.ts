import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCode } from '../errors';
import { COURT_ACT_STATUSES, COURT_ACT_TRANSITIONS, courtActAfter, courtActFieldsProblem, decideCourtActSignature } from './court-acts';

// Issue 15 item 1 (FILE-14, SIG-5): the act's transition table and a panel's signatures.
const code = (f: () => unknown) => {
  try { f(); } catch (e) { return e instanceof DomainError ? e.code : 'other'; }
  return null;
};

describe('FILE-14, SIG-5: the court act\'s transitions', () => {
  it('FILE-14: the table — edit only in draft, nothing leaves signed', () => {
    expect(COURT_ACT_STATUSES.map((s) => Object.keys(COURT_ACT_TRANSITIONS[s]).length)).toEqual([3, 2, 0]);
    expect(courtActAfter('draft', 'edit')).toBe('draft');
    expect(code(() => courtActAfter('signing', 'edit'))).toBe(ErrorCode.courtActSigned);
    expect(code(() => courtActAfter('signed', 'edit'))).toBe(ErrorCode.courtActSigned);
    expect(code(() => courtActAfter('signed', 'signLast'))).toBe(ErrorCode.courtActTransitionForbidden);
  });

  it('FILE-14: a panel of three — complete only when the last current judge signs', () => {
    const judges = ['a', 'b', 'c'];
    expect(decideCourtActSignature({ status: 'draft', currentJudges: judges, signedBy: [], signer: 'b' })).toEqual({ status: 'signing', complete: false });
    expect(decideCourtActSignature({ status: 'signing', currentJudges: judges, signedBy: ['b'], signer: 'a' })).toEqual({ status: 'signing', complete: false });
    expect(decideCourtActSignature({ status: 'signing', currentJudges: judges, signedBy: ['b', 'a'], signer: 'c' })).toEqual({ status: 'signed', complete: true });
    // A single judge completes at once; a released judge's old signature does not count.
    expect(decideCourtActSignature({ status: 'draft', currentJudges: ['a'], signedBy: [], signer: 'a' })).toEqual({ status: 'signed', complete: true });
    expect(decideCourtActSignature({ status: 'signing', currentJudges: ['a', 'c'], signedBy: ['x'], signer: 'a' }).complete).toBe(false);
  });

  it('FILE-14: not a judge of the case, a second signature by the same judge, a signed act — refused', () => {
    expect(code(() => decideCourtActSignature({ status: 'draft', currentJudges: ['a'], signedBy: [], signer: 'z' }))).toBe(ErrorCode.forbidden);
    expect(code(() => decideCourtActSignature({ status: 'signing', currentJudges: ['a', 'b'], signedBy: ['a'], signer: 'a' })))
      .toBe(ErrorCode.courtActAlreadySignedByYou);
    expect(code(() => decideCourtActSignature({ status: 'signed', currentJudges: ['a', 'b'], signedBy: ['a'], signer: 'b' })))
      .toBe(ErrorCode.courtActTransitionForbidden);
  });

  it('FILE-14: a template act needs its operative part', () => {
    expect(courtActFieldsProblem({ introduction: '', description: '', reasoning: '', operative: '  ' })).toEqual(['operative']);
    expect(courtActFieldsProblem({ introduction: '', description: '', reasoning: '', operative: 'Талап қанағаттандырылсын' })).toEqual([]);
  });
});
