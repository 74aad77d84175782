import type { UserAccount } from '@oryndau/db';
import type { Locale } from '@oryndau/kz';
import type { OrganisationKind, Role, Subject } from '@oryndau/domain';

export type OrganisationView = {
  id: string;
  kind: OrganisationKind;
  name: { kk: string; ru: string };
  regionId: string;
  timeZone: string;
};

/** The user as the API shows them (docs/api.md `User`). */
export type UserView = {
  id: string;
  iin: string;
  fullName: string;
  roles: Role[];
  locale: Locale;
  organisation: OrganisationView | null;
};

/** A user account as stored (packages/db `UserAccount`): the view plus what sign-in needs. */
export type UserRecord = UserAccount;

export { findUserById, findUserByIin, findUserBySessionHash } from '@oryndau/db';

export function toView(user: UserRecord): UserView {
  const { id, iin, fullName, roles, locale, organisation } = user;
  return { id, iin, fullName, roles, locale, organisation };
}

export function toSubject(user: UserView): Subject {
  // Everything a policy needs, so that no rule ever queries (issue 11 item 9).
  return { id: user.id, iin: user.iin, roles: user.roles, organisationId: user.organisation?.id ?? null,
    organisationKind: user.organisation?.kind ?? null, regionId: user.organisation?.regionId || null };
}
