import { describe, expect, it } from 'vitest';
import { can } from './policies';
import type { ArchiveCaseResource } from './policies';
import type { Role, Subject } from './roles';

// FILE-17 (issue 15 items 4-6): who prepares, signs and reads an archived
// case — per role, at the case's court and at another court.

const COURT = 'court-a';
const staff = (role: Role, courtId = COURT, id = `user-${role}`): Subject => ({
  id, iin: '800101300006', roles: [role], organisationId: courtId, organisationKind: 'court', regionId: 'R1',
});
const citizen = (iin: string, representing: Subject['representing'] = null): Subject => ({
  id: `citizen-${iin}`, iin, roles: ['citizen'], organisationId: null, organisationKind: null, regionId: null, representing,
});
const kase: ArchiveCaseResource = { courtId: COURT, judgeUserIds: ['user-judge'], participantIinBins: ['920707300005', '210540011204'] };

describe('FILE-17: archive policies per role', () => {
  it('FILE-17 §62: only the court secretary of the case\'s court prepares the inventory (and sees the «to archive» queue)', () => {
    expect(can(staff('court_secretary'), 'courts.archive.prepare', { courtId: COURT })).toBe(true);
    for (const role of ['judge', 'court_chairman', 'court_office'] as const) expect(can(staff(role), 'courts.archive.prepare', { courtId: COURT })).toBe(false);
    expect(can(staff('court_secretary', 'court-b'), 'courts.archive.prepare', { courtId: COURT })).toBe(false);
    expect(can(citizen('920707300005'), 'courts.archive.prepare', { courtId: COURT })).toBe(false);
  });

  it('FILE-17 §62: the inventory is signed by a judge of the case only — not another judge, the chairman who is not on it, or another court', () => {
    expect(can(staff('judge'), 'courts.archive.sign', kase)).toBe(true);
    expect(can(staff('judge', COURT, 'another-judge'), 'courts.archive.sign', kase)).toBe(false);
    expect(can(staff('court_chairman'), 'courts.archive.sign', kase)).toBe(false);
    expect(can(staff('court_secretary'), 'courts.archive.sign', kase)).toBe(false);
    expect(can(staff('court_office'), 'courts.archive.sign', kase)).toBe(false);
    expect(can(staff('judge', 'court-b'), 'courts.archive.sign', kase)).toBe(false);
    expect(can(citizen('920707300005'), 'courts.archive.sign', kase)).toBe(false);
  });

  it('FILE-17 §61 p.2: the archived case is read by that court\'s staff and by its participants (IIN, or the BIN represented) only', () => {
    for (const role of ['judge', 'court_secretary', 'court_chairman', 'court_office'] as const) {
      expect(can(staff(role), 'courts.archive.read', kase)).toBe(true);
      expect(can(staff(role, 'court-b'), 'courts.archive.read', kase)).toBe(false);
    }
    expect(can(citizen('920707300005'), 'courts.archive.read', kase)).toBe(true);
    expect(can(citizen('850615300109', { bin: '210540011204', firstHead: true }), 'courts.archive.read', kase)).toBe(true);
    expect(can(citizen('011120500008'), 'courts.archive.read', kase)).toBe(false);
    expect(can({ ...staff('admin'), organisationKind: 'system' }, 'courts.archive.read', kase)).toBe(false);
    expect(can({ ...staff('state_bailiff'), organisationKind: 'enforcement_department' }, 'courts.archive.read', kase)).toBe(false);
    expect(can(null, 'courts.archive.read', kase)).toBe(false);
  });

  it('FILE-17: an old scanned case from ЭАСД is read by the staff of the court named in its record', () => {
    expect(can(staff('court_office'), 'courts.archive.legacy', { courtId: COURT })).toBe(true);
    expect(can(staff('judge', 'court-b'), 'courts.archive.legacy', { courtId: COURT })).toBe(false);
    expect(can(citizen('920707300005'), 'courts.archive.legacy', { courtId: COURT })).toBe(false);
  });
});
