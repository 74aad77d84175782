import type { Role, Subject } from './roles';

// authorization as data. Each action names the rule that allows it;
// routes call `can()` and never test roles themselves. A rule is pure: it
// sees the subject and the resource, nothing else.

type Rule<R> = (subject: Subject, resource: R) => boolean;

const anyOf = (...roles: Role[]): Rule<unknown> => (subject) => subject.roles.some((r) => roles.includes(r));
const signedIn: Rule<unknown> = () => true;
const either = <R>(...rules: Rule<R>[]): Rule<R> => (subject, resource) => rules.some((rule) => rule(subject, resource));

/** Resources, by action. `void` = the action is not about one object. */
export type PolicyResources = {
  /** Browse and filter the journal. */
  'journal.browse': void;
  /** Walk the hash chain (`oryndau journal verify`, admin page). */
  'journal.verify': void;
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
};

export type Action = keyof PolicyResources;

const isSelf: Rule<{ userId: string }> = (subject, resource) => subject.id === resource.userId;

const policies: { [A in Action]: Rule<PolicyResources[A]> } = {
  'journal.browse': anyOf('admin'),
  'journal.verify': anyOf('admin'),
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
};

export function can<A extends Action>(subject: Subject | null, action: A, resource: PolicyResources[A]): boolean {
  if (!subject) return false;
  return policies[action](subject, resource);
}
