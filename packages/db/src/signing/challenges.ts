import type { Challenge, ChallengePurpose } from '@oryndau/domain';
import type { Sql } from '../database';

type Row = {
  id: string; purpose: ChallengePurpose; user_id: string | null; document_type: string | null; document_id: string | null;
  content_hash: string | null; nonce: string; started_at: Date; expires_at: Date; used_at: Date | null;
};

const fromRow = (r: Row): Challenge => ({
  id: r.id, purpose: r.purpose, userId: r.user_id, documentType: r.document_type, documentId: r.document_id,
  contentHash: r.content_hash, nonce: r.nonce, startedAt: new Date(r.started_at), expiresAt: new Date(r.expires_at),
  usedAt: r.used_at ? new Date(r.used_at) : null,
});

export async function insertChallenge(tx: Sql, challenge: Challenge): Promise<void> {
  await tx.query(
    `INSERT INTO signing_challenges (id, purpose, user_id, document_type, document_id, content_hash, nonce, started_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [challenge.id, challenge.purpose, challenge.userId, challenge.documentType, challenge.documentId, challenge.contentHash,
      challenge.nonce, challenge.startedAt.toISOString(), challenge.expiresAt.toISOString()],
  );
}

/** The challenge (the caller has checked the id is a UUID); `lock` takes its row for the rest of the transaction. */
export async function findChallenge(sql: Sql, id: string, options: { lock: boolean }): Promise<Challenge | null> {
  const result = options.lock
    ? await sql.query<Row>('SELECT * FROM signing_challenges WHERE id = $1 FOR UPDATE', [id])
    : await sql.query<Row>('SELECT * FROM signing_challenges WHERE id = $1', [id]);
  return result.rows[0] ? fromRow(result.rows[0]) : null;
}

export async function markChallengeUsed(tx: Sql, id: string, now: Date): Promise<void> {
  await tx.query('UPDATE signing_challenges SET used_at = $2 WHERE id = $1', [id, now.toISOString()]);
}
