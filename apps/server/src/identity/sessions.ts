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
  : Promise<{ user: UserRecord; actingFor: SessionActingFor | null } | null> {
  const found = await findUserBySessionHash(sql, hashToken(token));
  if (!found) return null;
  const lastSeen = found.lastSeenAt.getTime();
  if (found.expiresAt.getTime() <= now.getTime() || lastSeen + policy.idleMinutes * 60_000 <= now.getTime()) {
    await deleteSessionByHash(sql, hashToken(token));
    return null;
  }
  if (now.getTime() - lastSeen > 60_000) {
    await touchSession(sql, hashToken(token), now);
  }
  return { user: found.user, actingFor: found.actingFor };
}

export async function deleteSession(tx: Sql, token: string): Promise<void> {
  await deleteSessionByHash(tx, hashToken(token));
}
