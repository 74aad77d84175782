import { findPowerOfAttorney, markPowerOfAttorneySigned } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { DocumentSigningHook } from '../signing/sign-document';

/**
 * FILE-9, SIG-8 (§26): the document of a power of attorney (stored under the
 * power of attorney's own id). Its principal reads and signs it while a
 * draft; its trustees read it once signed. An accepted signature makes it
 * active — when the certificate may sign it (domain
 * `maySignPowerOfAttorney`: an individual their own; a legal entity's only
 * by its first head, with that BIN). Otherwise nothing is stored (403).
 */
export const powerOfAttorneyHook: DocumentSigningHook = {
  async mayRead(sql, subject, document) {
    const poa = await findPowerOfAttorney(sql, document.id);
    if (!poa) return false;
    return poa.signerUserId === subject.id || (poa.status !== 'draft' && poa.trustees.some((t) => t.iin === subject.iin));
  },
  async maySign(sql, subject, document) {
    const poa = await findPowerOfAttorney(sql, document.id);
    return poa !== null && poa.status === 'draft' && can(subject, 'courts.poa.manage', { principalUserId: poa.signerUserId });
  },
  async lockOwner(tx, document) {
    await findPowerOfAttorney(tx, document.id, { lock: true });
  },
  async onSigned(tx, { actor, document, signatureId, now, signer }) {
    const poa = await findPowerOfAttorney(tx, document.id);
    if (!poa || poa.status !== 'draft') throw new DomainError(ErrorCode.courtsVersionConflict);
    const facts = { iin: signer?.iin ?? null, bin: signer?.bin ?? null, roles: signer?.roles ?? [] };
    if (!courts.maySignPowerOfAttorney(facts, poa)) {
      throw new DomainError(ErrorCode.poaSignerNotAllowed, { principalKind: poa.principalKind });
    }
    if (!(await markPowerOfAttorneySigned(tx, poa.id, poa.version, { signatureId, signedAt: now }))) {
      throw new DomainError(ErrorCode.courtsVersionConflict);
    }
    tx.journal({ at: now, actor, action: 'courts.poa_signed', objectType: 'power_of_attorney', objectId: poa.id, subjectIin: poa.principalKind === 'individual' ? poa.principalIinBin : null,
      details: { number: poa.number, signatureId, signerIin: facts.iin, signerBin: facts.bin, principalKind: poa.principalKind } });
  },
};
