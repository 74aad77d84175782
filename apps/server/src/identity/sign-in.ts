import type { Database } from '@oryndau/db';
import { recordJournal } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { validateIin } from '@oryndau/kz';
import { dummyHash, verifyPassword } from './password';
import { createSession } from './sessions';
import type { SessionPolicy } from './sessions';
import { findUserByIin, toView } from './users';
import type { UserView } from './users';

export type SignInDeps = {
  db: Database;
  clock: Clock;
  passwordLog2N: number;
  lockout: { maxFailures: number; lockMinutes: number };
  session: SessionPolicy;
};

export type SignInInput = { iin: string; password: string; ip: string; userAgent: string | null; requestId: string };

/**
 * Sign-in by IIN and password. Failures count per account; after
 * `maxFailures` the account is locked for `lockMinutes`, even for the right
 * password. Every attempt is journalled. (ЭЦП sign-in will be a second
 * use-case that ends in the same `createSession`.)
 */
export async function signInWithPassword(deps: SignInDeps, input: SignInInput): Promise<{ token: string; user: UserView }> {
  if (!validateIin(input.iin).ok) throw new DomainError(ErrorCode.invalidIin);
  const now = deps.clock.now();
  const actor = { userId: null, iin: null, role: null, requestId: input.requestId };
  const user = await findUserByIin(deps.db, input.iin);
  const timeZone = user?.organisation?.timeZone ?? 'Asia/Almaty';

  if (user?.lockedUntil && user.lockedUntil > now) {
    await recordJournal(deps.db, {
      at: now, actor: { ...actor, userId: user.id, iin: user.iin }, action: 'auth.login_refused_locked',
      objectType: 'user', objectId: user.id, details: { ip: input.ip },
    });
    throw new DomainError(ErrorCode.accountLocked, { until: user.lockedUntil.toISOString(), timeZone });
  }

  const passwordOk = user?.passwordHash && !user.disabled
    ? await verifyPassword(input.password, user.passwordHash)
    : (await verifyPassword(input.password, await dummyHash(deps.passwordLog2N)), false);

  if (!user || !passwordOk) {
    const lockedUntil = await deps.db.transaction(async (tx) => {
      let until: Date | null = null;
      if (user) {
        const row = await tx.query<{ failed_logins: number; locked_until: Date | null }>(
          'SELECT failed_logins, locked_until FROM users WHERE id = $1 FOR UPDATE', [user.id]);
        const current = row.rows[0];
        // A lock that has run out starts a fresh count.
        const expired = current?.locked_until && new Date(current.locked_until) <= now;
        const failures = (expired ? 0 : current?.failed_logins ?? 0) + 1;
        until = failures >= deps.lockout.maxFailures ? new Date(now.getTime() + deps.lockout.lockMinutes * 60_000) : null;
        await tx.query('UPDATE users SET failed_logins = $2, locked_until = $3 WHERE id = $1',
          [user.id, until ? 0 : failures, until?.toISOString() ?? null]);
      }
      tx.journal({
        at: now, actor: { ...actor, userId: user?.id ?? null, iin: input.iin }, action: until ? 'auth.locked' : 'auth.login_failed',
        objectType: 'user', objectId: user?.id ?? null, details: { ip: input.ip, knownUser: Boolean(user) },
      });
      return until;
    });
    if (lockedUntil) throw new DomainError(ErrorCode.accountLocked, { until: lockedUntil.toISOString(), timeZone });
    throw new DomainError(ErrorCode.invalidCredentials);
  }

  const token = await deps.db.transaction(async (tx) => {
    await tx.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1', [user.id]);
    const created = await createSession(tx, user.id, now, deps.session, { ip: input.ip, userAgent: input.userAgent });
    tx.journal({
      at: now, actor: { userId: user.id, iin: user.iin, role: user.roles.join(',') || null, requestId: input.requestId },
      action: 'auth.login', objectType: 'user', objectId: user.id, details: { ip: input.ip, method: 'password' },
    });
    return created;
  });
  return { token, user: toView(user) };
}
