import { randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import { insertSignature } from '@oryndau/db';
import type { VerificationOutcome } from './verifier';

/**
 * SIG-4, SIG-7: a verified signature with its evidence, so it can be
 * re-proven after the certificate expired. `challengeId` when a person
 * signed through the 5-minute challenge; null for signatures that arrive
 * signed (court writs) or the system's own seal.
 */
export async function storeSignature(
  tx: Sql,
  signature: { challengeId?: string | null; documentType: string; documentId: string; contentHash: string; cms: Uint8Array; outcome: VerificationOutcome },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const { outcome } = signature;
  await insertSignature(tx, {
    id, challengeId: signature.challengeId ?? null, documentType: signature.documentType, documentId: signature.documentId,
    contentHash: signature.contentHash, cms: signature.cms, checkedAt: now, evidence: outcome.evidence ?? {},
    signer: { iin: outcome.signer?.iin ?? null, bin: outcome.signer?.bin ?? null, name: outcome.signer?.name ?? null,
      algorithm: outcome.signer?.algorithm ?? null },
  });
  return id;
}
