import { createHash, randomBytes } from 'node:crypto';
import type { SessionActingFor, Sql } from '@oryndau/db';
import { deleteSessionByHash, findUserBySessionHash, insertSession, touchSession } from '@oryndau/db';
import type { UserRecord } from './users';

// The cookie holds a random token; the table holds its SHA-256 only.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type SessionPolicy = { idleMinutes: number; maxHours: number };

export async function createSession(
  tx: Sql, userId: string, now: Date, policy: SessionPolicy, client: { ip: string; userAgent: string | null },
  /** FILE-3: the legal entity the person acts for in this session, from the verified sign-in certificate only. */
  actingFor: SessionActingFor | null = null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertSession(tx, { tokenHash: hashToken(token), userId, createdAt: now, expiresAt: new Date(now.getTime() + policy.maxHours * 3_600_000),
    ip: client.ip, userAgent: client.userAgent?.slice(0, 300) ?? null, actingFor });
  return token;
}

/**
 * The user of a live session, or null — one query on the per-request path.
 * A session dies after `idleMinutes` without requests or `maxHours` after
 * sign-in, whichever comes first; activity is written at most once a minute.
 */
export async function resolveSessionUser(sql: Sql, token: string, now: Date, policy: SessionPolicy)
  : Promise<{ user: UserRecord; actingFor: SessionActingFor | null; lastSeenAt: Date; expiresAt: Date } | null> {
  const found = await findUserBySessionHash(sql, hashToken(token));
  if (!found) return null;
  if (!sessionLive(found, now, policy)) {
    await deleteSessionByHash(sql, hashToken(token));
    return null;
  }
  if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await touchSession(sql, hashToken(token), now);
    return { ...found, lastSeenAt: now };
  }
  return found;
}

/** Activity is written down at most once a minute (the idle limit counts from it). */
export const TOUCH_AFTER_MS = 60_000;

/** Not past its end, not idle longer than the policy allows. */
export function sessionLive(session: { lastSeenAt: Date; expiresAt: Date }, now: Date, policy: SessionPolicy): boolean {
  return session.expiresAt.getTime() > now.getTime() && session.lastSeenAt.getTime() + policy.idleMinutes * 60_000 > now.getTime();
}

export { hashToken as hashSessionToken };

export async function deleteSession(tx: Sql, token: string): Promise<void> {
  await deleteSessionByHash(tx, hashToken(token));
}
