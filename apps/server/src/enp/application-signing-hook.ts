import type { Sql } from '@oryndau/db';
import {
  findCourt, findCourtCaseByNumber, findEnpApplication, findEnpApplicationByDocument, markEnpApplicationSubmitted, nextEnpApplicationNumber,
} from '@oryndau/db';
import { DomainError, ErrorCode, can, enp } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import type { StoredDocument } from '../signing/documents';
import type { DocumentSigningHook } from '../signing/sign-document';

const own = async (sql: Sql, subject: Subject, document: StoredDocument) => {
  const application = await findEnpApplicationByDocument(sql, document.id);
  return application !== null && document.createdBy === subject.id
    && can(subject, 'enp.application.apply', { applicantUserId: application.applicantUserId }) ? application : null;
};

const yearIn = (timeZone: string, at: Date) => Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(at));

/**
 * ENP-7: the applicant's signature registers the application — a number of
 * the court's year, the case the number names in that court (or none: the
 * staff refuse then; the applicant is not told here whether a case exists),
 * journalled with the signature. Only its applicant reads and signs it,
 * while it is a draft and this is its current document.
 */
export const enpApplicationHook: DocumentSigningHook = {
  mayRead: async (sql, subject, document) => (await own(sql, subject, document)) !== null,
  maySign: async (sql, subject, document) => (await own(sql, subject, document))?.status === 'draft',
  async lockOwner(tx, document) {
    const application = await findEnpApplicationByDocument(tx, document.id);
    if (application) await findEnpApplication(tx, application.id, { lock: true });
  },
  async onSigned(tx, { subject, actor, document, signatureId, signer, now }) {
    const application = await findEnpApplicationByDocument(tx, document.id);
    if (!application || application.status !== 'draft') throw new DomainError(ErrorCode.enpApplicationState);
    // The checklist already bound the certificate's IIN to the session's; the application's IIN is the session's too.
    if (signer?.iin !== application.applicantIin || subject.iin !== application.applicantIin) throw new DomainError(ErrorCode.forbidden);
    const court = await findCourt(tx, application.courtId);
    if (!court) throw new DomainError(ErrorCode.notFound);
    const number = enp.enpApplicationNumber(yearIn(court.timeZone, now), await nextEnpApplicationNumber(tx, court.id, yearIn(court.timeZone, now)));
    const courtCase = await findCourtCaseByNumber(tx, court.id, application.caseNumber);
    if (!(await markEnpApplicationSubmitted(tx, application.id, { number, caseId: courtCase?.id ?? null, signatureId, at: now }))) {
      throw new DomainError(ErrorCode.enpApplicationState);
    }
    tx.journal({ at: now, actor, action: 'enp.application_submitted', objectType: 'enp_application', objectId: application.id,
      subjectIin: application.applicantIin, details: { number, courtId: court.id, caseNumber: application.caseNumber, caseId: courtCase?.id ?? null,
        category: application.category, signatureId } });
  },
};
