import { DomainError, ErrorCode } from '@oryndau/domain';
import type { IntakeDeps } from './intake-deps';

/** A debtor's phone, null when the person registered none, or why the fine cannot be taken in now. */
export type PhoneAnswer = string | null | DomainError;

/**
 * SIMP-2: the debtors' phones for a whole batch in one exchange with the
 * mobile-citizens base (issue 18 item 3), not one round trip per fine. An
 * IIN the base refuses, or the base being unreachable, refuses those fines
 * only (`external.unavailable`): ЕРАП may send them again.
 */
export async function lookupPhones(deps: IntakeDeps, iins: readonly string[]): Promise<Map<string, PhoneAnswer>> {
  const answers = new Map<string, PhoneAnswer>();
  const unique = [...new Set(iins)];
  if (unique.length === 0) return answers;
  const unavailable = () => new DomainError(ErrorCode.externalUnavailable, { system: 'mobile-citizens' });
  try {
    for (const found of await deps.mobileCitizens().getPhonesByIins(unique)) {
      answers.set(found.iin, 'refused' in found ? unavailable() : found.record?.phone ?? null);
    }
  } catch {
    // The whole exchange failed (outage, timeout, a broken answer): every fine that needed a phone waits for ЕРАП's resend.
    for (const iin of unique) answers.set(iin, unavailable());
  }
  return answers;
}
