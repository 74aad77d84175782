import { randomBytes, randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import { challengeExpiry } from '@oryndau/domain';
import type { Challenge, ChallengePurpose } from '@oryndau/domain';

type Row = {
  id: string; purpose: ChallengePurpose; user_id: string | null; document_type: string | null; document_id: string | null;
  content_hash: string | null; nonce: string; started_at: Date; expires_at: Date; used_at: Date | null;
};

const fromRow = (r: Row): Challenge => ({
  id: r.id, purpose: r.purpose, userId: r.user_id, documentType: r.document_type, documentId: r.document_id,
  contentHash: r.content_hash, nonce: r.nonce, startedAt: new Date(r.started_at), expiresAt: new Date(r.expires_at),
  usedAt: r.used_at ? new Date(r.used_at) : null,
});

export async function createChallenge(
  tx: Sql, purpose: ChallengePurpose, now: Date,
  act?: { userId: string; documentType: string; documentId: string; contentHash: string },
): Promise<Challenge> {
  const challenge: Challenge = {
    id: randomUUID(), purpose, userId: act?.userId ?? null, documentType: act?.documentType ?? null,
    documentId: act?.documentId ?? null, contentHash: act?.contentHash ?? null,
    nonce: randomBytes(32).toString('base64url'), startedAt: now, expiresAt: challengeExpiry(purpose, now), usedAt: null,
  };
  await tx.query(
    `INSERT INTO signing_challenges (id, purpose, user_id, document_type, document_id, content_hash, nonce, started_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [challenge.id, purpose, challenge.userId, challenge.documentType, challenge.documentId, challenge.contentHash,
      challenge.nonce, now.toISOString(), challenge.expiresAt.toISOString()],
  );
  return challenge;
}

async function selectChallenge(sql: Sql, id: string, lock: boolean): Promise<Challenge | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const result = await sql.query<Row>(`SELECT * FROM signing_challenges WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return result.rows[0] ? fromRow(result.rows[0]) : null;
}

export const loadChallenge = (sql: Sql, id: string) => selectChallenge(sql, id, false);

/** Locks the challenge row (inside a transaction) so two submissions of one signature cannot both pass. */
export const lockChallenge = (tx: Sql, id: string) => selectChallenge(tx, id, true);

export async function markChallengeUsed(tx: Sql, id: string, now: Date): Promise<void> {
  await tx.query('UPDATE signing_challenges SET used_at = $2 WHERE id = $1', [id, now.toISOString()]);
}
