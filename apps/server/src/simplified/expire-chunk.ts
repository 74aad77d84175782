import type { DeadlineChunkHandler, JournalRecord, OutboxMessage, StoredCasePayment, StoredDocument, Tx } from '@oryndau/db';
import {
  cancelOtherDeadlinesOfMany, enqueueMessages, insertDocuments, insertSignatures, lockSimplifiedCases, updateSimplifiedCase, upsertSimplifiedPayment,
} from '@oryndau/db';
import { DomainError, ErrorCode, simplified } from '@oryndau/domain';
import { registerExecutiveDocuments } from '../enforcement/register-executive-documents';
import { sha256Hex } from '../signing/documents';
import { signatureRow } from '../signing/signatures';
import { CLOSING_TITLES } from './closing-resolution';
import { erapStatusMessage } from './erap-status';
import { fineRegistrationInput, ERAP_ACTOR } from './ordinary-path';
import { SIMPLIFIED_EXPIRE, SYSTEM_TIMER_ACTOR, caseOfRow, fineOfRow, sealClosing, type CaseRow, type OutcomeDeps } from './outcomes';
import { SEALED_ACT_MEDIA_TYPE } from './sealed-act';

type Entry = Omit<JournalRecord, 'at'>;
type Expiring = {
  row: CaseRow; deadlineId: string; state: simplified.SimplifiedCase; events: readonly simplified.SimplifiedEvent[];
  closing: { documentId: string; doc: StoredDocument; signatureId: string } | null; register: boolean;
};

const entry = (action: string, objectType: string, objectId: string, details: Record<string, unknown>, actor = SYSTEM_TIMER_ACTOR): Entry =>
  ({ actor, action, objectType, objectId, details });

/**
 * SIMP-5 for a chunk of expiry timers (issue 18 item 4), in their claiming
 * transaction: per case exactly what applyCommand writes for `expire` — the
 * sealed cancellation resolution (its own signature each), the ЕРАП status
 * in the outbox, the hand-over to automatic distribution (ENF-12), the new
 * state, the journal entries in the same order — but each kind of row in one
 * statement for the chunk. A case paid, disagreed or already expired
 * meanwhile (its row locked here first, then read) has nothing left to do,
 * as on the one-by-one path.
 *
 * Lock order, the one of the whole server: the timers (claimed), the cases
 * (in id order), new rows, the departments' registration counters (in code
 * order), the bailiffs' counters (in id order), the journal last (the runner
 * appends the collected entries after everything else).
 */
export function simplifiedExpireChunkHandler(deps: OutcomeDeps): DeadlineChunkHandler {
  return async (tx, deadlines, now) => {
    const { locked: rows, busy } = await lockSimplifiedCases(tx, deadlines.map((d) => d.subjectId));
    // A case another transaction holds (a payment, a disagreement) will want its timer's row, which this chunk holds:
    // its timer is left for the next round instead of waiting (that wait would be a deadlock).
    const later = deadlines.filter((d) => busy.has(d.subjectId)).map((d) => d.id);
    const expiring: Expiring[] = [];
    const seen = new Set<string>();
    for (const d of deadlines) {
      if (busy.has(d.subjectId)) continue;
      const row = rows.get(d.subjectId);
      // Two timers of one case in a chunk: the second finds it cancelled, as it would one by one.
      if (!row || row.status !== 'initiated' || seen.has(row.id)) continue;
      seen.add(row.id);
      const decision = simplified.decide(caseOfRow(row), { action: 'expire' }, now);
      if (!decision.ok) throw decision.error;
      if (decision.replay) continue;
      expiring.push({ row, deadlineId: d.id, state: decision.state, events: decision.events, closing: null,
        register: decision.events.some((e) => e.type === 'simplified.sent_to_distribution') });
    }
    if (expiring.length === 0) return { later };
    await storeResolutions(tx, deps, expiring, now);
    await cancelOtherDeadlinesOfMany(tx, { subjectType: 'simplified_case', kind: SIMPLIFIED_EXPIRE,
      subjects: expiring.filter((x) => x.events.some((e) => e.type === 'simplified.deadline_cleared'))
        .map((x) => ({ subjectId: x.row.id, exceptId: x.deadlineId })) }, now);
    const messages: OutboxMessage[] = [];
    for (const x of expiring) {
      for (const e of x.events) {
        if (e.type === 'simplified.erap_status') messages.push(erapStatusMessage({ erapFineId: e.erapFineId, status: e.status, at: e.at, caseId: e.caseId }));
      }
    }
    await enqueueMessages(tx, messages, now);
    const toRegister = expiring.filter((x) => x.register);
    const registrations = await registerExecutiveDocuments(tx, toRegister.map((x) => fineRegistrationInput(fineOfRow(x.row))), now);
    const registrationOf = new Map(toRegister.map((x, i) => [x.row.id, registrations[i]!]));

    const entries: Entry[] = [];
    for (const x of expiring) {
      const { row, state } = x;
      const registration = registrationOf.get(row.id) ?? null;
      const proceedingId = registration?.proceedingId ?? row.proceedingId;
      for (const e of x.events) {
        switch (e.type) {
          case 'simplified.transitioned':
            if (x.closing) {
              entries.push(entry('document.sealed', 'document', x.closing.doc.id,
                { signatureId: x.closing.signatureId, kind: x.closing.doc.kind, contentHash: x.closing.doc.contentHash }));
            }
            entries.push(entry(`simplified.${e.action}`, 'simplified_case', row.id, { from: e.from, to: e.to, outcome: e.outcome, resolution: e.resolution,
              documentId: x.closing?.documentId ?? row.closingDocumentId, erapFineId: row.erapFineId }));
            break;
          case 'simplified.sent_to_distribution':
            entries.push({ ...registration!.journal, actor: ERAP_ACTOR });
            entries.push(entry('simplified.sent_to_distribution', 'simplified_case', row.id,
              { cause: e.cause, proceedingId, registrationNumber: registration!.registrationNumber }));
            break;
          case 'simplified.payment_credited_to_ordinary':
            if (!proceedingId) throw new DomainError(ErrorCode.internal, { reason: 'credit without an ordinary proceeding' });
            entries.push(entry('enforcement.payment_credited', 'proceeding', proceedingId, { source: 'simplified', caseId: row.id, erapFineId: e.erapFineId,
              paymentId: e.paymentId, amountTiyn: e.amountTiyn, paidAt: e.paidAt.toISOString(), paidWithinTerm: e.paidWithinTerm }));
            break;
          case 'simplified.payment_applied':
            entries.push(entry('simplified.payment_applied', 'simplified_case', row.id,
              { paymentId: e.paymentId, amountTiyn: e.amountTiyn, paidTotalTiyn: e.paidTotalTiyn, dueTiyn: e.dueTiyn }));
            break;
          case 'simplified.refund_due':
            entries.push(entry('simplified.refund_due', 'simplified_case', row.id, { paymentId: e.paymentId, amountTiyn: e.amountTiyn, cause: e.cause }));
            break;
          case 'simplified.deadline_cleared':
          case 'simplified.erap_status':
            break;
          case 'simplified.sms_requested':
          case 'simplified.deadline_scheduled':
            throw new Error(`${e.type} is written at intake only`);
        }
      }
      // A payment made before the term ran out (partly paid): the ledger row learns where it went, as applyCommand writes it.
      for (const p of state.payments) {
        await upsertSimplifiedPayment(tx, { paymentId: p.id, caseId: row.id, amountTiyn: p.amountTiyn, paidAt: p.paidAt, recordedAt: p.recordedAt,
          destination: p.destination, refundTiyn: p.refundTiyn, proceedingId: p.destination === 'ordinary' ? proceedingId : null, receiptCode: null });
      }
      const payments: StoredCasePayment[] = state.payments.map((p) => ({ id: p.id, amountTiyn: p.amountTiyn, paidAt: p.paidAt.toISOString(),
        recordedAt: p.recordedAt.toISOString(), destination: p.destination, refundTiyn: p.refundTiyn }));
      const next = await updateSimplifiedCase(tx, { id: row.id, expectedVersion: row.version, status: state.status, version: state.version, payments,
        closedAt: state.closedAt, closedOutcome: state.outcome, paidAt: null, closingDocumentId: x.closing?.documentId ?? row.closingDocumentId, proceedingId });
      if (!next) throw new DomainError(ErrorCode.conflict, { caseId: row.id });
    }
    // Collected, not written: the runner appends them once, after every business row (the one lock order).
    for (const e of entries) tx.journal({ ...e, at: now });
    return { later };
  };
}

/** The cancellation resolutions of the chunk: sealed one by one (each its own signature), stored in two statements. */
async function storeResolutions(tx: Tx, deps: OutcomeDeps, expiring: Expiring[], now: Date): Promise<void> {
  const documents: StoredDocument[] = [];
  const signatures = [];
  for (const x of expiring) {
    const sealing = x.events.find((e) => e.type === 'simplified.transitioned'
      && (e.resolution === 'simp.termination' || e.resolution === 'simp.cancellation'));
    if (!sealing) continue;
    const zone = x.row.zone ?? simplified.zoneOfTerritory(x.row.territoryKato);
    const { documentId, kind, sealed } = await sealClosing(deps, x.row, fineOfRow(x.row), x.state, zone, now);
    const doc: StoredDocument = { id: documentId, kind, title: CLOSING_TITLES[kind], mediaType: SEALED_ACT_MEDIA_TYPE, content: sealed.content,
      contentHash: sha256Hex(sealed.content), createdBy: null, createdAt: now, signedAt: now };
    const signature = signatureRow({ documentType: kind, documentId, contentHash: doc.contentHash, cms: sealed.cms, outcome: sealed.outcome }, now);
    documents.push(doc);
    signatures.push(signature);
    x.closing = { documentId, doc, signatureId: signature.id };
  }
  await insertDocuments(tx, documents);
  await insertSignatures(tx, signatures);
}
