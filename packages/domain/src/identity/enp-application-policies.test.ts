import { describe, expect, it } from 'vitest';
import { can } from './policies';
import { ROLES } from './roles';
import type { Role, Subject } from './roles';

// Issue 16 items 5 (ENP-7, ENP-9): who applies online for a ЭНП password and
// who works the court's queue — per role, at the application's court and another.

const COURT = 'court-a';
const person = (role: Role, courtId: string | null = COURT): Subject => ({
  id: `user-${role}`, iin: '800101300006', roles: [role], organisationId: courtId, organisationKind: courtId ? 'court' : null, regionId: 'R1',
});
const STAFF: Role[] = ['court_office', 'judge', 'court_secretary', 'court_chairman'];

describe('ENP application policies per role', () => {
  it('ENP-7: a citizen applies and reads their own applications; nobody else\'s; no other role applies', () => {
    for (const role of ROLES) expect(can(person(role), 'enp.application.apply', null), role).toBe(role === 'citizen');
    expect(can(person('citizen'), 'enp.application.apply', { applicantUserId: 'user-citizen' })).toBe(true);
    expect(can(person('citizen'), 'enp.application.apply', { applicantUserId: 'someone-else' })).toBe(false);
  });

  it('ENP-9: the court\'s staff see its queue; only the office specialist and the secretary decide; another court never', () => {
    for (const role of ROLES) {
      expect(can(person(role), 'enp.application.list', { courtId: COURT }), role).toBe(STAFF.includes(role));
      expect(can(person(role), 'enp.application.decide', { courtId: COURT }), role).toBe(role === 'court_office' || role === 'court_secretary');
    }
    for (const role of STAFF) {
      expect(can(person(role, 'court-b'), 'enp.application.list', { courtId: COURT }), role).toBe(false);
      expect(can(person(role, 'court-b'), 'enp.application.decide', { courtId: COURT }), role).toBe(false);
    }
  });
});
