import { describe, expect, it } from 'vitest';
import { can } from './policies';
import { QUEUES } from './queues';
import { ROLES } from './roles';
import type { Role, Subject } from './roles';

const subject = (role: Role, organisationId: string | null = 'org-a'): Subject =>
  ({ id: `user-${role}`, iin: '800101300006', roles: [role], organisationId });

const colleague = { userId: 'someone-else', organisationId: 'org-a' };
const stranger = { userId: 'someone-else', organisationId: 'org-b' };

// What each role may do, as a table: one row per role, so adding a role
// without deciding its rights fails this test.
const expected: Record<Role, { admin: boolean; readsColleague: boolean; queues: string[]; simplifiedDashboard: boolean }> = {
  state_bailiff: { admin: false, readsColleague: false, queues: ['enforcement.notInitiated', 'enforcement.inExecution'], simplifiedDashboard: false },
  private_bailiff: { admin: false, readsColleague: false, queues: ['enforcement.incoming', 'enforcement.inExecution'], simplifiedDashboard: false },
  senior_bailiff: { admin: false, readsColleague: true, queues: ['enforcement.forApproval'], simplifiedDashboard: true },
  court_office: { admin: false, readsColleague: false, queues: ['courts.filingsToRegister', 'courts.enpApplications'], simplifiedDashboard: false },
  judge: { admin: false, readsColleague: false, queues: ['courts.actsToSign'], simplifiedDashboard: false },
  court_secretary: { admin: false, readsColleague: false, queues: ['courts.writsToSign'], simplifiedDashboard: false },
  court_chairman: { admin: false, readsColleague: false, queues: ['courts.legalForceMarks'], simplifiedDashboard: false },
  licensing_officer: { admin: false, readsColleague: false, queues: ['licensing.applications'], simplifiedDashboard: false },
  citizen: { admin: false, readsColleague: false, queues: ['citizen.myCases', 'citizen.myProceedings'], simplifiedDashboard: false },
  admin: { admin: true, readsColleague: true, queues: ['admin.journal', 'admin.calendar'], simplifiedDashboard: true },
};

describe('X-3: declarative policies, per role', () => {
  for (const role of ROLES) {
    it(`X-3: ${role}`, () => {
      const me = subject(role);
      const row = expected[role];
      expect(can(me, 'journal.browse', undefined)).toBe(row.admin);
      expect(can(me, 'journal.verify', undefined)).toBe(row.admin);
      expect(can(me, 'calendar.amend', undefined)).toBe(row.admin);
      expect(can(me, 'calendar.read', undefined)).toBe(true);
      expect(can(me, 'user.read', { userId: me.id, organisationId: 'org-a' })).toBe(true);
      expect(can(me, 'user.read', colleague)).toBe(row.readsColleague);
      expect(can(me, 'user.read', stranger)).toBe(row.admin);
      expect(can(me, 'profile.update', { userId: me.id })).toBe(true);
      expect(can(me, 'profile.update', { userId: 'someone-else' })).toBe(false);
      expect(can(me, 'messages.read', { devMode: true })).toBe(true);
      expect(can(me, 'messages.read', { devMode: false })).toBe(row.admin);
      const visible = QUEUES.filter((q) => can(me, 'queue.read', { requiredRoles: q.roles })).map((q) => q.key);
      expect(visible).toEqual(row.queues);
      expect(can(me, 'document.sign', { createdBy: me.id })).toBe(true);
      expect(can(me, 'document.sign', { createdBy: 'someone-else' })).toBe(false);
      // SIMP (pilot dashboard): the ministry's figures for administrators and senior bailiffs only.
      expect(can(me, 'simplified.dashboard', undefined)).toBe(row.simplifiedDashboard);
    });
  }

  it('X-3: nobody signed in may do anything', () => {
    expect(can(null, 'calendar.read', undefined)).toBe(false);
    expect(can(null, 'messages.read', { devMode: true })).toBe(false);
    expect(can(null, 'simplified.dashboard', undefined)).toBe(false);
  });

  it('SIMP-1…SIMP-6 (pilot dashboard): only administrators and senior bailiffs read the ministry\'s figures', () => {
    const allowed = ROLES.filter((role) => can(subject(role), 'simplified.dashboard', undefined));
    expect(allowed).toEqual(['senior_bailiff', 'admin']);
    // A senior bailiff of no department still reads them: the figures are nationwide aggregates.
    expect(can(subject('senior_bailiff', null), 'simplified.dashboard', undefined)).toBe(true);
  });

  it('X-3: a senior bailiff without an organisation reads no colleague', () => {
    expect(can(subject('senior_bailiff', null), 'user.read', { userId: 'x', organisationId: null })).toBe(false);
  });
});
