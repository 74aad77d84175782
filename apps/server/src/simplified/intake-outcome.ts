import type { Sql } from '@oryndau/db';
import type { DomainError, simplified } from '@oryndau/domain';
import type { LocalizedText } from '@oryndau/kz';
import { errorMessage } from '../http/errors';

/** Why a fine went the ordinary way or was refused: a code and its kk/ru text. */
export type IntakeReason = { code: string; text: LocalizedText };

export type InitiatedOutcome = { erapFineId: string; outcome: 'initiated'; caseId: string; lastDay: string; expiresAt: string };
export type OrdinaryOutcome = {
  erapFineId: string; outcome: 'ordinary'; caseId: string; proceedingId: string; registrationNumber: string;
  cause: 'ineligible' | 'no_phone'; reasons: IntakeReason[];
};
export type RefusedOutcome = { erapFineId: string | null; outcome: 'refused'; reasons: IntakeReason[] };
export type StoredOutcome = InitiatedOutcome | OrdinaryOutcome;
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
  const found = await sql.query<{ outcome: StoredOutcome }>('SELECT outcome FROM simplified_cases WHERE erap_fine_id = $1', [erapFineId]);
  const row = found.rows[0];
  return row ? { ...row.outcome, replay: true } : null;
}
