import { describe, expect, it } from 'vitest';
import { can } from './policies';
import type { WritSignResource } from './policies';
import { ROLES } from './roles';
import type { OrganisationKind, Role, Subject } from './roles';

// FILE-16 (issue 15 item 3): who prepares, signs and reads a writ of
// execution — one row per role, so a role added without deciding fails here.

const ORGANISATION_KIND: Record<Role, OrganisationKind | null> = {
  state_bailiff: 'enforcement_department', private_bailiff: 'chamber_of_private_bailiffs', senior_bailiff: 'enforcement_department',
  court_office: 'court', judge: 'court', court_secretary: 'court', court_chairman: 'court', licensing_officer: 'licensor', citizen: null,
  admin: 'system',
};

const COURT = 'court-a';
const subject = (role: Role, organisationId: string | null = role === 'citizen' ? null : COURT, iin = '800101300006'): Subject => ({
  id: `user-${role}`, iin, roles: [role], organisationId,
  organisationKind: organisationId === null ? null : ORGANISATION_KIND[role], regionId: organisationId === null ? null : 'R1',
});

/** The writ names this judge and this secretary (the users of the table's roles). */
const writOf = (part: WritSignResource['part']): WritSignResource => ({ courtId: COURT, judgeUserId: 'user-judge', secretaryUserId: 'user-court_secretary', part });
const PARTICIPANTS = ['800101300006'];

const expected: Record<Role, { prepare: boolean; signCard: boolean; signCopy: boolean; read: boolean }> = {
  state_bailiff: { prepare: false, signCard: false, signCopy: false, read: false },
  private_bailiff: { prepare: false, signCard: false, signCopy: false, read: false },
  senior_bailiff: { prepare: false, signCard: false, signCopy: false, read: false },
  court_office: { prepare: false, signCard: false, signCopy: false, read: true },
  judge: { prepare: false, signCard: true, signCopy: true, read: true },
  court_secretary: { prepare: true, signCard: true, signCopy: false, read: true },
  court_chairman: { prepare: false, signCard: false, signCopy: false, read: true },
  licensing_officer: { prepare: false, signCard: false, signCopy: false, read: false },
  // A citizen who is a participant of the case follows the writ's status.
  citizen: { prepare: false, signCard: false, signCopy: false, read: true },
  admin: { prepare: false, signCard: false, signCopy: false, read: false },
};

describe('FILE-16, X-3: the writ of execution as policies, every role', () => {
  for (const role of ROLES) {
    it(`FILE-16 X-3: ${role}`, () => {
      const me = subject(role);
      const row = expected[role];
      expect(can(me, 'courts.writ.prepare', { courtId: COURT })).toBe(row.prepare);
      expect(can(me, 'courts.writ.sign', writOf('card'))).toBe(row.signCard);
      expect(can(me, 'courts.writ.sign', writOf('act_copy'))).toBe(row.signCopy);
      expect(can(me, 'courts.writ.read', { courtId: COURT, participantIinBins: PARTICIPANTS })).toBe(row.read);
      // Another court's writ: nobody of this court prepares, signs or reads it.
      if (role !== 'citizen') {
        expect(can(me, 'courts.writ.prepare', { courtId: 'court-b' })).toBe(false);
        expect(can(me, 'courts.writ.sign', { ...writOf('card'), courtId: 'court-b' })).toBe(false);
        expect(can(me, 'courts.writ.read', { courtId: 'court-b', participantIinBins: [] })).toBe(false);
      }
    });
  }

  it('FILE-16: only the judge and the secretary the writ names sign it — not a colleague of the same court', () => {
    const otherJudge = { ...subject('judge'), id: 'user-judge-2' };
    const otherSecretary = { ...subject('court_secretary'), id: 'user-secretary-2' };
    expect(can(otherJudge, 'courts.writ.sign', writOf('card'))).toBe(false);
    expect(can(otherJudge, 'courts.writ.sign', writOf('act_copy'))).toBe(false);
    expect(can(otherSecretary, 'courts.writ.sign', writOf('card'))).toBe(false);
  });

  it('FILE-16: a citizen who is not a participant reads nothing; one acting for a participant legal entity (BIN) reads', () => {
    expect(can(subject('citizen', null, '920707300005'), 'courts.writ.read', { courtId: COURT, participantIinBins: PARTICIPANTS })).toBe(false);
    const representative = { ...subject('citizen', null, '920707300005'), representing: { bin: '150740000004', firstHead: true } };
    expect(can(representative, 'courts.writ.read', { courtId: COURT, participantIinBins: ['150740000004'] })).toBe(true);
    expect(can(null, 'courts.writ.read', { courtId: COURT, participantIinBins: PARTICIPANTS })).toBe(false);
  });
});
