import { randomUUID } from 'node:crypto';
import type { NewSignature, Sql } from '@oryndau/db';
import { insertSignature } from '@oryndau/db';
import type { VerificationOutcome } from './verifier';

type SignatureToStore = {
  challengeId?: string | null; documentType: string; documentId: string; contentHash: string; cms: Uint8Array; outcome: VerificationOutcome;
};

/** The row a verified signature is stored as (one here, many at once in the ЕРАП intake: insertSignatures). */
export function signatureRow(signature: SignatureToStore, now: Date, id: string = randomUUID()): NewSignature {
  const { outcome } = signature;
  return {
    id, challengeId: signature.challengeId ?? null, documentType: signature.documentType, documentId: signature.documentId,
    contentHash: signature.contentHash, cms: signature.cms, checkedAt: now, evidence: outcome.evidence ?? {},
    signer: { iin: outcome.signer?.iin ?? null, bin: outcome.signer?.bin ?? null, name: outcome.signer?.name ?? null,
      algorithm: outcome.signer?.algorithm ?? null },
  };
}

/**
 * SIG-4, SIG-7: a verified signature with its evidence, so it can be
 * re-proven after the certificate expired. `challengeId` when a person
 * signed through the 5-minute challenge; null for signatures that arrive
 * signed (court writs) or the system's own seal.
 */
export async function storeSignature(tx: Sql, signature: SignatureToStore, now: Date): Promise<string> {
  const row = signatureRow(signature, now);
  await insertSignature(tx, row);
  return row.id;
}
