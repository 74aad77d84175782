import { describe, expect, it } from 'vitest';

import { assertChallengeUsable, challengeExpiry } from './challenge';
import type { Challenge } from './challenge';
import type { DomainError } from '../errors';

const started = new Date('2026-04-01T05:00:00Z');
const act: Challenge = {
  id: 'c1', purpose: 'act', userId: 'u1', documentType: 'resolution', documentId: 'd1', contentHash: 'h1',
  nonce: 'n', startedAt: started, expiresAt: challengeExpiry('act', started), usedAt: null,
};
const use = { purpose: 'act' as const, userId: 'u1', documentType: 'resolution', documentId: 'd1', contentHash: 'h1' };
const at = (ms: number) => new Date(started.getTime() + ms);
const codeOf = (fn: () => unknown) => {
  try { fn(); } catch (error) { return (error as DomainError).code; }
  return 'accepted';
};

describe('signing challenges', () => {
  it('SIG-3: an act may be signed until 5 minutes after signing started, not after', () => {
    expect(codeOf(() => assertChallengeUsable(act, use, at(4 * 60_000 + 59_999)))).toBe('accepted');
    expect(codeOf(() => assertChallengeUsable(act, use, at(5 * 60_000)))).toBe('signing.challenge_expired');
  });
  it('SIG-3: a sign-in nonce lives 60 seconds', () => {
    const signIn: Challenge = { ...act, purpose: 'sign_in', userId: null, expiresAt: challengeExpiry('sign_in', started) };
    expect(codeOf(() => assertChallengeUsable(signIn, { purpose: 'sign_in' }, at(59_000)))).toBe('accepted');
    expect(codeOf(() => assertChallengeUsable(signIn, { purpose: 'sign_in' }, at(60_000)))).toBe('signing.challenge_expired');
    expect(codeOf(() => assertChallengeUsable(signIn, use, at(1)))).toBe('signing.challenge_foreign');
  });
  it('SIG-3: a challenge of another user, document or content is foreign; a used one is refused', () => {
    for (const change of [{ userId: 'u2' }, { documentId: 'd2' }, { contentHash: 'h2' }, { documentType: 'request' }]) {
      expect(codeOf(() => assertChallengeUsable(act, { ...use, ...change }, at(1)))).toBe('signing.challenge_foreign');
    }
    expect(codeOf(() => assertChallengeUsable({ ...act, usedAt: at(1) }, use, at(2)))).toBe('signing.challenge_used');
    expect(codeOf(() => assertChallengeUsable(null, use, at(2)))).toBe('signing.challenge_unknown');
  });
});
