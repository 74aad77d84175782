import type { JournalActor, SessionActingFor } from '@oryndau/db';
import { recordJournal } from '@oryndau/db';
import { DomainError, ErrorCode, assertChallengeUsable, certificateIdentity } from '@oryndau/domain';
import { createChallenge, lockChallenge, markChallengeUsed } from '../signing/challenges';
import type { SigningDeps } from '../signing/sign-document';
import { createSession } from './sessions';
import type { SessionPolicy } from './sessions';
import { findUserByIin, toView } from './users';
import type { UserView } from './users';

/** ЭЦП sign-in, step 1: a single-use random nonce that lives 60 seconds. */
export async function startEsignSignIn(deps: SigningDeps) {
  return deps.db.transaction((tx) => createChallenge(tx, 'sign_in', deps.clock.now()));
}

/**
 * Step 2: the nonce comes back signed (CMS) with an *authentication* key.
 * The verified certificate's IIN — never a field the browser sends — finds
 * the user. The nonce is burnt whatever the outcome, so it cannot be replayed.
 */
export async function completeEsignSignIn(
  deps: SigningDeps & { session: SessionPolicy },
  input: { challengeId: string; cms: Uint8Array; ip: string; userAgent: string | null; requestId: string },
): Promise<{ token: string; user: UserView }> {
  const now = deps.clock.now();
  const anonymous: JournalActor = { userId: null, iin: null, role: null, requestId: input.requestId, address: input.ip };
  const challenge = await deps.db.transaction(async (tx) => {
    const locked = assertChallengeUsable(await lockChallenge(tx, input.challengeId), { purpose: 'sign_in' }, now);
    await markChallengeUsed(tx, locked.id, now);
    return locked;
  });
  const outcome = await deps.verify({ cms: input.cms, content: new TextEncoder().encode(challenge.nonce), purpose: 'auth', at: now });
  const iin = outcome.signer?.iin ?? null;
  if (!outcome.valid || !iin) {
    await recordJournal(deps.db, { at: now, actor: { ...anonymous, iin }, action: 'auth.esign_failed',
      objectType: 'user', objectId: null, details: { ip: input.ip, reasons: outcome.reasons.map((r) => r.code) } });
    throw new DomainError(ErrorCode.signatureInvalid, { reasons: outcome.reasons });
  }
  const user = await findUserByIin(deps.db, iin);
  if (!user || user.disabled) {
    await recordJournal(deps.db, { at: now, actor: { ...anonymous, iin }, action: 'auth.esign_failed',
      objectType: 'user', objectId: null, details: { ip: input.ip, reasons: ['unknown_user'] } });
    throw new DomainError(ErrorCode.esignUnknownUser);
  }
  // FILE-3: a legal entity's certificate (OU=BIN…) makes this session act for that organisation.
  const signer = outcome.signer!;
  const { representing } = certificateIdentity({ iin, bin: signer.bin, name: signer.name, organization: signer.organization ?? null, roles: signer.roles });
  const actingFor: SessionActingFor | null = representing
    ? { bin: representing.bin, organisationName: representing.organisationName, firstHead: representing.firstHead, roles: representing.roles }
    : null;
  const token = await deps.db.transaction(async (tx) => {
    const created = await createSession(tx, user.id, now, deps.session, { ip: input.ip, userAgent: input.userAgent }, actingFor);
    tx.journal({
      at: now, actor: { userId: user.id, iin: user.iin, role: user.roles.join(',') || null, requestId: input.requestId, address: input.ip },
      action: 'auth.login', objectType: 'user', objectId: user.id,
      details: { ip: input.ip, method: 'esign', certificateIin: iin, algorithm: signer.algorithm ?? null,
        representing: actingFor ? { bin: actingFor.bin, firstHead: actingFor.firstHead } : null },
    });
    return created;
  });
  return { token, user: toView(user, actingFor) };
}
