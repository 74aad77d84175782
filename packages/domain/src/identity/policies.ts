import type { ActStatus, EnforcementQueue } from '../enforcement/queues';
import type { Role, Subject } from './roles';

// authorization as data. Each action names the rule that allows it;
// routes call `can()` and never test roles themselves. A rule is pure: it
// sees the subject and the resource, nothing else.

type Rule<R> = (subject: Subject, resource: R) => boolean;

const anyOf = (...roles: Role[]): Rule<unknown> => (subject) => subject.roles.some((r) => roles.includes(r));
const signedIn: Rule<unknown> = () => true;
const either = <R>(...rules: Rule<R>[]): Rule<R> => (subject, resource) => rules.some((rule) => rule(subject, resource));

/** A proceeding as the rules see it: its own row's fields, nothing looked up (ENF-*). */
export type ProceedingResource = { regionKato: string; bailiffId: string | null };

/** A resolution on a proceeding (ENF-3…ENF-9). */
export type ActResource = { proceeding: ProceedingResource; status: ActStatus; createdBy: string };

/** Whose proceedings a list may show: one's own, a region's, or all of them. */
/** A filing to a court (FILE-2…FILE-13): who filed it and where it went. */
export type FilingResource = {
  applicantUserId: string; courtId: string;
  /** On whose behalf it was filed (a trustee's principal, IIN or BIN), and the legal entity's BIN when an entity is the applicant. */
  principalIinBin?: string | null; legalEntityBin?: string | null;
};
/** A court's own work: its incoming filings, its cases (FILE-11, FILE-12). */
export type CourtResource = { courtId: string };

/** FILE-16: a writ of execution to sign — its court, the judge and the secretary it names, and which document (§52). */
export type WritSignResource = { courtId: string; judgeUserId: string; secretaryUserId: string; part: 'card' | 'act_copy' };
/** FILE-16: a case's writs — its court, and the IIN/BINs of the case's participants (who may follow its status). */
export type WritReadResource = { courtId: string; participantIinBins: readonly string[] };
/** Issue 15 (FILE-14, FILE-15): a case's court and its current judges (case_judges not released). */
export type CaseBenchResource = { courtId: string; caseJudgeIds: readonly string[] };
/** A court act as the rules see it: its case's court and judges, whether it is published, and who takes part in the case. */
export type CourtActResource = CaseBenchResource & {
  published: boolean;
  /** IIN/BINs of the case's participants, and the users who filed into the case (§47: they receive the act in the cabinet). */
  participantIinBins: readonly string[]; applicantUserIds: readonly string[];
};
/**
 * FILE-17: an archived (or archiving) case as the archive's rules see it — its
 * court, its current judges, and the IIN/BINs of its participants.
 */
export type ArchiveCaseResource = { courtId: string; judgeUserIds: readonly string[]; participantIinBins: readonly string[] };

export type ProceedingScope = 'own' | 'region' | 'all';

/** Resources, by action. `void` = the action is not about one object. */
export type PolicyResources = {
  /** Browse and filter the journal. */
  'journal.browse': void;
  /** Walk the hash chain (`oryndau journal verify`, admin page). */
  'journal.verify': void;
  /** ENP-11: see who read or changed one's own personal data (the journal entries that name one as the person concerned). */
  'journal.own_views': void;
  /** Read the working-day calendar. */
  'calendar.read': void;
  /** Mark a day a holiday or a working day (DOMAIN.md: amendable data). */
  'calendar.amend': void;
  /** See another user's profile (personal data: the view is journalled). */
  'user.read': { userId: string; organisationId: string | null };
  /** Change one's own settings, e.g. the interface language. */
  'profile.update': { userId: string };
  /** Read the outgoing SMS/e-mail log: administrators; everyone in dev mode. */
  'messages.read': { devMode: boolean };
  /** Read a work queue on the home page. */
  'queue.read': { requiredRoles: readonly Role[] };
  /** Sign a document the user drew up (workspaces add their own rules). */
  'document.sign': { createdBy: string | null };
  /** SIMP: the ministry's pilot dashboard of simplified proceedings (aggregate figures, no personal data). */
  'simplified.dashboard': void;
  /** ENF-1: register an executive document entered by hand. */
  'enforcement.register': void;
  /** ENF-6: publish a new version of a resolution template. */
  'enforcement.templates.edit': void;
  /** ENF-2: see one of the enforcement lists. */
  'enforcement.queue.read': { queue: EnforcementQueue };
  /** ENF-2: list proceedings within a scope. */
  'enforcement.proceedings.list': { scope: ProceedingScope };
  /** ENF-9: the senior's «Входящие/Уведомления» (acts waiting for approval). */
  'enforcement.approvals.read': void;
  /** ENF-10: open a proceeding's card and its documents. */
  'proceeding.read': ProceedingResource;
  /** ENF-3…ENF-8, ENF-10: draw up resolutions, correct the card, send requests — the assigned bailiff's work. */
  'proceeding.act': ProceedingResource;
  /** ENF-12: reassign a proceeding to another bailiff with a written reason. */
  'proceeding.reassign': ProceedingResource;
  /** SIG-1, ENF-9: sign a resolution — its author while a draft, a senior of the region while awaiting approval. */
  'act.sign': ActResource;
  /** ENF-9: return a resolution awaiting approval to its author. */
  'act.return': ActResource;
  /** ISSUE-13 item 8: throw away an unsigned draft — its author, while assigned to the proceeding. */
  'act.discard': ActResource;
  /** FILE-2: file to a court through the cabinet (a citizen or a legal entity's representative). */
  'courts.file': void;
  /** FILE-8: read a filing — its applicant, or the staff of the court it went to. */
  'courts.filing.read': FilingResource;
  /** FILE-2, FILE-6: edit, pay for, sign and send one's own filing; add documents to it later. */
  'courts.filing.edit': FilingResource;
  /** FILE-11: the court office's incoming queue of its own court. */
  'courts.incoming.read': CourtResource;
  /** FILE-11: register a filing into a case and distribute it to a judge, at one's own court. */
  'courts.filing.register': CourtResource;
  /** FILE-12: refuse to register, on a ground of §37, at one's own court. */
  'courts.filing.refuse': CourtResource;
  /** The court's cases, read by the staff of that court. */
  'courts.case.read': CourtResource;
  /** Issue 15 «course of the case»: accept, schedule/hold a hearing, suspend, resume, return, end a case — a current judge of that case (not the chairman: they reassign). */
  'courts.case.move': CaseBenchResource;
  /** FILE-9, SIG-8: issue, sign and revoke one's own powers of attorney. */
  'courts.poa.manage': { principalUserId: string };
  /** FILE-16, §52–56: prepare the writ of execution of a case of one's own court — the court secretary. */
  'courts.writ.prepare': CourtResource;
  /** FILE-16, §52: sign the writ — the judge and the secretary it names sign the card, the judge the act's copy. */
  'courts.writ.sign': WritSignResource;
  /** FILE-16, §57–58: read a case's writs and their statuses — the court's staff, and the case's participants. */
  'courts.writ.read': WritReadResource;
  /** FILE-14: draw up, edit (a draft), upload and correct an act of a case — a current judge of that case. */
  'courts.act.draft': CaseBenchResource;
  /** FILE-14, SIG-1: sign an act of a case — each current judge of that case (a panel: all of them). */
  'courts.act.sign': CaseBenchResource;
  /** FILE-14, §47: read and download an act — the staff of its court; the participants once it is published. */
  'courts.act.read': CourtActResource;
  /** FILE-15, SIG-6, §51: sign the legal-force mark — a current judge of the case, or the court's chairman when the judge is absent. */
  'courts.act.markLegalForce': CaseBenchResource & { asChairman: boolean };
  /** FILE-17, §62: the «to archive» queue and preparing a case's inventory — the court secretary of that court. */
  'courts.archive.prepare': CourtResource;
  /** FILE-17, §62: sign the inventory (and so archive the case) — a current judge of the case, at its court. */
  'courts.archive.sign': ArchiveCaseResource;
  /** FILE-17, §61 p.2: read, download, re-verify, print or export an archived case — its participants and that court's staff. */
  'courts.archive.read': ArchiveCaseResource;
  /** FILE-17: an old scanned case from the archive system (ЭАСД) — the staff of the court named in its record. */
  'courts.archive.legacy': CourtResource;
  /** ISSUE-14 item 8, X-4: the cabinet's notification inbox («Хабарламалар» / «Уведомления») — a cabinet user's own notices. */
  'cabinet.notifications.list': void;
  /** ISSUE-14 item 8, X-4: read one notice and mark it read — its recipient only. */
  'cabinet.notification.read': { recipientUserId: string };
  /** ENP-1, ENP-2: enter a participant's application and issue (or re-issue) the ЭНП password and card — the office specialist or the secretary of the case's court. */
  'enp.access.issue': CourtResource;
  /** ENP-1: list a case's ЭНП accesses (never their hashes) — that court's staff. */
  'enp.access.list': CourtResource;
  /** ENP-5: block a document of the case from the portal, or open it again, with a reason — that court's staff. */
  'enp.document.block': CourtResource;
  /** ENP-11: the case's access history (who by IIN and category, what, when, from where) — that court's staff. */
  'enp.history.read': CourtResource;
  /** ENP-6: read the visibility matrix with its legal bases — administrators and court staff. */
  'enp.matrix.read': void;
  /** ENP-6: save a new version of the visibility matrix — administrators only. */
  'enp.matrix.edit': void;
  /** ENP-7: apply online for a ЭНП password, signed with one's own ЭЦП; read one's own applications — a cabinet user (citizen). */
  'enp.application.apply': { applicantUserId: string } | null;
  /** ENP-9: the court's queue of online applications (counter, list, one application with its attachments) — that court's staff. */
  'enp.application.list': CourtResource;
  /** ENP-9: approve (issue the password by e-mail) or refuse with a reason — the office specialist or the secretary of that court. */
  'enp.application.decide': CourtResource;
  /** LIC-2: apply for a private bailiff's licence through the portal (a new one: null), pay, sign — a citizen, their own only. */
  'licensing.apply': { applicantUserId: string } | null;
  /** LIC-4, LIC-7: read one application (with its attachments, result PDF) — its applicant, the licensor's staff, administrators. */
  'licensing.application.read': { applicantUserId: string | null };
  /** LIC-3: enter an application for an applicant at the licensor's office (ГБД ФЛ lookup, paper documents scanned). */
  'licensing.application.enter': void;
  /** Seed 004 §6 condition 4: review, issue, refuse, return for correction; sign the electronic licence — the licensor's officer. */
  'licensing.application.decide': void;
  /** LIC-4, LIC-5: the licensor's queue of applications and the overdue flags — the licensor's staff and administrators. */
  'licensing.queue.read': void;
  /** LIC-8: search and export the register — the licensor's staff and administrators. */
  'licensing.register.read': void;
  /** LIC-8: suspend, resume, terminate a licence (signed acts with a ground) — the licensor's officer. */
  'licensing.register.act': void;
  /** LIC-6: the survey dashboard — the licensor's staff and administrators. */
  'licensing.dashboard': void;
  /** LIC-8, ENF-12: a suspended/terminated private bailiff's open proceedings to reassign — the senior bailiff of the region, administrators. */
  'licensing.bailiff_proceedings': { regionKato: string };
};

export type Action = keyof PolicyResources;

const isSelf: Rule<{ userId: string }> = (subject, resource) => subject.id === resource.userId;

const isBailiff = anyOf('state_bailiff', 'private_bailiff');

/** ENF-9, ENF-12: a senior bailiff oversees the region of their own enforcement department. */
const seniorOfRegion: Rule<{ regionKato: string }> = (subject, resource) => subject.roles.includes('senior_bailiff')
  && subject.organisationKind === 'enforcement_department' && subject.regionId !== null && subject.regionId === resource.regionKato;

const assignedBailiff: Rule<ProceedingResource> = (subject, resource) => isBailiff(subject, resource) && resource.bailiffId === subject.id;

/** ENF-2: which lists each role works from. */
const QUEUE_ROLES: { readonly [Q in EnforcementQueue]: readonly Role[] } = {
  incoming: ['private_bailiff'],
  notInitiated: ['state_bailiff', 'senior_bailiff', 'admin'],
  inExecution: ['state_bailiff', 'private_bailiff', 'senior_bailiff', 'admin'],
  suspended: ['state_bailiff', 'private_bailiff', 'senior_bailiff', 'admin'],
  forApproval: ['senior_bailiff'],
  ended: ['state_bailiff', 'private_bailiff', 'senior_bailiff', 'admin'],
  transferred: ['state_bailiff', 'private_bailiff', 'senior_bailiff', 'admin'],
  refused: ['state_bailiff', 'private_bailiff', 'senior_bailiff', 'admin'],
};

const SCOPE_RULES: { readonly [S in ProceedingScope]: Rule<void> } = {
  own: isBailiff,
  region: (subject) => subject.roles.includes('senior_bailiff') && subject.organisationKind === 'enforcement_department' && subject.regionId !== null,
  all: anyOf('admin'),
};

const courtStaff = anyOf('court_office', 'judge', 'court_secretary', 'court_chairman');
/** Staff of this very court: a court's office never sees another court's filings. */
const ofCourt = (rule: Rule<unknown>): Rule<CourtResource> => (subject, resource) =>
  rule(subject, resource) && subject.organisationKind === 'court' && subject.organisationId === resource.courtId;
/** A judge of this court who is a current judge of the case. */
const judgeOfCase: Rule<CaseBenchResource> = (subject, resource) => ofCourt(anyOf('judge'))(subject, resource)
  && resource.caseJudgeIds.includes(subject.id);
/** §47: a participant of the case (by IIN, the BIN one represents, or as who filed into it) reads its published acts. */
const participantOfCase: Rule<CourtActResource> = (subject, resource) => subject.roles.includes('citizen') && resource.published && (
  resource.participantIinBins.includes(subject.iin) || resource.applicantUserIds.includes(subject.id)
  || (subject.representing != null && resource.participantIinBins.includes(subject.representing.bin)));
/** FILE-17: a participant of the case — by the person's IIN or the legal entity they act for in this session. */
const caseParticipant: Rule<ArchiveCaseResource> = (subject, resource) => subject.roles.includes('citizen') && (
  resource.participantIinBins.includes(subject.iin) || (subject.representing != null && resource.participantIinBins.includes(subject.representing.bin)));
const judgeOfArchivedCase: Rule<ArchiveCaseResource> = (subject, resource) => resource.judgeUserIds.includes(subject.id);
const ownFiling: Rule<FilingResource> = (subject, resource) => subject.id === resource.applicantUserId;
/** FILE-8: a filing made for one — the principal by IIN, or the legal entity one acts for in this session (by its BIN). */
const filedForMe: Rule<FilingResource> = (subject, resource) => subject.roles.includes('citizen') && (
  (resource.principalIinBin != null && resource.principalIinBin === subject.iin)
  || (subject.representing != null && [resource.principalIinBin, resource.legalEntityBin].includes(subject.representing.bin)));

/** LIC-7: the licensor's own staff — a licensing officer of the licensor organisation. */
const licensorStaff: Rule<unknown> = (subject) => subject.roles.includes('licensing_officer') && subject.organisationKind === 'licensor';

const policies: { [A in Action]: Rule<PolicyResources[A]> } = {
  'journal.browse': anyOf('admin'),
  'journal.verify': anyOf('admin'),
  'journal.own_views': signedIn,
  'calendar.read': signedIn,
  'calendar.amend': anyOf('admin'),
  'user.read': either<PolicyResources['user.read']>(
    isSelf,
    anyOf('admin'),
    // A senior bailiff oversees the bailiffs of their own department.
    (subject, resource) => subject.roles.includes('senior_bailiff')
      && subject.organisationId !== null && subject.organisationId === resource.organisationId,
  ),
  'profile.update': isSelf,
  'messages.read': (subject, resource) => resource.devMode || subject.roles.includes('admin'),
  'queue.read': (subject, resource) => resource.requiredRoles.some((role) => subject.roles.includes(role)),
  'document.sign': (subject, resource) => resource.createdBy === subject.id,
  'simplified.dashboard': anyOf('admin', 'senior_bailiff'),
  'enforcement.register': anyOf('state_bailiff', 'private_bailiff', 'senior_bailiff', 'admin'),
  'enforcement.templates.edit': anyOf('admin'),
  'enforcement.queue.read': (subject, resource) => QUEUE_ROLES[resource.queue].some((role) => subject.roles.includes(role)),
  'enforcement.proceedings.list': (subject, resource) => SCOPE_RULES[resource.scope](subject, undefined),
  'enforcement.approvals.read': anyOf('senior_bailiff'),
  'proceeding.read': either<ProceedingResource>(
    assignedBailiff,
    anyOf('admin'),
    seniorOfRegion,
  ),
  'proceeding.act': assignedBailiff,
  'proceeding.reassign': seniorOfRegion,
  'act.sign': (subject, act) => {
    switch (act.status) {
      case 'draft': return act.createdBy === subject.id && assignedBailiff(subject, act.proceeding);
      // The one who drew it up never approves it.
      case 'awaiting_approval': return act.createdBy !== subject.id && seniorOfRegion(subject, act.proceeding);
      case 'applied': case 'returned': case 'rejected': case 'discarded': return false;
    }
  },
  'act.return': (subject, act) => seniorOfRegion(subject, act.proceeding),
  'courts.file': anyOf('citizen'),
  'courts.filing.read': either<FilingResource>(ownFiling, filedForMe, ofCourt(courtStaff)),
  'courts.filing.edit': ownFiling,
  'courts.incoming.read': ofCourt(anyOf('court_office', 'court_chairman')),
  'courts.filing.register': ofCourt(anyOf('court_office')),
  'courts.filing.refuse': ofCourt(anyOf('court_office')),
  'courts.case.read': ofCourt(courtStaff),
  'courts.case.move': judgeOfCase,
  'courts.poa.manage': (subject, resource) => subject.roles.includes('citizen') && subject.id === resource.principalUserId,
  'courts.writ.prepare': ofCourt(anyOf('court_secretary')),
  'courts.writ.sign': (subject, writ) => ofCourt(courtStaff)(subject, writ) && (
    (subject.roles.includes('judge') && subject.id === writ.judgeUserId)
    || (writ.part === 'card' && subject.roles.includes('court_secretary') && subject.id === writ.secretaryUserId)),
  'courts.writ.read': either<WritReadResource>(ofCourt(courtStaff), (subject, writ) => subject.roles.includes('citizen') && (
    writ.participantIinBins.includes(subject.iin)
    || (subject.representing != null && writ.participantIinBins.includes(subject.representing.bin)))),
  'courts.act.draft': judgeOfCase,
  'courts.act.sign': judgeOfCase,
  'courts.act.read': either<CourtActResource>(ofCourt(courtStaff), participantOfCase),
  'courts.act.markLegalForce': (subject, resource) => (resource.asChairman
    ? ofCourt(anyOf('court_chairman'))(subject, resource) : judgeOfCase(subject, resource)),
  'courts.archive.prepare': ofCourt(anyOf('court_secretary')),
  'courts.archive.sign': (subject, resource) => ofCourt(anyOf('judge'))(subject, resource) && judgeOfArchivedCase(subject, resource),
  'courts.archive.read': either<ArchiveCaseResource>(ofCourt(courtStaff), caseParticipant),
  'courts.archive.legacy': ofCourt(courtStaff),
  'enp.access.issue': ofCourt(anyOf('court_office', 'court_secretary')),
  'enp.access.list': ofCourt(courtStaff),
  'enp.document.block': ofCourt(courtStaff),
  'enp.history.read': ofCourt(courtStaff),
  'enp.matrix.read': either<void>(anyOf('admin'), courtStaff),
  'enp.matrix.edit': anyOf('admin'),
  // A new application (null) by any citizen; an existing one by its applicant only.
  'enp.application.apply': (subject, resource) => subject.roles.includes('citizen') && (resource === null || resource.applicantUserId === subject.id),
  'enp.application.list': ofCourt(courtStaff),
  'enp.application.decide': ofCourt(anyOf('court_office', 'court_secretary')),
  'licensing.apply': (subject, resource) => subject.roles.includes('citizen') && (resource === null || resource.applicantUserId === subject.id),
  'licensing.application.read': either<PolicyResources['licensing.application.read']>(
    (subject, resource) => subject.roles.includes('citizen') && resource.applicantUserId === subject.id, licensorStaff, anyOf('admin')),
  'licensing.application.enter': licensorStaff,
  'licensing.application.decide': licensorStaff,
  'licensing.queue.read': either<void>(licensorStaff, anyOf('admin')),
  'licensing.register.read': either<void>(licensorStaff, anyOf('admin')),
  'licensing.register.act': licensorStaff,
  'licensing.dashboard': either<void>(licensorStaff, anyOf('admin')),
  'licensing.bailiff_proceedings': either<{ regionKato: string }>(seniorOfRegion, anyOf('admin')),
  'cabinet.notifications.list': anyOf('citizen'),
  'cabinet.notification.read': (subject, resource) => subject.roles.includes('citizen') && subject.id === resource.recipientUserId,
  'act.discard': (subject, act) => act.status === 'draft' && act.createdBy === subject.id && assignedBailiff(subject, act.proceeding),
};

export function can<A extends Action>(subject: Subject | null, action: A, resource: PolicyResources[A]): boolean {
  if (!subject) return false;
  return policies[action](subject, resource);
}
