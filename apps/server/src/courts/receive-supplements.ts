import { randomUUID } from 'node:crypto';
import type { Sql, Tx } from '@oryndau/db';
import { addCaseEvent, addCourtCaseDocument, bumpFilingVersion, findCourtCase, findFiling, lockFiling, recordFilingAttempt } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { loadWorkingCalendar } from '../enforcement/store';
import type { StoredDocument } from '../signing/documents';
import { SignatureRefused } from '../signing/sign-document';
import type { DocumentSigningHook } from '../signing/sign-document';
import type { VerificationReason } from '../signing/verifier';
import { filingResource } from './filing-access';
import { filingState } from './filing-state';
import { mayFileFor } from './may-file-for';
import { notifyCourtOfSupplements } from './notify-court';
import { FINISHED_CASE_STATUSES, loadSupplementParts, supplementFilingIdOfDocument, supplementManifestOf } from './supplement-parts';

/** A supplement was added, removed or sent (another tab) after signing began: the signed list is no longer what is unsent. */
export const SUPPLEMENTS_CHANGED: VerificationReason = {
  code: 'changed_since_signing',
  kk: 'қол қою басталғаннан кейін қосымша құжаттар тізімі өзгерді — бетті жаңартып, қайта қол қойыңыз',
  ru: 'список дополнительных документов изменился после начала подписания — обновите страницу и подпишите снова',
};

/** The case was returned, transferred or closed after signing began. */
export const CASE_CLOSED: VerificationReason = {
  code: 'case_closed',
  kk: 'іс бойынша іс жүргізу аяқталған, іс қосымша құжаттарды қабылдамайды',
  ru: 'производство по делу окончено, дело не принимает дополнительные документы',
};

async function filingOfDocument(sql: Sql, document: StoredDocument) {
  const id = supplementFilingIdOfDocument(document);
  return id ? findFiling(sql, id) : null;
}

/**
 * FILE-8, FILE-10, FILE-13 (ISSUE-14 item 10): the signed supplement manifest
 * arrived and the ЭЦП checklist passed (bound to the signer's IIN by the
 * verifier). In the signature's transaction, under the filing's row lock:
 * the manifest must still list exactly the supplements not sent yet; the
 * signer must still have the authority to file it (mayFileFor — the
 * applicant's IIN/BIN, or the power of attorney valid on the receipt date in
 * the court's zone); the case must still take documents. Then each
 * supplement becomes a document of the case (from this filing, at its
 * position), the case's course gets ONE `documents_added` entry, the filing's
 * version moves (FILING_TRANSITIONS registered —addDocuments→ registered),
 * the court is told and it is journalled. A refusal throws SignatureRefused:
 * nothing is kept of the signature and `recordSupplementsNotReceived` keeps
 * the attempt.
 *
 * Lock order: the filing (lockOwner), the challenge (the signing runner),
 * then the power of attorney, then the case — the filing before its case,
 * as registration takes them; the journal last.
 */
export async function receiveSupplements(tx: Tx, event: Parameters<DocumentSigningHook['onSigned']>[1]): Promise<void> {
  const { document, signatureId, signer, now, actor, subject } = event;
  const filing = await filingOfDocument(tx, document);
  if (!filing) throw new DomainError(ErrorCode.notFound);
  if (courts.nextFilingStatus(filing.status, 'addDocuments') === undefined) {
    throw new DomainError(ErrorCode.filingTransitionForbidden, { from: filing.status, action: 'addDocuments' });
  }
  const parts = await loadSupplementParts(tx, filing);
  const manifest = supplementManifestOf(filing, parts);
  // Everything was sent meanwhile (a second tab signed first): nothing to refuse, nothing to add.
  if (manifest.supplements.length === 0) throw new DomainError(ErrorCode.supplementsNone);
  const rebuilt = courts.supplementManifestProblems(manifest).length === 0 ? courts.supplementManifestBytes(manifest) : null;
  if (!rebuilt || Buffer.compare(Buffer.from(rebuilt), Buffer.from(document.content)) !== 0) throw new SignatureRefused([SUPPLEMENTS_CHANGED]);
  const receipt = courts.courtReceipt(now, { zone: parts.court.timeZone, workdayEnd: parts.court.workdayEnd }, await loadWorkingCalendar(tx));
  const authority = await mayFileFor(tx, { filing, signer, on: receipt.receiptDate, lock: true });
  if (authority.reasons.length > 0) throw new SignatureRefused(authority.reasons);
  const courtCase = await findCourtCase(tx, parts.courtCase.id, { lock: true });
  if (!courtCase || FINISHED_CASE_STATUSES.includes(courtCase.status)) throw new SignatureRefused([CASE_CLOSED]);

  const decision = courts.decideFiling(filingState(filing), { action: 'addDocuments', documentCount: manifest.supplements.length }, now);
  if (!decision.ok) throw decision.error;
  const byPosition = new Map(parts.attachments.map((a) => [a.position, a]));
  for (const item of manifest.supplements) {
    const attachment = byPosition.get(item.position)!;
    await addCourtCaseDocument(tx, { id: randomUUID(), caseId: courtCase.id, filingId: filing.id, title: attachment.title, fileId: attachment.fileId,
      kind: attachment.file.kind, position: attachment.position, addedAt: now });
  }
  const positions = manifest.supplements.map((s) => s.position);
  await addCaseEvent(tx, { id: randomUUID(), caseId: courtCase.id, kind: 'documents_added', occurredAt: now, localDate: receipt.receiptDate,
    actorUserId: subject.id, details: { filingId: filing.id, filingNumber: filing.number, documentCount: positions.length, positions, signatureId,
      supplement: true } });
  if (!(await bumpFilingVersion(tx, filing.id, filing.version, filing.status, now))) throw new DomainError(ErrorCode.concurrentUpdate);
  const notified = await notifyCourtOfSupplements(tx, {
    caseId: courtCase.id, caseNumber: courtCase.number, filingNumber: filing.number ?? '', court: parts.court,
    titles: manifest.supplements.map((s) => s.title),
  }, now);
  tx.journal({ at: now, actor, action: 'filing.supplements_received', objectType: 'filing', objectId: filing.id, subjectIin: filing.applicantIinBin,
    details: { count: positions.length, positions, signatureId, receiptDate: receipt.receiptDate, localDateTime: receipt.localDateTime,
      caseId: courtCase.id, caseNumber: courtCase.number, courtId: parts.court.id, manifestSha256: document.contentHash,
      powerOfAttorneyId: authority.powerOfAttorneyId ?? filing.powerOfAttorneyId, notified } });
}

/**
 * §30, §33 for supplements: "not received". Nothing was added to the case;
 * the attempt and its reasons are kept (filing_attempts — the filing's card
 * lists them — and the journal) in a transaction of their own, and the
 * applicant reads the reasons in their language.
 */
export async function recordSupplementsNotReceived(tx: Tx, event: Parameters<NonNullable<DocumentSigningHook['onRefused']>>[1])
  : Promise<DomainError> {
  const reasons = event.reasons.map((r) => ({ code: r.code, kk: r.kk, ru: r.ru }));
  const filingId = supplementFilingIdOfDocument(event.document);
  if (filingId) {
    await recordFilingAttempt(tx, { id: randomUUID(), filingId, at: event.now, reasons });
    tx.journal({ at: event.now, actor: event.actor, action: 'filing.supplements_not_received', objectType: 'filing', objectId: filingId,
      details: { documentId: event.document.id, reasons: reasons.map((r) => r.code) } });
  }
  return new DomainError(ErrorCode.supplementsNotReceived, { reasons });
}

const mayRead = async (sql: Sql, subject: Subject, document: StoredDocument) => {
  const filing = await filingOfDocument(sql, document);
  return filing !== null && can(subject, 'courts.filing.read', filingResource(filing));
};

/** FILE-8: a supplement manifest — read by whoever may read the filing, signed by the filing's applicant while it is registered. */
export const courtFilingSupplementHook: DocumentSigningHook = {
  mayRead,
  async maySign(sql, subject, document) {
    const filing = await filingOfDocument(sql, document);
    return filing !== null && filing.status === 'registered' && document.createdBy === subject.id
      && can(subject, 'courts.filing.edit', filingResource(filing));
  },
  async lockOwner(tx, document) {
    const id = supplementFilingIdOfDocument(document);
    if (id) await lockFiling(tx, id);
  },
  onSigned: receiveSupplements,
  onRefused: recordSupplementsNotReceived,
};
