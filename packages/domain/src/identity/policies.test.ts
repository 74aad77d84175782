import { describe, expect, it } from 'vitest';
import { ENFORCEMENT_QUEUES } from '../enforcement/queues';
import { can } from './policies';
import type { ActResource, ProceedingResource } from './policies';
import { QUEUES } from './queues';
import { ROLES } from './roles';
import type { OrganisationKind, Role, Subject } from './roles';

/** Where each role works in the demo data: bailiffs and seniors in region R1. */
const ORGANISATION_KIND: Record<Role, OrganisationKind | null> = {
  state_bailiff: 'enforcement_department', private_bailiff: 'chamber_of_private_bailiffs', senior_bailiff: 'enforcement_department',
  court_office: 'court', judge: 'court', court_secretary: 'court', court_chairman: 'court', licensing_officer: 'licensor', citizen: null,
  admin: 'system',
};

const subject = (role: Role, organisationId: string | null = 'org-a'): Subject => ({
  id: `user-${role}`, iin: '800101300006', roles: [role], organisationId,
  organisationKind: organisationId === null ? null : ORGANISATION_KIND[role], regionId: organisationId === null ? null : 'R1',
});

const colleague = { userId: 'someone-else', organisationId: 'org-a' };
const stranger = { userId: 'someone-else', organisationId: 'org-b' };

// What each role may do, as a table: one row per role, so adding a role
// without deciding its rights fails this test.
const expected: Record<Role, { admin: boolean; readsColleague: boolean; queues: string[]; simplifiedDashboard: boolean }> = {
  state_bailiff: { admin: false, readsColleague: false, queues: ['enforcement.notInitiated', 'enforcement.inExecution'], simplifiedDashboard: false },
  private_bailiff: { admin: false, readsColleague: false, queues: ['enforcement.incoming', 'enforcement.inExecution'], simplifiedDashboard: false },
  senior_bailiff: { admin: false, readsColleague: true, queues: ['enforcement.forApproval'], simplifiedDashboard: true },
  court_office: { admin: false, readsColleague: false, queues: ['courts.filingsToRegister', 'courts.enpApplications'], simplifiedDashboard: false },
  judge: { admin: false, readsColleague: false, queues: ['courts.actsToSign', 'courts.legalForceMarks'], simplifiedDashboard: false },
  court_secretary: { admin: false, readsColleague: false, queues: ['courts.writsToSign', 'courts.toArchive'], simplifiedDashboard: false },
  court_chairman: { admin: false, readsColleague: false, queues: ['courts.legalForceMarks'], simplifiedDashboard: false },
  licensing_officer: { admin: false, readsColleague: false, queues: ['licensing.applications'], simplifiedDashboard: false },
  citizen: { admin: false, readsColleague: false, queues: ['citizen.myCases', 'citizen.notifications', 'citizen.myProceedings'], simplifiedDashboard: false },
  admin: { admin: true, readsColleague: true, queues: ['admin.journal', 'admin.calendar'], simplifiedDashboard: true },
};

describe('X-3: declarative policies, per role', () => {
  for (const role of ROLES) {
    it(`X-3: ${role}`, () => {
      const me = subject(role);
      const row = expected[role];
      expect(can(me, 'journal.browse', undefined)).toBe(row.admin);
      expect(can(me, 'journal.verify', undefined)).toBe(row.admin);
      expect(can(me, 'journal.own_views', undefined)).toBe(true);
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

// Issue 11 item 9: every enforcement decision is a rule here. One row per role,
// one column per check; a new action or role without a decided answer fails.
const mine = (me: Subject): ProceedingResource => ({ regionKato: 'R1', bailiffId: me.id });
const colleagues: ProceedingResource = { regionKato: 'R1', bailiffId: 'someone-else' };
const foreign: ProceedingResource = { regionKato: 'R2', bailiffId: 'someone-else' };
const act = (proceeding: ProceedingResource, status: ActResource['status'], createdBy: string): ActResource => ({ proceeding, status, createdBy });

const CHECKS = {
  'enforcement.register': (me: Subject) => can(me, 'enforcement.register', undefined),
  'enforcement.templates.edit': (me: Subject) => can(me, 'enforcement.templates.edit', undefined),
  'enforcement.approvals.read': (me: Subject) => can(me, 'enforcement.approvals.read', undefined),
  'enforcement.proceedings.list own': (me: Subject) => can(me, 'enforcement.proceedings.list', { scope: 'own' }),
  'enforcement.proceedings.list region': (me: Subject) => can(me, 'enforcement.proceedings.list', { scope: 'region' }),
  'enforcement.proceedings.list all': (me: Subject) => can(me, 'enforcement.proceedings.list', { scope: 'all' }),
  'proceeding.read own': (me: Subject) => can(me, 'proceeding.read', mine(me)),
  'proceeding.read colleague\'s': (me: Subject) => can(me, 'proceeding.read', colleagues),
  'proceeding.read other region\'s': (me: Subject) => can(me, 'proceeding.read', foreign),
  'proceeding.act own': (me: Subject) => can(me, 'proceeding.act', mine(me)),
  'proceeding.act colleague\'s': (me: Subject) => can(me, 'proceeding.act', colleagues),
  'proceeding.reassign colleague\'s': (me: Subject) => can(me, 'proceeding.reassign', colleagues),
  'proceeding.reassign other region\'s': (me: Subject) => can(me, 'proceeding.reassign', foreign),
  'act.sign own draft': (me: Subject) => can(me, 'act.sign', act(mine(me), 'draft', me.id)),
  'act.sign colleague\'s draft': (me: Subject) => can(me, 'act.sign', act(colleagues, 'draft', 'someone-else')),
  'act.sign own awaiting approval': (me: Subject) => can(me, 'act.sign', act(colleagues, 'awaiting_approval', me.id)),
  'act.sign colleague\'s awaiting approval': (me: Subject) => can(me, 'act.sign', act(colleagues, 'awaiting_approval', 'someone-else')),
  'act.sign other region\'s awaiting approval': (me: Subject) => can(me, 'act.sign', act(foreign, 'awaiting_approval', 'someone-else')),
  'act.sign applied': (me: Subject) => can(me, 'act.sign', act(mine(me), 'applied', me.id)),
  'act.return colleague\'s': (me: Subject) => can(me, 'act.return', act(colleagues, 'awaiting_approval', 'someone-else')),
  'act.return other region\'s': (me: Subject) => can(me, 'act.return', act(foreign, 'awaiting_approval', 'someone-else')),
  'act.discard own draft': (me: Subject) => can(me, 'act.discard', act(mine(me), 'draft', me.id)),
  'act.discard colleague\'s draft': (me: Subject) => can(me, 'act.discard', act(colleagues, 'draft', 'someone-else')),
  'act.discard own signed': (me: Subject) => can(me, 'act.discard', act(mine(me), 'awaiting_approval', me.id)),
} as const;
type Check = keyof typeof CHECKS;

const BAILIFF: Check[] = ['enforcement.register', 'enforcement.proceedings.list own', 'proceeding.read own', 'proceeding.act own', 'act.sign own draft',
  'act.discard own draft'];
const ALLOWED: Record<Role, Check[]> = {
  state_bailiff: BAILIFF,
  private_bailiff: BAILIFF,
  senior_bailiff: ['enforcement.register', 'enforcement.approvals.read', 'enforcement.proceedings.list region', 'proceeding.read own',
    'proceeding.read colleague\'s', 'proceeding.reassign colleague\'s', 'act.sign colleague\'s awaiting approval', 'act.return colleague\'s'],
  court_office: [],
  judge: [],
  court_secretary: [],
  court_chairman: [],
  licensing_officer: [],
  citizen: [],
  admin: ['enforcement.register', 'enforcement.templates.edit', 'enforcement.proceedings.list all', 'proceeding.read own',
    'proceeding.read colleague\'s', 'proceeding.read other region\'s'],
};

const ENFORCEMENT_LISTS: Record<Role, string[]> = {
  state_bailiff: ['notInitiated', 'inExecution', 'suspended', 'ended', 'transferred', 'refused'],
  private_bailiff: ['incoming', 'inExecution', 'suspended', 'ended', 'transferred', 'refused'],
  senior_bailiff: ['notInitiated', 'inExecution', 'suspended', 'forApproval', 'ended', 'transferred', 'refused'],
  court_office: [], judge: [], court_secretary: [], court_chairman: [], licensing_officer: [], citizen: [],
  admin: ['notInitiated', 'inExecution', 'suspended', 'ended', 'transferred', 'refused'],
};

describe('issue 11 item 9 (X-3): enforcement decisions as policies, every role × every action', () => {
  for (const role of ROLES) {
    for (const check of Object.keys(CHECKS) as Check[]) {
      it(`issue 11 item 9: ${role} — ${check}`, () => {
        expect(CHECKS[check](subject(role))).toBe(ALLOWED[role].includes(check));
      });
    }
    it(`issue 11 item 9: ${role} — enforcement lists (ENF-2)`, () => {
      expect(ENFORCEMENT_QUEUES.filter((queue) => can(subject(role), 'enforcement.queue.read', { queue }))).toEqual(ENFORCEMENT_LISTS[role]);
    });
  }

  it('issue 11 item 9: a senior bailiff oversees a region only from an enforcement department with a region', () => {
    const senior = subject('senior_bailiff');
    expect(can(senior, 'proceeding.reassign', colleagues)).toBe(true);
    expect(can({ ...senior, organisationKind: 'court' }, 'proceeding.reassign', colleagues)).toBe(false);
    expect(can({ ...senior, regionId: null }, 'proceeding.read', colleagues)).toBe(false);
    expect(can({ ...senior, regionId: null }, 'enforcement.proceedings.list', { scope: 'region' })).toBe(false);
    expect(can(subject('senior_bailiff', null), 'act.sign', act(colleagues, 'awaiting_approval', 'someone-else'))).toBe(false);
  });

  it('issue 11 item 9: a bailiff who lost the proceeding (reassigned) no longer signs the draft they drew up', () => {
    const me = subject('private_bailiff');
    expect(can(me, 'act.sign', act(colleagues, 'draft', me.id))).toBe(false);
    expect(can(me, 'act.sign', act(mine(me), 'returned', me.id))).toBe(false);
    // ISSUE-13 item 8: nor discards it; and a discarded draft is signed by nobody.
    expect(can(me, 'act.discard', act(colleagues, 'draft', me.id))).toBe(false);
    expect(can(me, 'act.sign', act(mine(me), 'discarded', me.id))).toBe(false);
  });

  it('issue 11 item 9: nobody signed in may do any of it', () => {
    expect(can(null, 'proceeding.read', colleagues)).toBe(false);
    expect(can(null, 'enforcement.register', undefined)).toBe(false);
    expect(can(null, 'act.sign', act(colleagues, 'draft', 'x'))).toBe(false);
  });
});

describe('ISSUE-14 (FILE-2, FILE-8, FILE-9, FILE-11, FILE-12, X-3): the courts as policies, every role', () => {
  const court = 'org-a';
  // One row per role: a court's staff work only at their own court (org-a here).
  const expectedCourts: Record<Role, { file: boolean; readOthersFiling: boolean; incoming: boolean; register: boolean; caseRead: boolean; poa: boolean }> = {
    state_bailiff: { file: false, readOthersFiling: false, incoming: false, register: false, caseRead: false, poa: false },
    private_bailiff: { file: false, readOthersFiling: false, incoming: false, register: false, caseRead: false, poa: false },
    senior_bailiff: { file: false, readOthersFiling: false, incoming: false, register: false, caseRead: false, poa: false },
    court_office: { file: false, readOthersFiling: true, incoming: true, register: true, caseRead: true, poa: false },
    judge: { file: false, readOthersFiling: true, incoming: false, register: false, caseRead: true, poa: false },
    court_secretary: { file: false, readOthersFiling: true, incoming: false, register: false, caseRead: true, poa: false },
    court_chairman: { file: false, readOthersFiling: true, incoming: true, register: false, caseRead: true, poa: false },
    licensing_officer: { file: false, readOthersFiling: false, incoming: false, register: false, caseRead: false, poa: false },
    citizen: { file: true, readOthersFiling: false, incoming: false, register: false, caseRead: false, poa: true },
    admin: { file: false, readOthersFiling: false, incoming: false, register: false, caseRead: false, poa: false },
  };
  for (const role of ROLES) {
    it(`ISSUE-14 X-3: ${role}`, () => {
      const me = subject(role, role === 'citizen' ? null : court);
      const row = expectedCourts[role];
      const others = { applicantUserId: 'someone-else', courtId: court };
      expect(can(me, 'courts.file', undefined)).toBe(row.file);
      expect(can(me, 'courts.filing.read', { applicantUserId: me.id, courtId: court })).toBe(true);
      expect(can(me, 'courts.filing.edit', { applicantUserId: me.id, courtId: court })).toBe(true);
      expect(can(me, 'courts.filing.read', others)).toBe(row.readOthersFiling);
      expect(can(me, 'courts.filing.edit', others)).toBe(false);
      expect(can(me, 'courts.incoming.read', { courtId: court })).toBe(row.incoming);
      expect(can(me, 'courts.filing.register', { courtId: court })).toBe(row.register);
      expect(can(me, 'courts.filing.refuse', { courtId: court })).toBe(row.register);
      expect(can(me, 'courts.case.read', { courtId: court })).toBe(row.caseRead);
      // Another court's filings and cases: nobody.
      expect(can(me, 'courts.filing.read', { ...others, courtId: 'org-b' })).toBe(false);
      expect(can(me, 'courts.incoming.read', { courtId: 'org-b' })).toBe(false);
      expect(can(me, 'courts.case.read', { courtId: 'org-b' })).toBe(false);
      expect(can(me, 'courts.poa.manage', { principalUserId: me.id })).toBe(row.poa);
      expect(can(me, 'courts.poa.manage', { principalUserId: 'someone-else' })).toBe(false);
      // ISSUE-14 item 8, X-4: the cabinet's inbox is the citizen's, each notice its recipient's only.
      expect(can(me, 'cabinet.notifications.list', undefined)).toBe(row.file);
      expect(can(me, 'cabinet.notification.read', { recipientUserId: me.id })).toBe(row.file);
      expect(can(me, 'cabinet.notification.read', { recipientUserId: 'someone-else' })).toBe(false);
    });
  }

  it('ISSUE-14 item 10 (FILE-8): a citizen reads a filing made for them — as the principal by IIN, or for the legal entity they act for by BIN', () => {
    const me = subject('citizen', null);
    const trusteeFiling = { applicantUserId: 'trustee', courtId: court, principalIinBin: me.iin };
    expect(can(me, 'courts.filing.read', trusteeFiling)).toBe(true);
    expect(can(me, 'courts.filing.edit', trusteeFiling)).toBe(false);
    expect(can(me, 'courts.filing.read', { ...trusteeFiling, principalIinBin: '900101300001' })).toBe(false);
    const entityFiling = { applicantUserId: 'colleague', courtId: court, legalEntityBin: '210540011204' };
    expect(can(me, 'courts.filing.read', entityFiling)).toBe(false);
    expect(can({ ...me, representing: { bin: '210540011204', firstHead: false } }, 'courts.filing.read', entityFiling)).toBe(true);
    expect(can({ ...me, representing: { bin: '210540011204', firstHead: false } }, 'courts.filing.read', { ...entityFiling, legalEntityBin: null })).toBe(false);
    // Not a citizen (a bailiff with the same IIN): no.
    expect(can(subject('state_bailiff'), 'courts.filing.read', { ...trusteeFiling, courtId: 'org-b' })).toBe(false);
  });
});
