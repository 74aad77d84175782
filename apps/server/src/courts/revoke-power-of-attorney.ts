import type { Database, JournalActor } from '@oryndau/db';
import { findPowerOfAttorney, revokePowerOfAttorney } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import type { PowerOfAttorneyView } from '@oryndau/contracts';
import { POA_ZONE } from './create-power-of-attorney';
import { powerOfAttorneyView } from './power-of-attorney-view';

/**
 * FILE-9 (§26): the principal revokes an active power of attorney; it takes
 * effect at once (a trustee's next filing is refused). A draft or revoked
 * one cannot be revoked (409); a stale version is a 409 too.
 */
export async function revokeOwnPowerOfAttorney(
  deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, id: string, version: number,
): Promise<PowerOfAttorneyView> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const poa = await findPowerOfAttorney(tx, id, { lock: true });
    if (!poa || !can(subject, 'courts.poa.manage', { principalUserId: poa.signerUserId })) throw new DomainError(ErrorCode.notFound);
    if (poa.status !== 'active') throw new DomainError(ErrorCode.conflict, { status: poa.status });
    if (poa.version !== version) throw new DomainError(ErrorCode.courtsVersionConflict, { expected: version, actual: poa.version });
    if (!(await revokePowerOfAttorney(tx, poa.id, poa.version, now))) throw new DomainError(ErrorCode.courtsVersionConflict);
    tx.journal({ at: now, actor, action: 'courts.poa_revoked', objectType: 'power_of_attorney', objectId: poa.id, subjectIin: subject.iin,
      details: { number: poa.number, trustees: poa.trustees.map((t) => t.iin) } });
    return powerOfAttorneyView({ ...poa, status: 'revoked', version: poa.version + 1, revokedAt: now }, localDateOf(now, POA_ZONE));
  });
}
