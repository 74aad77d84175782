import type { Database } from '@oryndau/db';
import { addEnpFailure, clearEnpFailures, findEnpAccessByLookupKey, findEnpLock, insertEnpSession } from '@oryndau/db';
import { DomainError, ErrorCode, enp } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import type { Secret } from '../secret';
import { dummyHash, verifyPassword } from '../identity/password';
import { enpLookupKey, hashEnpToken, newEnpToken, requireLookupSecret } from './enp-credentials';
import type { EnpSessionPolicy } from './enp-session';
import { enpJournalObject, enpTargetOf } from './enp-target';

export type EnpSignInDeps = {
  db: Database; clock: Clock; passwordLog2N: number; lookupSecret: Secret | null;
  limits: { maxFailuresPerIin: number; maxFailuresPerAddress: number; lockMinutes: number }; session: EnpSessionPolicy;
};
export type EnpSignInInput = { iin: string; password: string; address: string; userAgent: string | null; requestId: string };

/** The lock's end is shown in this zone whatever the IIN: any other choice would tell IINs apart. */
const LOCK_TIME_ZONE = 'Asia/Almaty';
const locked = (until: Date) => new DomainError(ErrorCode.enpLocked, { retryAt: until.toISOString(), until: until.toISOString(), timeZone: LOCK_TIME_ZONE });

/**
 * ENP-3: the portal's search by IIN and password. Costs exactly one scrypt
 * verification whatever the IIN (enp-credentials.ts); every wrong IIN or
 * password answers the same 401 enp.credentials. Failures count per IIN
 * (with or without accesses) and per client address (request.ip, i.e.
 * after TRUSTED_PROXIES); at the limit either locks for `lockMinutes` and
 * the answer is 429 enp.locked with `retryAt` — even for the right password
 * while it lasts. Every attempt is journalled (no password, ever).
 */
export async function enpSignIn(deps: EnpSignInDeps, input: EnpSignInInput): Promise<{ token: string; caseId: string | null; easdArchiveId: string | null; expiresAt: Date }> {
  const secret = requireLookupSecret(deps.lookupSecret);
  const now = deps.clock.now();
  const counters = [{ scope: 'iin' as const, key: input.iin }, { scope: 'address' as const, key: input.address }];
  const actor = { userId: null, iin: input.iin, role: 'enp_participant', requestId: input.requestId, address: input.address };

  const lockedUntil = await findEnpLock(deps.db, counters, now);
  if (lockedUntil) {
    await deps.db.transaction(async (tx) => {
      tx.journal({ at: now, actor, action: 'enp.sign_in_refused_locked', objectType: 'enp_access', objectId: null, details: { until: lockedUntil.toISOString() } });
    });
    throw locked(lockedUntil);
  }

  const password = enp.normaliseEnpPassword(input.password);
  const access = await findEnpAccessByLookupKey(deps.db, enpLookupKey(secret, input.iin, password));
  // One slow hash either way: the candidate's, or a dummy of the same cost.
  const ok = access !== null && access.iin === input.iin
    ? await verifyPassword(password, access.passwordHash)
    : (await verifyPassword(password, await dummyHash(deps.passwordLog2N)), false);

  if (!ok || !access) {
    const lockUntil = new Date(now.getTime() + deps.limits.lockMinutes * 60_000);
    const until = await deps.db.transaction(async (tx) => {
      const byIin = await addEnpFailure(tx, 'iin', input.iin, now, deps.limits.maxFailuresPerIin, lockUntil);
      const byAddress = await addEnpFailure(tx, 'address', input.address, now, deps.limits.maxFailuresPerAddress, lockUntil);
      const lock = byIin ?? byAddress;
      tx.journal({ at: now, actor, action: lock ? 'enp.sign_in_locked' : 'enp.sign_in_failed', objectType: 'enp_access', objectId: null,
        details: { lockedBy: byIin ? 'iin' : byAddress ? 'address' : null } });
      return lock;
    });
    if (until) throw locked(until);
    throw new DomainError(ErrorCode.enpCredentials);
  }

  const token = newEnpToken();
  const expiresAt = new Date(now.getTime() + deps.session.maxHours * 3_600_000);
  await deps.db.transaction(async (tx) => {
    await clearEnpFailures(tx, 'iin', input.iin);
    await insertEnpSession(tx, { tokenHash: hashEnpToken(token), accessId: access.id, createdAt: now, expiresAt, address: input.address,
      userAgent: input.userAgent?.slice(0, 300) ?? null });
    tx.journal({ at: now, actor: { ...actor, role: `enp_participant:${access.category}` }, action: 'enp.sign_in',
      ...enpJournalObject(enpTargetOf(access)), subjectIin: access.iin, details: { accessId: access.id, category: access.category } });
  });
  return { token, caseId: access.caseId, easdArchiveId: access.easdArchiveId, expiresAt };
}
