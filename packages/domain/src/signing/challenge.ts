import { DomainError, ErrorCode } from '../errors';

/** SIG-3: a generated act can be signed within 5 minutes of starting. */
export const ACT_CHALLENGE_TTL_MS = 5 * 60_000;
/** ЭЦП sign-in: the nonce lives at most 60 seconds. */
export const SIGN_IN_CHALLENGE_TTL_MS = 60_000;

export type ChallengePurpose = 'act' | 'sign_in';

export type Challenge = {
  id: string;
  purpose: ChallengePurpose;
  userId: string | null;
  documentType: string | null;
  documentId: string | null;
  contentHash: string | null;
  nonce: string;
  startedAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
};

export function challengeExpiry(purpose: ChallengePurpose, startedAt: Date): Date {
  return new Date(startedAt.getTime() + (purpose === 'act' ? ACT_CHALLENGE_TTL_MS : SIGN_IN_CHALLENGE_TTL_MS));
}

export type ChallengeUse =
  | { purpose: 'act'; userId: string; documentType: string; documentId: string; contentHash: string }
  | { purpose: 'sign_in' };

/**
 * Whether a signature may be accepted against this challenge now: not
 * used, not expired, and — for an act — issued to this user for this very
 * document and content (a signature cannot be moved to another document).
 */
export function assertChallengeUsable(challenge: Challenge | null, use: ChallengeUse, now: Date): Challenge {
  if (!challenge) throw new DomainError(ErrorCode.challengeUnknown);
  if (challenge.purpose !== use.purpose) throw new DomainError(ErrorCode.challengeForeign);
  if (challenge.usedAt) throw new DomainError(ErrorCode.challengeUsed);
  if (now.getTime() >= challenge.expiresAt.getTime()) {
    throw new DomainError(ErrorCode.challengeExpired, { minutes: Math.round((challenge.expiresAt.getTime() - challenge.startedAt.getTime()) / 60_000) });
  }
  if (use.purpose === 'act' && (challenge.userId !== use.userId || challenge.documentType !== use.documentType
    || challenge.documentId !== use.documentId || challenge.contentHash !== use.contentHash)) {
    throw new DomainError(ErrorCode.challengeForeign);
  }
  return challenge;
}
