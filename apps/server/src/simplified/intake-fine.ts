import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AdapterError, type MobileCitizensPort } from '@oryndau/adapters';
import type { Database, Sql, Tx } from '@oryndau/db';
import { enqueueMessage, findUserByIin, insertSimplifiedCase, scheduleDeadline } from '@oryndau/db';
import { DomainError, ErrorCode, simplified } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { isValidBin, isValidIin } from '@oryndau/kz';
import { isInputDataError } from '../http/errors';
import { enqueueErapStatus } from './erap-status';
import { parseFineItem, type ErapFineInput } from './fine-input';
import { ERAP_ACTOR, registerFineAsExecutiveDocument } from './ordinary-path';
import { INITIATION_TITLE, initiationAct } from './initiation-resolution';
import {
  reasonOfError, reasonOfEligibility, refused, storedOutcome, type InitiatedOutcome, type IntakeOutcome, type IntakeReason, type OrdinaryOutcome,
  type StoredOutcome,
} from './intake-outcome';
import { SIMPLIFIED_EXPIRE } from './outcomes';
import { storeSealedDocument, type SystemSeal } from './system-seal';

export type IntakeDeps = {
  db: Database; clock: Clock; publicOrigin: string; settings: simplified.SimplifiedSettings; seal: SystemSeal;
  mobileCitizens: () => MobileCitizensPort;
};

/** The debtor's phone, or null when the person registered none; other failures refuse the fine (ЕРАП may resend it). */
async function lookupPhone(deps: IntakeDeps, iin: string): Promise<string | null> {
  try {
    return (await deps.mobileCitizens().getPhoneByIin(iin)).phone;
  } catch (error) {
    if (error instanceof AdapterError && error.code === 'not_found') return null;
    throw new DomainError(ErrorCode.externalUnavailable, { system: 'mobile-citizens' });
  }
}

/** The new case row of a fine taken in: its state from the decision, the stored answer for a resend. */
async function insertCase(
  tx: Sql, fine: ErapFineInput, state: simplified.SimplifiedCase, outcome: StoredOutcome, reasons: readonly IntakeReason[],
  extra: { phone?: string | null; tokenHash?: string; documentId?: string; proceedingId?: string }, now: Date,
): Promise<void> {
  await insertSimplifiedCase(tx, {
    id: state.id, fine, zone: state.deadline?.zone ?? null, status: state.status, version: state.version, outcome, reasons,
    phone: extra.phone ?? null, tokenHash: extra.tokenHash ?? null, initiatedAt: state.initiatedAt, expiresAt: state.deadline?.expiresAt ?? null,
    lastDay: state.deadline?.lastDay ?? null, resolutionDocumentId: extra.documentId ?? null, proceedingId: extra.proceedingId ?? null,
    closedAt: state.closedAt, closedOutcome: state.outcome,
  }, now);
}

async function journalTransition(tx: Tx, events: readonly simplified.SimplifiedEvent[], details: Record<string, unknown>, now: Date) {
  for (const e of events) {
    if (e.type !== 'simplified.transitioned') continue;
    tx.journal({ at: now, actor: ERAP_ACTOR, action: `simplified.${e.action}`, objectType: 'simplified_case', objectId: e.caseId,
      details: { from: e.from, to: e.to, outcome: e.outcome, resolution: e.resolution, ...details } });
  }
}

/** SIMP-2: initiation — resolution signed by the system key, SMS with the link, ЕРАП status, the durable expiry timer. */
async function initiate(deps: IntakeDeps, fine: ErapFineInput, decision: { state: simplified.SimplifiedCase; events: readonly simplified.SimplifiedEvent[] }, now: Date): Promise<IntakeOutcome> {
  const { state } = decision;
  const deadline = state.deadline!;
  const token = randomBytes(15).toString('base64url');
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const documentId = randomUUID();
  const act = initiationAct({ fine, documentId, lastDay: deadline.lastDay, initiatedOn: deadline.initiatedOn, publicOrigin: deps.publicOrigin, organisation: deps.seal.organisation.name });
  const sealed = await deps.seal.seal(act, now);
  const outcome: InitiatedOutcome = { erapFineId: fine.erapFineId, outcome: 'initiated', caseId: state.id, lastDay: deadline.lastDay,
    expiresAt: deadline.expiresAt.toISOString() };
  await deps.db.transaction(async (tx) => {
    await storeSealedDocument(tx, { id: documentId, kind: 'simp.initiation', title: INITIATION_TITLE }, sealed, now);
    let phone: string | null = null;
    for (const e of decision.events) {
      if (e.type === 'simplified.sms_requested') phone = e.phone;
    }
    await insertCase(tx, fine, state, outcome, [], { phone, tokenHash, documentId }, now);
    for (const e of decision.events) {
      if (e.type === 'simplified.erap_status') await enqueueErapStatus(tx, { erapFineId: e.erapFineId, status: e.status, at: e.at, caseId: e.caseId }, now);
      if (e.type === 'simplified.sms_requested') {
        // ISSUE-13 item 5: the debtor's language when known (the profile of a person with an account), else both.
        const locale = (await findUserByIin(tx, fine.debtorIin))?.locale ?? null;
        const notice = simplified.renderSmsNotice(locale, { amountTiyn: e.amountTiyn, lastDay: e.lastDay, link: `${deps.publicOrigin}/s/${token}` });
        await enqueueMessage(tx, { channel: 'sms', recipient: e.phone, body: notice.text,
          payload: { caseId: e.caseId, kind: 'simplified.initiation', locale: notice.locale ?? 'kk+ru', segments: notice.count.segments, fits: notice.fits } }, now);
      }
      if (e.type === 'simplified.deadline_scheduled') {
        await scheduleDeadline(tx, { kind: SIMPLIFIED_EXPIRE, subjectType: 'simplified_case', subjectId: e.caseId, dueAt: e.dueAt }, now);
      }
    }
    await journalTransition(tx, decision.events, { erapFineId: fine.erapFineId, documentId, lastDay: deadline.lastDay,
      expiresAt: deadline.expiresAt.toISOString() }, now);
  });
  return { ...outcome, replay: false };
}

/** SIMP-1/SIMP-2: ineligible or no phone — an executive document, registered and automatically distributed. */
async function routeToOrdinary(
  deps: IntakeDeps, fine: ErapFineInput, decision: { state: simplified.SimplifiedCase; events: readonly simplified.SimplifiedEvent[] },
  cause: 'ineligible' | 'no_phone', eligibility: simplified.Eligibility, now: Date,
): Promise<IntakeOutcome> {
  const reasons = eligibility.eligible ? [] : eligibility.reasons.map(reasonOfEligibility);
  return deps.db.transaction(async (tx) => {
    const registration = await registerFineAsExecutiveDocument(tx, fine, now);
    const outcome: OrdinaryOutcome = { erapFineId: fine.erapFineId, outcome: 'ordinary', caseId: decision.state.id, proceedingId: registration.proceedingId,
      registrationNumber: registration.registrationNumber, cause, reasons };
    await insertCase(tx, fine, decision.state, outcome, reasons, { proceedingId: registration.proceedingId }, now);
    await journalTransition(tx, decision.events, { erapFineId: fine.erapFineId, cause, proceedingId: registration.proceedingId,
      reasons: reasons.map((r) => r.code) }, now);
    return { ...outcome, replay: false };
  });
}

/**
 * SIMP-1, SIMP-2: one fine from ЕРАП, in its own transaction. A known ЕРАП
 * id is answered with its stored outcome; a fine that cannot be taken in
 * (bad fields, an invalid identifier, an unreachable system) is refused
 * with its reasons and nothing is stored, so ЕРАП may send it again.
 */
export async function intakeFine(deps: IntakeDeps, raw: unknown): Promise<IntakeOutcome> {
  const parsed = parseFineItem(raw);
  if (!parsed.ok) return refused(parsed.erapFineId, [reasonOfError(new DomainError(ErrorCode.validation, { fields: parsed.fields }))]);
  const { fine } = parsed;
  const earlier = await storedOutcome(deps.db, fine.erapFineId);
  if (earlier) return earlier;
  try {
    const now = deps.clock.now();
    const eligibility = simplified.checkEligibility(fine, deps.settings);
    if (!isValidIin(fine.debtorIin) && !isValidBin(fine.debtorIin)) {
      // Neither the simplified nor the ordinary path can act against an identifier nobody has.
      return refused(fine.erapFineId, eligibility.eligible ? [] : eligibility.reasons.filter((r) => r.code === simplified.IneligibilityCode.debtorIdInvalid).map(reasonOfEligibility));
    }
    let command = simplified.intakeCommand(eligibility, undefined);
    if (command === 'lookup_phone') command = simplified.intakeCommand(eligibility, await lookupPhone(deps, fine.debtorIin));
    if (command === 'lookup_phone') throw new Error('phone lookup did not settle the command');
    const received = simplified.receivedCase({ id: randomUUID(), erapFineId: fine.erapFineId, amountTiyn: fine.amountTiyn,
      territoryKato: fine.territoryKato, receivedAt: now });
    const decision = simplified.decide(received, command, now);
    if (!decision.ok) return refused(fine.erapFineId, [reasonOfError(decision.error)]);
    if (command.action === 'initiate') return await initiate(deps, fine, decision, now);
    if (command.action === 'routeToOrdinary') return await routeToOrdinary(deps, fine, decision, command.cause, eligibility, now);
    throw new Error(`unexpected intake command ${command.action}`);
  } catch (error) {
    // Two deliveries of one fine at once: the loser answers with the winner's outcome.
    const again = await storedOutcome(deps.db, fine.erapFineId);
    if (again) return again;
    if (error instanceof DomainError) return refused(fine.erapFineId, [reasonOfError(error)]);
    // A value of this fine PostgreSQL cannot hold (its transaction rolled back): this fine is refused, the batch goes on.
    if (isInputDataError(error)) return refused(fine.erapFineId, [reasonOfError(new DomainError(ErrorCode.validation))]);
    throw error;
  }
}

/**
 * How many fines of one batch are in flight at once. Each fine waits on the
 * phone lookup (tens of ms), the database and the signing threads; with
 * several in flight one fine's sealing fills the others' waits, and a
 * 2-core server is kept busy without a long queue for its CPU.
 */
export const INTAKE_CONCURRENCY = 12;

/**
 * A batch from ЕРАП: every fine on its own (`intakeFine`, one transaction
 * each), up to `concurrency` at a time; the outcomes come back in the order
 * of the items. A fine that fails unexpectedly (not refused: the database
 * is gone) stops the batch — no further fine is started — and the error is
 * thrown once the fines in flight have settled; fines already taken in stay
 * taken in, and ЕРАП's resend gets their stored outcomes.
 */
export async function intakeFines(deps: IntakeDeps, items: readonly unknown[], concurrency = INTAKE_CONCURRENCY): Promise<IntakeOutcome[]> {
  const results: IntakeOutcome[] = new Array<IntakeOutcome>(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await intakeFine(deps, items[index]);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (failure) throw (failure as { error: unknown }).error;
  return results;
}
