import type { Sql, Tx } from '@oryndau/db';
import { insertSimplifiedCase } from '@oryndau/db';
import type { simplified } from '@oryndau/domain';
import type { ErapFineInput } from './fine-input';
import type { IntakeDecision, IntakeDeps } from './intake-deps';
import { reasonOfEligibility, type IntakeOutcome, type IntakeReason, type OrdinaryOutcome, type StoredOutcome } from './intake-outcome';
import { ERAP_ACTOR, registerFineAsExecutiveDocument } from './ordinary-path';

/** The new case row of a fine taken in: its state from the decision, the stored answer for a resend. */
async function insertCase(
  tx: Sql, fine: ErapFineInput, state: simplified.SimplifiedCase, outcome: StoredOutcome, reasons: readonly IntakeReason[],
  extra: { proceedingId: string }, now: Date,
): Promise<void> {
  await insertSimplifiedCase(tx, {
    id: state.id, fine, zone: state.deadline?.zone ?? null, status: state.status, version: state.version, outcome, reasons,
    phone: null, tokenHash: null, initiatedAt: state.initiatedAt, expiresAt: state.deadline?.expiresAt ?? null,
    lastDay: state.deadline?.lastDay ?? null, resolutionDocumentId: null, proceedingId: extra.proceedingId,
    closedAt: state.closedAt, closedOutcome: state.outcome,
  }, now);
}

/** The decision's transitions as journal entries (collected; the runner appends them last). */
export function journalTransition(tx: Tx, events: readonly simplified.SimplifiedEvent[], details: Record<string, unknown>, now: Date): void {
  for (const e of events) {
    if (e.type !== 'simplified.transitioned') continue;
    tx.journal({ at: now, actor: ERAP_ACTOR, action: `simplified.${e.action}`, objectType: 'simplified_case', objectId: e.caseId,
      details: { from: e.from, to: e.to, outcome: e.outcome, resolution: e.resolution, ...details } });
  }
}

/**
 * SIMP-1/SIMP-2: ineligible or no phone — an executive document, registered
 * and automatically distributed, in a transaction of its own per fine: the
 * distribution takes the bailiffs' rows, which a whole batch must not hold.
 */
export async function routeToOrdinary(
  deps: IntakeDeps, fine: ErapFineInput, decision: IntakeDecision, cause: 'ineligible' | 'no_phone', eligibility: simplified.Eligibility, now: Date,
): Promise<IntakeOutcome> {
  const reasons = eligibility.eligible ? [] : eligibility.reasons.map(reasonOfEligibility);
  return deps.db.transaction(async (tx) => {
    const registration = await registerFineAsExecutiveDocument(tx, fine, now);
    const outcome: OrdinaryOutcome = { erapFineId: fine.erapFineId, outcome: 'ordinary', caseId: decision.state.id, proceedingId: registration.proceedingId,
      registrationNumber: registration.registrationNumber, cause, reasons };
    await insertCase(tx, fine, decision.state, outcome, reasons, { proceedingId: registration.proceedingId }, now);
    journalTransition(tx, decision.events, { erapFineId: fine.erapFineId, cause, proceedingId: registration.proceedingId,
      reasons: reasons.map((r) => r.code) }, now);
    return { ...outcome, replay: false };
  });
}
