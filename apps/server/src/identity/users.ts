import type { SessionActingFor, UserAccount } from '@oryndau/db';
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
  /**
   * FILE-3: the legal entity this session acts for (signed in with its
   * certificate: BIN, name, first head or not); null when the person acts
   * for themselves (any password sign-in, an individual's certificate).
   */
  representing: RepresentingView | null;
};

export type RepresentingView = { bin: string; organisationName: string; firstHead: boolean };

/** A user account as stored (packages/db `UserAccount`): the view plus what sign-in needs. */
export type UserRecord = UserAccount;

export { findUserById, findUserByIin, findUserBySessionHash } from '@oryndau/db';

/** The user as the API shows them; `actingFor` is the session's (null outside a session signed in with a legal entity's certificate). */
export function toView(user: UserRecord, actingFor: SessionActingFor | null = null): UserView {
  const { id, iin, fullName, roles, locale, organisation } = user;
  const representing = actingFor ? { bin: actingFor.bin, organisationName: actingFor.organisationName, firstHead: actingFor.firstHead } : null;
  return { id, iin, fullName, roles, locale, organisation, representing };
}

export function toSubject(user: UserView): Subject {
  // Everything a policy needs, so that no rule ever queries (issue 11 item 9).
  return { id: user.id, iin: user.iin, roles: user.roles, organisationId: user.organisation?.id ?? null,
    organisationKind: user.organisation?.kind ?? null, regionId: user.organisation?.regionId || null,
    representing: user.representing ? { bin: user.representing.bin, firstHead: user.representing.firstHead } : null };
}
