import { describe, expect, it } from 'vitest';
import { can } from './policies';
import { ROLES } from './roles';
import type { Role, Subject } from './roles';

// Issue 16 (ЭНП): who issues passwords, blocks documents, reads the access
// history and edits the visibility matrix — per role, at the case's court and another.

const COURT = 'court-a';
const person = (role: Role, courtId: string | null = COURT): Subject => ({
  id: `user-${role}`, iin: '800101300006', roles: [role], organisationId: courtId, organisationKind: courtId ? 'court' : null, regionId: 'R1',
});
const STAFF: Role[] = ['court_office', 'judge', 'court_secretary', 'court_chairman'];

describe('ENP policies per role', () => {
  it('ENP-1, ENP-2: the office specialist and the secretary of the case\'s court issue passwords; nobody else, nobody of another court', () => {
    for (const role of ROLES) {
      expect(can(person(role), 'enp.access.issue', { courtId: COURT }), role).toBe(role === 'court_office' || role === 'court_secretary');
    }
    expect(can(person('court_office', 'court-b'), 'enp.access.issue', { courtId: COURT })).toBe(false);
  });

  it('ENP-1, ENP-5, ENP-11: the case\'s court staff list accesses, block documents and read the access history; others never', () => {
    for (const action of ['enp.access.list', 'enp.document.block', 'enp.history.read'] as const) {
      for (const role of ROLES) expect(can(person(role), action, { courtId: COURT }), `${action} ${role}`).toBe(STAFF.includes(role));
      for (const role of STAFF) expect(can(person(role, 'court-b'), action, { courtId: COURT }), `${action} ${role} other court`).toBe(false);
    }
  });

  it('ENP-6: the matrix is read by administrators and court staff, and edited by administrators only', () => {
    for (const role of ROLES) {
      expect(can(person(role), 'enp.matrix.read', undefined), role).toBe(role === 'admin' || STAFF.includes(role));
      expect(can(person(role), 'enp.matrix.edit', undefined), role).toBe(role === 'admin');
    }
  });
});
