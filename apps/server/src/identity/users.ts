import type { Sql } from '@oryndau/db';
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

export type UserRecord = UserView & {
  passwordHash: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
  disabled: boolean;
};

type UserRow = {
  id: string; iin: string; full_name: string; locale: Locale; password_hash: string | null; failed_logins: number;
  locked_until: Date | null; disabled: boolean; roles: Role[] | null;
  org_id: string | null; org_kind: OrganisationKind | null; org_name_kk: string | null; org_name_ru: string | null;
  org_region_id: string | null; org_time_zone: string | null;
};

const SELECT_USER = `
  SELECT u.id, u.iin, u.full_name, u.locale, u.password_hash, u.failed_logins, u.locked_until, u.disabled,
         (SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id) AS roles,
         o.id AS org_id, o.kind AS org_kind, o.name_kk AS org_name_kk, o.name_ru AS org_name_ru,
         o.region_id AS org_region_id, o.time_zone AS org_time_zone
    FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id`;

function fromRow(row: UserRow): UserRecord {
  return {
    id: row.id,
    iin: row.iin,
    fullName: row.full_name,
    roles: row.roles ?? [],
    locale: row.locale,
    organisation: row.org_id && row.org_kind
      ? { id: row.org_id, kind: row.org_kind, name: { kk: row.org_name_kk ?? '', ru: row.org_name_ru ?? '' },
          regionId: row.org_region_id ?? '', timeZone: row.org_time_zone ?? 'Asia/Almaty' }
      : null,
    passwordHash: row.password_hash,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
    disabled: row.disabled,
  };
}

/**
 * The user of a session token's hash, with the session's times, in ONE
 * query: every API request runs it, so it costs one round trip, not two.
 */
export async function findUserBySessionHash(sql: Sql, tokenHash: string)
  : Promise<{ user: UserRecord; lastSeenAt: Date; expiresAt: Date } | null> {
  const result = await sql.query<UserRow & { s_last_seen_at: Date; s_expires_at: Date }>(
    `${SELECT_USER.replace('FROM users u', 'FROM sessions s JOIN users u ON u.id = s.user_id')
      .replace('SELECT u.id,', 'SELECT s.last_seen_at AS s_last_seen_at, s.expires_at AS s_expires_at, u.id,')} WHERE s.token_hash = $1`,
    [tokenHash]);
  const row = result.rows[0];
  return row ? { user: fromRow(row), lastSeenAt: new Date(row.s_last_seen_at), expiresAt: new Date(row.s_expires_at) } : null;
}

export async function findUserByIin(sql: Sql, iin: string): Promise<UserRecord | null> {
  const result = await sql.query<UserRow>(`${SELECT_USER} WHERE u.iin = $1`, [iin]);
  return result.rows[0] ? fromRow(result.rows[0]) : null;
}

export async function findUserById(sql: Sql, id: string): Promise<UserRecord | null> {
  const result = await sql.query<UserRow>(`${SELECT_USER} WHERE u.id = $1`, [id]);
  return result.rows[0] ? fromRow(result.rows[0]) : null;
}

export function toView(user: UserRecord): UserView {
  const { id, iin, fullName, roles, locale, organisation } = user;
  return { id, iin, fullName, roles, locale, organisation };
}

export function toSubject(user: UserView): Subject {
  // Everything a policy needs, so that no rule ever queries (issue 11 item 9).
  return { id: user.id, iin: user.iin, roles: user.roles, organisationId: user.organisation?.id ?? null,
    organisationKind: user.organisation?.kind ?? null, regionId: user.organisation?.regionId || null };
}
