import { describe, expect, it } from 'vitest';
import { can } from './policies';
import { ROLES } from './roles';
import type { OrganisationKind, Role, Subject } from './roles';

// Issue 17 (LIC-7): who sees and decides private bailiffs' licence applications — per role.

const KIND: Record<Role, OrganisationKind | null> = {
  state_bailiff: 'enforcement_department', private_bailiff: 'private_bailiff_office', senior_bailiff: 'enforcement_department',
  court_office: 'court', judge: 'court', court_secretary: 'court', court_chairman: 'court', licensing_officer: 'licensor', citizen: null, admin: 'system',
};
const person = (role: Role, kind: OrganisationKind | null = KIND[role]): Subject => ({
  id: `user-${role}`, iin: '800101300006', roles: [role], organisationId: kind ? `org-${kind}` : null, organisationKind: kind, regionId: 'R1',
});

describe('licensing policies per role', () => {
  it('LIC-2, LIC-7: only a citizen applies; an application is read by its applicant, the licensor\'s staff and administrators', () => {
    for (const role of ROLES) {
      expect(can(person(role), 'licensing.apply', null), role).toBe(role === 'citizen');
      expect(can(person(role), 'licensing.application.read', { applicantUserId: 'someone-else' }), role)
        .toBe(role === 'licensing_officer' || role === 'admin');
    }
    expect(can(person('citizen'), 'licensing.application.read', { applicantUserId: 'user-citizen' })).toBe(true);
    expect(can(person('citizen'), 'licensing.apply', { applicantUserId: 'someone-else' })).toBe(false);
  });

  it('LIC-3, LIC-8: only the licensor\'s officer enters, decides and acts on the register; admins read the register and dashboard', () => {
    for (const role of ROLES) {
      const officer = role === 'licensing_officer';
      expect(can(person(role), 'licensing.application.enter', undefined), role).toBe(officer);
      expect(can(person(role), 'licensing.application.decide', undefined), role).toBe(officer);
      expect(can(person(role), 'licensing.register.act', undefined), role).toBe(officer);
      expect(can(person(role), 'licensing.register.read', undefined), role).toBe(officer || role === 'admin');
      expect(can(person(role), 'licensing.queue.read', undefined), role).toBe(officer || role === 'admin');
      expect(can(person(role), 'licensing.dashboard', undefined), role).toBe(officer || role === 'admin');
    }
  });

  it('LIC-7: a licensing officer outside the licensor organisation has no licensing rights', () => {
    const stray = person('licensing_officer', 'court');
    expect(can(stray, 'licensing.application.decide', undefined)).toBe(false);
    expect(can(stray, 'licensing.application.read', { applicantUserId: 'x' })).toBe(false);
  });

  it('LIC-8: a suspended bailiff\'s open proceedings are listed to the senior bailiff of the region and administrators', () => {
    for (const role of ROLES) {
      expect(can(person(role), 'licensing.bailiff_proceedings', { regionKato: 'R1' }), role).toBe(role === 'senior_bailiff' || role === 'admin');
    }
    expect(can(person('senior_bailiff'), 'licensing.bailiff_proceedings', { regionKato: 'R2' })).toBe(false);
  });
});
