import { randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
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
  await tx.query(
    `INSERT INTO signatures (id, challenge_id, document_type, document_id, content_hash, signer_iin, signer_bin, signer_name, algorithm,
                             cms, valid, checked_at, evidence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, $11, $12::jsonb)`,
    [id, signature.challengeId ?? null, signature.documentType, signature.documentId, signature.contentHash, outcome.signer?.iin ?? null,
      outcome.signer?.bin ?? null, outcome.signer?.name ?? null, outcome.signer?.algorithm ?? null, Buffer.from(signature.cms),
      now.toISOString(), JSON.stringify(outcome.evidence ?? {})],
  );
  return id;
}
