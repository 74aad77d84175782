import { describe, expect, it } from 'vitest';
import { can } from './policies';
import type { CourtActResource } from './policies';
import type { Role, Subject } from './roles';

// Issue 15 items 1, 2, 6 (FILE-14, FILE-15, SIG-5, SIG-6, X-3): who drafts,
// signs, reads and marks the legal force of a court act, per role.

const COURT = 'court-a';
const person = (role: Role, id: string, organisationId: string | null = COURT): Subject => ({
  id, iin: `iin-${id}`, roles: [role], organisationId, organisationKind: organisationId === null ? null : 'court', regionId: null,
});

const judge = person('judge', 'judge-1');
const otherCourtJudge = person('judge', 'judge-9', 'court-b');
const notOnCaseJudge = person('judge', 'judge-2');
const secretary = person('court_secretary', 'secretary-1');
const chairman = person('court_chairman', 'chairman-1');
const office = person('court_office', 'office-1');
const citizen = person('citizen', 'citizen-1', null);
const stranger = person('citizen', 'citizen-2', null);

const bench = { courtId: COURT, caseJudgeIds: ['judge-1', 'judge-9'] };
const act = (published: boolean): CourtActResource => ({ ...bench, published, participantIinBins: ['iin-citizen-1'], applicantUserIds: [] });

type Row = { draft: boolean; sign: boolean; readDraft: boolean; readPublished: boolean; markAsJudge: boolean; markAsChairman: boolean };
const rows: ReadonlyArray<[string, Subject, Row]> = [
  ['judge of the case', judge, { draft: true, sign: true, readDraft: true, readPublished: true, markAsJudge: true, markAsChairman: false }],
  ['judge of the court, not of the case', notOnCaseJudge,
    { draft: false, sign: false, readDraft: true, readPublished: true, markAsJudge: false, markAsChairman: false }],
  // The case lists judge-9, but they work at another court: no right here.
  ['judge of another court', otherCourtJudge,
    { draft: false, sign: false, readDraft: false, readPublished: false, markAsJudge: false, markAsChairman: false }],
  ['court_secretary', secretary, { draft: false, sign: false, readDraft: true, readPublished: true, markAsJudge: false, markAsChairman: false }],
  ['court_chairman', chairman, { draft: false, sign: false, readDraft: true, readPublished: true, markAsJudge: false, markAsChairman: true }],
  ['court_office', office, { draft: false, sign: false, readDraft: true, readPublished: true, markAsJudge: false, markAsChairman: false }],
  ['citizen taking part in the case', citizen, { draft: false, sign: false, readDraft: false, readPublished: true, markAsJudge: false, markAsChairman: false }],
  ['citizen not in the case', stranger, { draft: false, sign: false, readDraft: false, readPublished: false, markAsJudge: false, markAsChairman: false }],
];

describe('FILE-14, FILE-15, SIG-6, X-3: court acts as policies, per role', () => {
  for (const [name, me, row] of rows) {
    it(`FILE-14/FILE-15 X-3: ${name}`, () => {
      expect(can(me, 'courts.act.draft', bench)).toBe(row.draft);
      expect(can(me, 'courts.act.sign', bench)).toBe(row.sign);
      expect(can(me, 'courts.act.read', act(false))).toBe(row.readDraft);
      expect(can(me, 'courts.act.read', act(true))).toBe(row.readPublished);
      expect(can(me, 'courts.act.markLegalForce', { ...bench, asChairman: false })).toBe(row.markAsJudge);
      expect(can(me, 'courts.act.markLegalForce', { ...bench, asChairman: true })).toBe(row.markAsChairman);
    });
  }

  it('FILE-14 §47: a participant reads by the BIN they represent or as the one who filed; a chairman of another court marks nothing', () => {
    const entity: CourtActResource = { ...act(true), participantIinBins: ['210540011204'] };
    expect(can(citizen, 'courts.act.read', entity)).toBe(false);
    expect(can({ ...citizen, representing: { bin: '210540011204', firstHead: false } }, 'courts.act.read', entity)).toBe(true);
    expect(can(stranger, 'courts.act.read', { ...act(true), applicantUserIds: ['citizen-2'] })).toBe(true);
    expect(can(person('court_chairman', 'chairman-9', 'court-b'), 'courts.act.markLegalForce', { ...bench, asChairman: true })).toBe(false);
    expect(can(null, 'courts.act.read', act(true))).toBe(false);
  });
});
