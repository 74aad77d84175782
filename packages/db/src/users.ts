import type { OrganisationKind, Role } from '@oryndau/domain';
import type { Locale } from '@oryndau/kz';
import type { QueryResult, Row, Sql } from './database';

export type NewUser = {
  id: string;
  iin: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  organisationId: string | null;
  locale: 'kk' | 'ru';
  /** Null: an account opened with ЭЦП (FILE-3) signs in with ЭЦП only, until a password is set. */
  passwordHash: string | null;
  roles: readonly string[];
};

/** Inserts a user and their roles in the caller's transaction; a taken IIN fails with a unique violation (isUniqueViolation). */
export async function insertUser(tx: Sql, user: NewUser, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO users (id, iin, full_name, email, phone, organisation_id, locale, password_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [user.id, user.iin, user.fullName, user.email, user.phone, user.organisationId, user.locale, user.passwordHash, now.toISOString()]);
  for (const role of user.roles) await tx.query('INSERT INTO user_roles (user_id, role) VALUES ($1, $2)', [user.id, role]);
}

export async function userExists(sql: Sql, iin: string): Promise<boolean> {
  return (await sql.query('SELECT 1 FROM users WHERE iin = $1', [iin])).rows.length > 0;
}

/** PostgreSQL's unique_violation (23505), from either engine. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/** A user account as stored, with roles and organisation (the server's UserRecord). */
export type UserAccount = {
  id: string; iin: string; fullName: string; roles: Role[]; locale: Locale;
  organisation: { id: string; kind: OrganisationKind; name: { kk: string; ru: string }; regionId: string; timeZone: string } | null;
  passwordHash: string | null; failedLogins: number; lockedUntil: Date | null; disabled: boolean;
};

type UserRow = {
  id: string; iin: string; full_name: string; locale: Locale; password_hash: string | null; failed_logins: number;
  locked_until: Date | null; disabled: boolean; roles: Role[] | null;
  org_id: string | null; org_kind: OrganisationKind | null; org_name_kk: string | null; org_name_ru: string | null;
  org_region_id: string | null; org_time_zone: string | null;
};

const USER_COLUMNS = `u.id, u.iin, u.full_name, u.locale, u.password_hash, u.failed_logins, u.locked_until, u.disabled,
         (SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id) AS roles,
         o.id AS org_id, o.kind AS org_kind, o.name_kk AS org_name_kk, o.name_ru AS org_name_ru,
         o.region_id AS org_region_id, o.time_zone AS org_time_zone`;

function accountOf(row: UserRow): UserAccount {
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
 * FILE-3: the legal entity a session acts for, as the sign-in certificate said
 * (BIN, O=, first-head role); null for a person acting for themselves.
 */
export type SessionActingFor = { bin: string; organisationName: string; firstHead: boolean; roles: string[] };

/**
 * The user of a session token's hash, with the session's times and the
 * organisation it acts for, in ONE query: every API request runs it, so it
 * costs one round trip, not two.
 */
export type SessionUser = { user: UserAccount; lastSeenAt: Date; expiresAt: Date; actingFor: SessionActingFor | null };

type SessionUserRow = UserRow & { s_last_seen_at: Date | string; s_expires_at: Date | string; s_acting_bin: string | null;
  s_acting_organisation: string | null; s_acting_first_head: boolean; s_acting_roles: string[] | null };

/** The session's user and times by the token's hash (`$1`): one statement (also inlined by sessionGuardedSql). */
const SESSION_USER_SQL = `SELECT s.last_seen_at AS s_last_seen_at, s.expires_at AS s_expires_at, s.acting_bin AS s_acting_bin,
            s.acting_organisation AS s_acting_organisation, s.acting_first_head AS s_acting_first_head, s.acting_roles AS s_acting_roles,
            ${USER_COLUMNS}
       FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN organisations o ON o.id = u.organisation_id WHERE s.token_hash = $1`;

function sessionUserOf(row: SessionUserRow): SessionUser {
  const actingFor = row.s_acting_bin && row.s_acting_organisation !== null
    ? { bin: row.s_acting_bin, organisationName: row.s_acting_organisation, firstHead: row.s_acting_first_head, roles: row.s_acting_roles ?? [] }
    : null;
  return { user: accountOf(row), lastSeenAt: new Date(row.s_last_seen_at), expiresAt: new Date(row.s_expires_at), actingFor };
}

export async function findUserBySessionHash(sql: Sql, tokenHash: string): Promise<SessionUser | null> {
  const row = (await sql.query<SessionUserRow>(SESSION_USER_SQL, [tokenHash])).rows[0];
  return row ? sessionUserOf(row) : null;
}

/** The guarded form of each statement text, kept: the same text object each time, so the Maps keyed by it (the prepared statements' names) do not hash a fresh copy again. */
const guardedTexts = new Map<string, { params: number; text: string }>();
const GUARDED_TEXTS_MAX = 1000;
function guardedText(text: string, params: number): string {
  const known = guardedTexts.get(text);
  if (known && known.params === params) return known.text;
  const guarded = `SELECT q__x.*, (SELECT row_to_json(q__s) FROM (${SESSION_USER_SQL.replace('$1', `$${params + 1}`)}) q__s) AS q__session FROM (${text}) q__x`;
  if (guardedTexts.size < GUARDED_TEXTS_MAX) guardedTexts.set(text, { params, text: guarded });
  return guarded;
}

/**
 * Issue 18 item 5: a read that carries its own session check. The returned
 * `sql` sends its FIRST statement (a SELECT) with the session's row read in
 * the same statement and snapshot — `SELECT x.*, (session row as JSON) FROM
 * (statement) x` — so a page read by a request whose session this process
 * has already seen costs one round trip, like a bare query. `session()`
 * then gives what the database said of the session at that moment (null: no
 * such session); when the statement returned no row, or no statement was
 * sent, it reads the session on its own. The caller must compare it with the
 * user it read for, and discard the read when they differ.
 */
export function sessionGuardedSql(sql: Sql, tokenHash: string): { sql: Sql; session: () => Promise<SessionUser | null> } {
  let seen: { found: SessionUser | null } | null = null;
  let sent = false;
  const guarded: Sql = {
    async query<T extends Row = Row>(text: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      if (sent) return sql.query<T>(text, params);
      sent = true;
      const result = await sql.query<T & { q__session: SessionUserRow | null }>(guardedText(text, params.length), [...params, tokenHash]);
      const first = result.rows[0];
      if (first) seen = { found: first.q__session ? sessionUserOf(first.q__session) : null };
      for (const row of result.rows) delete (row as Partial<typeof row>).q__session;
      return result;
    },
    exec: (script) => sql.exec(script),
  };
  return {
    sql: guarded,
    session: async () => (seen ? seen.found : findUserBySessionHash(sql, tokenHash)),
  };
}

export async function findUserByIin(sql: Sql, iin: string): Promise<UserAccount | null> {
  const result = await sql.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.iin = $1`, [iin]);
  return result.rows[0] ? accountOf(result.rows[0]) : null;
}

export async function findUserById(sql: Sql, id: string): Promise<UserAccount | null> {
  const result = await sql.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`, [id]);
  return result.rows[0] ? accountOf(result.rows[0]) : null;
}

/** Where a user is told of their work (ISSUE-13 item 8/10: an act approved or returned): e-mail and language. */
export async function findUserContact(sql: Sql, id: string): Promise<{ fullName: string; email: string | null; locale: Locale } | null> {
  const result = await sql.query<{ full_name: string; email: string | null; locale: Locale }>(
    'SELECT full_name, email, locale FROM users WHERE id = $1', [id]);
  const row = result.rows[0];
  return row ? { fullName: row.full_name, email: row.email, locale: row.locale } : null;
}

// Sessions: the cookie holds a random token; the table holds its SHA-256 only.

export async function insertSession(
  tx: Sql, s: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date; ip: string; userAgent: string | null;
    actingFor?: SessionActingFor | null },
): Promise<void> {
  const acting = s.actingFor ?? null;
  await tx.query(
    `INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, ip, user_agent,
                           acting_bin, acting_organisation, acting_first_head, acting_roles)
     VALUES ($1, $2, $3, $4, $3, $5, $6, $7, $8, $9, $10)`,
    [s.tokenHash, s.userId, s.createdAt.toISOString(), s.expiresAt.toISOString(), s.ip, s.userAgent,
      acting?.bin ?? null, acting?.organisationName ?? null, acting?.firstHead ?? false, acting?.roles ?? []]);
}

export async function deleteSessionByHash(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function touchSession(sql: Sql, tokenHash: string, at: Date): Promise<void> {
  await sql.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, at.toISOString()]);
}

// Failed sign-ins per IIN — with or without an account (issue 11 item 8).

/** Until when the IIN is locked, or null (never locked, or no failures). */
export async function findLoginLock(sql: Sql, iin: string): Promise<Date | null> {
  const row = (await sql.query<{ locked_until: Date | null }>('SELECT locked_until FROM login_failures WHERE iin = $1', [iin])).rows[0];
  return row?.locked_until ? new Date(row.locked_until) : null;
}

/** Locks (creating it when missing) the IIN's failure counter for the rest of the transaction. */
export async function lockLoginFailures(tx: Sql, iin: string): Promise<{ failedLogins: number; lockedUntil: Date | null }> {
  await tx.query('INSERT INTO login_failures (iin) VALUES ($1) ON CONFLICT (iin) DO NOTHING', [iin]);
  const row = (await tx.query<{ failed_logins: number; locked_until: Date | null }>(
    'SELECT failed_logins, locked_until FROM login_failures WHERE iin = $1 FOR UPDATE', [iin])).rows[0];
  return { failedLogins: row?.failed_logins ?? 0, lockedUntil: row?.locked_until ? new Date(row.locked_until) : null };
}

export async function setLoginFailures(tx: Sql, iin: string, failedLogins: number, lockedUntil: Date | null): Promise<void> {
  await tx.query('UPDATE login_failures SET failed_logins = $2, locked_until = $3 WHERE iin = $1', [iin, failedLogins, lockedUntil?.toISOString() ?? null]);
}

export async function clearLoginFailures(tx: Sql, iin: string): Promise<void> {
  await tx.query('DELETE FROM login_failures WHERE iin = $1', [iin]);
}

/** Full names of the users with these IINs (the journal page names who acted). */
export async function fullNamesByIin(sql: Sql, iins: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (iins.length === 0) return names;
  const rows = await sql.query<{ iin: string; full_name: string }>('SELECT iin, full_name FROM users WHERE iin = ANY($1)', [[...iins]]);
  for (const row of rows.rows) names.set(row.iin, row.full_name);
  return names;
}
