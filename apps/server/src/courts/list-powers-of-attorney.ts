import type { Database } from '@oryndau/db';
import { findPowerOfAttorney, listPowersOfAttorneyByPrincipal, listPowersOfAttorneyForTrustee } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import type { PowerOfAttorneyView } from '@oryndau/contracts';
import { POA_ZONE } from './create-power-of-attorney';
import { powerOfAttorneyView } from './power-of-attorney-view';

/** FILE-9: the powers of attorney I gave — as a person, or for the legal entity I am signed in for. */
export async function myPowersOfAttorney(deps: { db: Database; clock: Clock }, subject: Subject): Promise<PowerOfAttorneyView[]> {
  if (!can(subject, 'courts.poa.manage', { principalUserId: subject.id })) throw new DomainError(ErrorCode.forbidden);
  const today = localDateOf(deps.clock.now(), POA_ZONE);
  const principal = subject.representing?.bin ?? subject.iin;
  return (await listPowersOfAttorneyByPrincipal(deps.db, principal)).map((p) => powerOfAttorneyView(p, today));
}

/** «Сенімхаттар» / «Доверенности»: the signed powers of attorney naming me as a trustee (revoked ones shown as such). */
export async function trustedPowersOfAttorney(deps: { db: Database; clock: Clock }, subject: Subject): Promise<PowerOfAttorneyView[]> {
  if (!can(subject, 'courts.file', undefined)) throw new DomainError(ErrorCode.forbidden);
  const today = localDateOf(deps.clock.now(), POA_ZONE);
  return (await listPowersOfAttorneyForTrustee(deps.db, subject.iin)).map((p) => powerOfAttorneyView(p, today));
}

/** The principal's draft before signing: it must be theirs and still a draft. */
export async function ownDraftPowerOfAttorney(db: Database, subject: Subject, id: string): Promise<void> {
  const poa = await findPowerOfAttorney(db, id);
  if (!poa || !can(subject, 'courts.poa.manage', { principalUserId: poa.signerUserId })) throw new DomainError(ErrorCode.notFound);
  if (poa.status !== 'draft') throw new DomainError(ErrorCode.conflict, { status: poa.status });
}
