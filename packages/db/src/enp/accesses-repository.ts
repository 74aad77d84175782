import type { Sql } from '../database';
import type { ParticipantCategory } from '../courts/codes';
import { instantOrNull, isUuid } from '../courts/codes';

// ЭНП accesses (issue 16, ENP-1, ENP-3): one participant of one case, its
// password's slow hash and keyed lookup key, and the portal's sessions.
// Lock order: court_cases → enp_accesses → enp_sessions → journal.

export type EnpChannel = 'office' | 'online';

export type EnpAccessRecord = {
  /** The court case — or, for an old case of the archive system ЭАСД (ENP-10), null and easdArchiveId set: exactly one of the two. */
  id: string; caseId: string | null; easdArchiveId: string | null; iin: string; fullName: string; category: ParticipantCategory; appliedOn: string; email: string;
  representedEntity: { bin: string; name: string } | null; passwordHash: string; channel: EnpChannel;
  issuedBy: string | null; issuedByName: string | null; issuedAt: Date; replacedAt: Date | null;
};

type AccessRow = {
  id: string; case_id: string | null; easd_archive_id: string | null; iin: string; full_name: string; category: ParticipantCategory; applied_on: string; email: string;
  represented_bin: string | null; represented_name: string | null; password_hash: string; channel: EnpChannel; issued_by: string | null;
  issued_by_name: string | null; issued_at: Date | string; replaced_at: Date | string | null;
};

const COLUMNS = `a.id, a.case_id, a.easd_archive_id, a.iin, a.full_name, a.category, a.applied_on::text AS applied_on, a.email, a.represented_bin,
  a.represented_name, a.password_hash, a.channel, a.issued_by, u.full_name AS issued_by_name, a.issued_at, a.replaced_at`;
const FROM = 'enp_accesses a LEFT JOIN users u ON u.id = a.issued_by';

const accessOf = (r: AccessRow): EnpAccessRecord => ({
  id: r.id, caseId: r.case_id, easdArchiveId: r.easd_archive_id, iin: r.iin, fullName: r.full_name, category: r.category, appliedOn: r.applied_on, email: r.email,
  representedEntity: r.represented_bin !== null && r.represented_name !== null ? { bin: r.represented_bin, name: r.represented_name } : null,
  passwordHash: r.password_hash, channel: r.channel, issuedBy: r.issued_by, issuedByName: r.issued_by_name, issuedAt: new Date(r.issued_at),
  replacedAt: instantOrNull(r.replaced_at),
});

export type NewEnpAccess = Omit<EnpAccessRecord, 'replacedAt' | 'issuedByName'> & { lookupKey: string };

/**
 * Replaces the live access of this person and case, if any (its sessions
 * end with it), then inserts the new one. The caller holds the case's row
 * lock, so two re-issues of one access run one after the other.
 * Returns whether an earlier password was replaced.
 */
export async function replaceEnpAccess(tx: Sql, a: NewEnpAccess): Promise<boolean> {
  const old = await tx.query<{ id: string }>(a.caseId !== null
    ? 'UPDATE enp_accesses SET replaced_at = $3 WHERE case_id = $1 AND iin = $2 AND replaced_at IS NULL RETURNING id'
    : 'UPDATE enp_accesses SET replaced_at = $3 WHERE easd_archive_id = $1 AND iin = $2 AND replaced_at IS NULL RETURNING id',
  [a.caseId ?? a.easdArchiveId, a.iin, a.issuedAt.toISOString()]);
  for (const row of old.rows) await tx.query('DELETE FROM enp_sessions WHERE access_id = $1', [row.id]);
  await tx.query(
    `INSERT INTO enp_accesses (id, case_id, iin, full_name, category, applied_on, email, represented_bin, represented_name, password_hash,
       lookup_key, channel, issued_by, issued_at, easd_archive_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [a.id, a.caseId, a.iin, a.fullName, a.category, a.appliedOn, a.email, a.representedEntity?.bin ?? null, a.representedEntity?.name ?? null,
      a.passwordHash, a.lookupKey, a.channel, a.issuedBy, a.issuedAt.toISOString(), a.easdArchiveId]);
  return old.rows.length > 0;
}

/** A case's accesses, newest first (a live one before one it replaced at the same instant), replaced ones included. */
export async function listEnpAccesses(sql: Sql, caseId: string): Promise<EnpAccessRecord[]> {
  if (!isUuid(caseId)) return [];
  const result = await sql.query<AccessRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.case_id = $1
     ORDER BY a.issued_at DESC, (a.replaced_at IS NULL) DESC, a.id`, [caseId]);
  return result.rows.map(accessOf);
}

/** ENP-10: an ЭАСД case's accesses, the same order as listEnpAccesses. */
export async function listEnpEasdAccesses(sql: Sql, archiveId: string): Promise<EnpAccessRecord[]> {
  const result = await sql.query<AccessRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.easd_archive_id = $1
     ORDER BY a.issued_at DESC, (a.replaced_at IS NULL) DESC, a.id`, [archiveId]);
  return result.rows.map(accessOf);
}

/**
 * ENP-10: an ЭАСД case has no row of ours to lock; re-issues of its
 * passwords (and blocks of its scans) take this transaction-scoped lock on
 * the archive id first, in the place of the court_cases row.
 */
export async function lockEasdCase(tx: Sql, archiveId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('enp-easd:' || $1))", [archiveId]);
}

/** The live access whose keyed lookup key this is (ENP-3: one candidate, one slow hash). */
export async function findEnpAccessByLookupKey(sql: Sql, lookupKey: string): Promise<EnpAccessRecord | null> {
  const result = await sql.query<AccessRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE a.lookup_key = $1 AND a.replaced_at IS NULL ORDER BY a.issued_at DESC LIMIT 1`, [lookupKey]);
  return result.rows[0] ? accessOf(result.rows[0]) : null;
}

export async function insertEnpSession(tx: Sql, s: {
  tokenHash: string; accessId: string; createdAt: Date; expiresAt: Date; address: string | null; userAgent: string | null;
}): Promise<void> {
  await tx.query(
    `INSERT INTO enp_sessions (token_hash, access_id, created_at, last_seen_at, expires_at, address, user_agent) VALUES ($1, $2, $3, $3, $4, $5, $6)`,
    [s.tokenHash, s.accessId, s.createdAt.toISOString(), s.expiresAt.toISOString(), s.address, s.userAgent]);
}

/** A session's live access (not replaced) with the session's times; $1 the token's hash. Also the first part of the case page's statement. */
export const ENP_SESSION_ACCESS_SQL = `SELECT ${COLUMNS}, s.last_seen_at, s.expires_at FROM enp_sessions s JOIN ${FROM} ON a.id = s.access_id
     WHERE s.token_hash = $1 AND a.replaced_at IS NULL`;

export type EnpSessionAccess = { access: EnpAccessRecord; lastSeenAt: Date; expiresAt: Date };
export type EnpSessionAccessRow = AccessRow & { last_seen_at: Date | string; expires_at: Date | string };

export const enpSessionAccessOf = (row: EnpSessionAccessRow): EnpSessionAccess =>
  ({ access: accessOf(row), lastSeenAt: new Date(row.last_seen_at), expiresAt: new Date(row.expires_at) });

/** The live access of a session (its access not replaced), with the session's times; null for no such session. */
export async function findEnpSessionAccess(sql: Sql, tokenHash: string): Promise<EnpSessionAccess | null> {
  const row = (await sql.query<EnpSessionAccessRow>(ENP_SESSION_ACCESS_SQL, [tokenHash])).rows[0];
  return row ? enpSessionAccessOf(row) : null;
}

export async function touchEnpSession(sql: Sql, tokenHash: string, now: Date): Promise<void> {
  await sql.query('UPDATE enp_sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, now.toISOString()]);
}

export async function deleteEnpSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('DELETE FROM enp_sessions WHERE token_hash = $1', [tokenHash]);
}

export type EnpFailureScope = 'iin' | 'address';

/** The later lock end of the given counters (null = none locked). */
export async function findEnpLock(sql: Sql, keys: readonly { scope: EnpFailureScope; key: string }[], now: Date): Promise<Date | null> {
  let until: Date | null = null;
  for (const k of keys) {
    const row = (await sql.query<{ locked_until: Date | string | null }>(
      'SELECT locked_until FROM enp_sign_in_failures WHERE scope = $1 AND key = $2', [k.scope, k.key])).rows[0];
    const at = instantOrNull(row?.locked_until ?? null);
    if (at && at > now && (!until || at > until)) until = at;
  }
  return until;
}

/**
 * One more failure on a counter (row-locked upsert); at `max` the counter
 * locks until `lockUntil` and starts again. A lock that ran out starts a
 * fresh count. Returns the lock end when this failure locked it.
 */
export async function addEnpFailure(tx: Sql, scope: EnpFailureScope, key: string, now: Date, max: number, lockUntil: Date): Promise<Date | null> {
  await tx.query('INSERT INTO enp_sign_in_failures (scope, key) VALUES ($1, $2) ON CONFLICT (scope, key) DO NOTHING', [scope, key]);
  const row = (await tx.query<{ failures: number; locked_until: Date | string | null }>(
    'SELECT failures, locked_until FROM enp_sign_in_failures WHERE scope = $1 AND key = $2 FOR UPDATE', [scope, key])).rows[0];
  const locked = instantOrNull(row?.locked_until ?? null);
  const failures = (locked !== null && locked <= now ? 0 : Number(row?.failures ?? 0)) + 1;
  const lock = failures >= max ? lockUntil : null;
  await tx.query('UPDATE enp_sign_in_failures SET failures = $3, locked_until = $4 WHERE scope = $1 AND key = $2',
    [scope, key, lock ? 0 : failures, lock?.toISOString() ?? (locked !== null && locked > now ? locked.toISOString() : null)]);
  return lock;
}

/** A right password clears its IIN's count (not the address's: one good password must not reset an address guessing others). */
export async function clearEnpFailures(tx: Sql, scope: EnpFailureScope, key: string): Promise<void> {
  await tx.query('DELETE FROM enp_sign_in_failures WHERE scope = $1 AND key = $2', [scope, key]);
}
