import { describe, expect, it } from 'vitest';
import { can } from './policies';
import type { Role, Subject } from './roles';

// Issue 15 «course of the case»: who moves a case (accept, hearings, suspend,
// resume, return, end) — a current judge of that case at that court only;
// the chairman reassigns through the office, not here.

const COURT = 'court-a';
const person = (role: Role, id: string, organisationId: string | null = COURT): Subject => ({
  id, iin: `iin-${id}`, roles: [role], organisationId, organisationKind: organisationId === null ? null : 'court', regionId: null,
});
const bench = { courtId: COURT, caseJudgeIds: ['judge-1', 'judge-9'] };

const rows: ReadonlyArray<[string, Subject | null, boolean]> = [
  ['judge of the case', person('judge', 'judge-1'), true],
  ['judge of the court, not of the case', person('judge', 'judge-2'), false],
  // The case lists judge-9, but they work at another court.
  ['judge of another court', person('judge', 'judge-9', 'court-b'), false],
  ['court_chairman', person('court_chairman', 'chairman-1'), false],
  ['court_chairman listed on the case without the judge role', person('court_chairman', 'judge-1'), false],
  ['court_secretary', person('court_secretary', 'secretary-1'), false],
  ['court_office', person('court_office', 'office-1'), false],
  ['citizen', person('citizen', 'citizen-1', null), false],
  ['nobody signed in', null, false],
];

describe('ISSUE-15 course of the case: courts.case.move per role', () => {
  for (const [name, me, allowed] of rows) {
    it(`ISSUE-15 course X-3: ${name} → ${allowed ? 'may' : 'may not'} move the case`, () => {
      expect(can(me, 'courts.case.move', bench)).toBe(allowed);
    });
  }
});
