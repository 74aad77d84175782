import { randomUUID } from 'node:crypto';
import type { Sql, Tx } from '@oryndau/db';
import { findFiling, lockFiling, markFilingReceived, nextCourtSequence, recordFilingAttempt, updateFilingDraft } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { loadWorkingCalendar } from '../enforcement/store';
import type { StoredDocument } from '../signing/documents';
import { SignatureRefused } from '../signing/sign-document';
import type { DocumentSigningHook } from '../signing/sign-document';
import type { VerificationReason } from '../signing/verifier';
import { blockActsByAppeal } from './acts/appeal-check';
import { filingIdOfDocument, loadFilingParts, manifestOf } from './filing-manifest';
import { filingResource } from './filing-access';
import { mayFileFor } from './may-file-for';

/** The draft changed after signing began: the signed manifest is no longer the filing. */
export const CHANGED_SINCE_SIGNING: VerificationReason = {
  code: 'changed_since_signing',
  kk: 'қол қою басталғаннан кейін өтініш немесе оның файлдары өзгертілген — қайта қол қойыңыз',
  ru: 'обращение или его файлы изменены после начала подписания — подпишите заново',
};

async function filingOfDocument(sql: Sql, document: StoredDocument) {
  const id = filingIdOfDocument(document);
  return id ? findFiling(sql, id) : null;
}

const resourceOf = (f: { applicantUserId: string; courtId: string }) => ({ applicantUserId: f.applicantUserId, courtId: f.courtId });

/**
 * FILE-10, FILE-13, ISSUE-14 items 6–7: the signed manifest arrived and the
 * ЭЦП checklist passed (bound to the signer's IIN by the verifier). In the
 * signature's transaction, under the filing's row lock: the manifest must
 * still be the filing as it stands, the signer must be the applicant (the
 * legal entity's BIN) or a trustee under a power of attorney valid on the
 * receipt date; then the server's instant, read in the court's zone, gives
 * the receipt date and the registration day, the court's counter the
 * number, and the filing is `received`. Any failure throws SignatureRefused:
 * nothing of the signature is kept and `recordNotReceived` keeps the attempt.
 *
 * Lock order: the filing (lockOwner), then its power of attorney, then the
 * court's `filing` counter for the day. The design's order puts counters
 * first; that counter row is only ever taken here, each transaction after
 * its own filing's row, so no two transactions can wait on each other in
 * a cycle.
 */
export async function receiveFiling(tx: Tx, event: Parameters<DocumentSigningHook['onSigned']>[1]): Promise<void> {
  const { document, signatureId, signer, now, actor } = event;
  const filing = await filingOfDocument(tx, document);
  if (!filing) throw new DomainError(ErrorCode.notFound);
  if (filing.status !== 'draft') throw new DomainError(ErrorCode.filingTransitionForbidden);
  const { court, attachments } = await loadFilingParts(tx, filing);
  const manifest = manifestOf(filing, court, attachments);
  const rebuilt = courts.manifestProblems(manifest).length === 0 ? courts.filingManifestBytes(manifest) : null;
  if (!rebuilt || Buffer.compare(Buffer.from(rebuilt), Buffer.from(document.content)) !== 0) throw new SignatureRefused([CHANGED_SINCE_SIGNING]);
  const receipt = courts.courtReceipt(now, { zone: court.timeZone, workdayEnd: court.workdayEnd }, await loadWorkingCalendar(tx));
  const authority = await mayFileFor(tx, { filing, signer, on: receipt.receiptDate, lock: true });
  if (authority.reasons.length > 0) throw new SignatureRefused(authority.reasons);
  let version = filing.version;
  if (authority.powerOfAttorneyId !== null && filing.powerOfAttorneyId === null) {
    // Keep which power of attorney the filing went under (the card and the office read it).
    if (!(await updateFilingDraft(tx, filing.id, version, { powerOfAttorneyId: authority.powerOfAttorneyId }, now))) {
      throw new DomainError(ErrorCode.concurrentUpdate);
    }
    version += 1;
  }
  const sequence = await nextCourtSequence(tx, court.id, 'filing', receipt.receiptDate);
  const number = courts.filingNumber({ courtCode: court.code, receiptDate: receipt.receiptDate, sequence });
  const received = await markFilingReceived(tx, filing.id, version, {
    number, signatureId, manifestSha256: document.contentHash, contentHash: courts.manifestContentHash(manifest),
    receivedAt: now, receiptDate: receipt.receiptDate, registrationDay: receipt.registrationDay,
  });
  if (!received) throw new DomainError(ErrorCode.concurrentUpdate);
  tx.journal({ at: now, actor, action: 'filing.received', objectType: 'filing', objectId: filing.id,
    details: { number, courtId: court.id, signatureId, receiptDate: receipt.receiptDate, registrationDay: receipt.registrationDay,
      localDateTime: receipt.localDateTime, powerOfAttorneyId: authority.powerOfAttorneyId ?? filing.powerOfAttorneyId } });
  // Issue 15 (FILE-15): an appeal received in time stops the target case's acts from entering into force.
  if (filing.service === 'appeal' && filing.targetCaseId !== null) {
    await blockActsByAppeal(tx, { id: filing.id, number, targetCaseId: filing.targetCaseId, receiptDate: receipt.receiptDate }, actor, now);
  }
}

/**
 * §30, §33: "not received". The filing stays a draft; the attempt and its
 * reasons are kept (filing_attempts, the journal) in a transaction of their
 * own, and the applicant reads the reasons in their language.
 */
export async function recordNotReceived(tx: Tx, event: Parameters<NonNullable<DocumentSigningHook['onRefused']>>[1]): Promise<DomainError> {
  const reasons = event.reasons.map((r) => ({ code: r.code, kk: r.kk, ru: r.ru }));
  const filingId = filingIdOfDocument(event.document);
  if (filingId) {
    await recordFilingAttempt(tx, { id: randomUUID(), filingId, at: event.now, reasons });
    tx.journal({ at: event.now, actor: event.actor, action: 'filing.not_received', objectType: 'filing', objectId: filingId,
      details: { documentId: event.document.id, reasons: reasons.map((r) => r.code) } });
  }
  return new DomainError(ErrorCode.filingNotReceived, { reasons });
}

const mayRead = async (sql: Sql, subject: Subject, document: StoredDocument) => {
  const filing = await filingOfDocument(sql, document);
  return filing !== null && can(subject, 'courts.filing.read', filingResource(filing));
};

/** FILE-6, FILE-10: a filing's manifest — read by whoever may read the filing, signed by its applicant while it is a draft. */
export const courtFilingHook: DocumentSigningHook = {
  mayRead,
  async maySign(sql, subject, document) {
    const filing = await filingOfDocument(sql, document);
    return filing !== null && filing.status === 'draft' && document.createdBy === subject.id && can(subject, 'courts.filing.edit', resourceOf(filing));
  },
  async lockOwner(tx, document) {
    const id = filingIdOfDocument(document);
    if (id) await lockFiling(tx, id);
  },
  onSigned: receiveFiling,
  onRefused: recordNotReceived,
};
