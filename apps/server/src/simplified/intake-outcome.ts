import type { IntakeReason, Sql, StoredIntakeOutcome } from '@oryndau/db';
import { findStoredIntakeOutcome } from '@oryndau/db';
import type { DomainError, simplified } from '@oryndau/domain';
import { errorMessage } from '../http/errors';

export type { InitiatedOutcome, IntakeReason, OrdinaryOutcome } from '@oryndau/db';
export type RefusedOutcome = { erapFineId: string | null; outcome: 'refused'; reasons: IntakeReason[] };
export type StoredOutcome = StoredIntakeOutcome;
/** `replay: true` when the fine was already taken in: the stored original answer. */
export type IntakeOutcome = (StoredOutcome | RefusedOutcome) & { replay: boolean };

export const refused = (erapFineId: string | null, reasons: IntakeReason[]): IntakeOutcome => ({ erapFineId, outcome: 'refused', reasons, replay: false });

export const reasonOfEligibility = (r: simplified.Reason): IntakeReason => ({ code: r.code, text: { kk: r.text.kk, ru: r.text.ru } });

/** A DomainError as an item reason, in both languages (the same texts as the HTTP error answers). */
export function reasonOfError(error: DomainError): IntakeReason {
  return { code: error.code, text: { kk: errorMessage(error, 'kk'), ru: errorMessage(error, 'ru') } };
}

/** The answer given when the fine was first taken in, or null for a new fine. */
export async function storedOutcome(sql: Sql, erapFineId: string): Promise<IntakeOutcome | null> {
  const outcome = await findStoredIntakeOutcome(sql, erapFineId);
  return outcome ? { ...outcome, replay: true } : null;
}
