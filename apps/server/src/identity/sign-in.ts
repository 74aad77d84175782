import type { Database } from '@oryndau/db';
import { clearLoginFailures, findLoginLock, lockLoginFailures, recordJournal, setLoginFailures } from '@oryndau/db';
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
 * The lock message names its end in this zone whatever the account: the
 * account's own zone would tell an unknown IIN from a known one.
 */
const LOCKOUT_TIME_ZONE = 'Asia/Almaty';

/**
 * Sign-in by IIN and password. Failures count per IIN — with or without
 * an account, so the lockout's 423 reveals nothing about which IINs have one
 * (issue 11 item 8); after `maxFailures` the IIN is locked for `lockMinutes`,
 * even for the right password. Unknown IINs are checked against a dummy hash
 * so timing does not tell them apart either. Every attempt is journalled.
 */
export async function signInWithPassword(deps: SignInDeps, input: SignInInput): Promise<{ token: string; user: UserView }> {
  if (!validateIin(input.iin).ok) throw new DomainError(ErrorCode.invalidIin);
  const now = deps.clock.now();
  const actor = { userId: null, iin: null, role: null, requestId: input.requestId, address: input.ip };
  const user = await findUserByIin(deps.db, input.iin);
  const lockedUntil = await findLoginLock(deps.db, input.iin);

  if (lockedUntil && lockedUntil > now) {
    await recordJournal(deps.db, {
      at: now, actor: { ...actor, userId: user?.id ?? null, iin: input.iin }, action: 'auth.login_refused_locked',
      objectType: 'user', objectId: user?.id ?? null, details: { ip: input.ip, knownUser: Boolean(user) },
    });
    throw new DomainError(ErrorCode.accountLocked, { until: lockedUntil.toISOString(), timeZone: LOCKOUT_TIME_ZONE });
  }

  const passwordOk = user?.passwordHash && !user.disabled
    ? await verifyPassword(input.password, user.passwordHash)
    : (await verifyPassword(input.password, await dummyHash(deps.passwordLog2N)), false);

  if (!user || !passwordOk) {
    const until = await deps.db.transaction(async (tx) => {
      const current = await lockLoginFailures(tx, input.iin);
      // A lock that has run out starts a fresh count.
      const expired = current.lockedUntil !== null && current.lockedUntil <= now;
      const failures = (expired ? 0 : current.failedLogins) + 1;
      const lockUntil = failures >= deps.lockout.maxFailures ? new Date(now.getTime() + deps.lockout.lockMinutes * 60_000) : null;
      await setLoginFailures(tx, input.iin, lockUntil ? 0 : failures, lockUntil);
      tx.journal({
        at: now, actor: { ...actor, userId: user?.id ?? null, iin: input.iin }, action: lockUntil ? 'auth.locked' : 'auth.login_failed',
        objectType: 'user', objectId: user?.id ?? null, details: { ip: input.ip, knownUser: Boolean(user) },
      });
      return lockUntil;
    });
    if (until) throw new DomainError(ErrorCode.accountLocked, { until: until.toISOString(), timeZone: LOCKOUT_TIME_ZONE });
    throw new DomainError(ErrorCode.invalidCredentials);
  }

  const token = await deps.db.transaction(async (tx) => {
    await clearLoginFailures(tx, user.iin);
    const created = await createSession(tx, user.id, now, deps.session, { ip: input.ip, userAgent: input.userAgent });
    tx.journal({
      at: now, actor: { userId: user.id, iin: user.iin, role: user.roles.join(',') || null, requestId: input.requestId, address: input.ip },
      action: 'auth.login', objectType: 'user', objectId: user.id, details: { ip: input.ip, method: 'password' },
    });
    return created;
  });
  return { token, user: toView(user) };
}
