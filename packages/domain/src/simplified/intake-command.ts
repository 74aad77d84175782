/**
 * SIMP-1/SIMP-2 at intake: which command a received fine gets. Ineligible
 * fines go the ordinary way before anyone asks the mobile-citizens database
 * (no needless lookups of people the pilot does not concern); eligible ones
 * without a phone go the ordinary way too (seed 001 §2: the proceeding is
 * initiated only "при наличии номера мобильного телефона").
 */
import type { Eligibility } from './eligibility';
import type { SimplifiedCommand } from './lifecycle';

/**
 * `phone` is the mobile-citizens answer: a number, or null when the debtor
 * has none. Pass `undefined` while not asked yet; the answer is then
 * "ask first" for an eligible fine.
 */
export function intakeCommand(eligibility: Eligibility, phone: string | null | undefined): SimplifiedCommand | 'lookup_phone' {
  if (!eligibility.eligible) return { action: 'routeToOrdinary', cause: 'ineligible', reasons: eligibility.reasons.map((r) => r.code) };
  if (phone === undefined) return 'lookup_phone';
  if (phone === null || phone.trim() === '') return { action: 'routeToOrdinary', cause: 'no_phone' };
  return { action: 'initiate', phone };
}
