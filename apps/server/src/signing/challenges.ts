import { randomBytes, randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import { findChallenge, insertChallenge } from '@oryndau/db';
import { challengeExpiry } from '@oryndau/domain';
import type { Challenge, ChallengePurpose } from '@oryndau/domain';

export async function createChallenge(
  tx: Sql, purpose: ChallengePurpose, now: Date,
  act?: { userId: string; documentType: string; documentId: string; contentHash: string },
): Promise<Challenge> {
  const challenge: Challenge = {
    id: randomUUID(), purpose, userId: act?.userId ?? null, documentType: act?.documentType ?? null,
    documentId: act?.documentId ?? null, contentHash: act?.contentHash ?? null,
    nonce: randomBytes(32).toString('base64url'), startedAt: now, expiresAt: challengeExpiry(purpose, now), usedAt: null,
  };
  await insertChallenge(tx, challenge);
  return challenge;
}

async function selectChallenge(sql: Sql, id: string, lock: boolean): Promise<Challenge | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return findChallenge(sql, id, { lock });
}

export const loadChallenge = (sql: Sql, id: string) => selectChallenge(sql, id, false);

/** Locks the challenge row (inside a transaction) so two submissions of one signature cannot both pass. */
export const lockChallenge = (tx: Sql, id: string) => selectChallenge(tx, id, true);

export { markChallengeUsed } from '@oryndau/db';
