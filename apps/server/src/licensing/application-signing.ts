import type { JournalActor, LicensingApplicationRecord, Sql, Tx } from '@oryndau/db';
import {
  findLicensingApplication, findLicensingApplicationByDocument, listLicensingAttachments, nextLicensingCounter, scheduleDeadline,
  updateLicensingApplication,
} from '@oryndau/db';
import { DomainError, ErrorCode, can, canonicalJson, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { addDays, startOfLocalDay } from '@oryndau/kz';
import { loadWorkingCalendar } from '../enforcement/store';
import { createDocument } from '../signing/documents';
import type { StoredDocument } from '../signing/documents';
import { startDocumentSigning } from '../signing/sign-document';
import type { DocumentSigningHook, SigningDeps } from '../signing/sign-document';
import { APPLICATION_OBJECT, LICENSOR_ZONE, assertUpdated, requireOwnApplication, transition } from './licensing-store';

/** LIC-5: the durable timer that flags an application not decided by its deadline (worker: deadlines, SKIP LOCKED, fires once). */
export const LICENSING_OVERDUE = 'licensing.overdue';

const TITLE = { kk: 'Жеке сот орындаушысы лицензиясына өтініш', ru: 'Заявление на лицензию частного судебного исполнителя' };

/** Required documents not attached: the application cannot be signed or registered yet. */
export async function requireDocuments(sql: Sql, a: LicensingApplicationRecord): Promise<void> {
  const codes = (await listLicensingAttachments(sql, a.id)).map((f) => f.documentCode);
  const missing = licensing.missingDocuments(a.service, codes);
  if (missing.length > 0) {
    const names = (locale: 'kk' | 'ru') => missing.map((c) => licensing.REQUIRED_DOCUMENTS.find((d) => d.code === c)?.text[locale] ?? c).join('; ');
    throw new DomainError(ErrorCode.licensingDocumentsMissing, { missing: { kk: names('kk'), ru: names('ru') }, codes: missing });
  }
}

/**
 * LIC-2 (seed §6 processes 6–8): the applicant signs the form and the
 * attachments (their SHA-256 in a canonical JSON manifest) — only once paid
 * (condition 2) and complete. The checklist then checks the certificate's
 * validity, revocation and that its IIN is the session's, the applicant's
 * (condition 3); the hook below registers it, or refuses it with the reason.
 */
export async function startApplicationSigning(deps: SigningDeps, subject: Subject, actor: JournalActor, id: string) {
  const now = deps.clock.now();
  const document = await deps.db.transaction(async (tx) => {
    const application = await requireOwnApplication(tx, subject, id, { lock: true });
    if (application.status === 'draft') throw new DomainError(ErrorCode.licensingNotPaid);
    transition(application, 'sign');
    await requireDocuments(tx, application);
    const files = await listLicensingAttachments(tx, id);
    const manifest = { type: 'licensing.application', applicationId: id, service: application.service, reason: application.serviceReason,
      applicantIin: application.applicantIin, fullName: application.fullName, regionKato: application.regionKato,
      attachments: files.map((f) => ({ position: f.position, code: f.documentCode, name: f.originalName, sha256: f.sha256, size: f.sizeBytes })) };
    const created = await createDocument(tx, { kind: 'licensing.application', title: TITLE, mediaType: 'application/json',
      content: new TextEncoder().encode(canonicalJson(manifest)), createdBy: subject.id }, now);
    assertUpdated(await updateLicensingApplication(tx, id, application.version, { documentId: created.id }));
    return created;
  });
  const { challenge } = await startDocumentSigning(deps, subject, actor, document.id);
  return { challenge, document };
}

/**
 * Registration (seed §6 process 9, §7 process 6): the number of the year from
 * one counter, the 15-working-day deadline in the licensor's zone, and the
 * durable overdue timer for the day after it. Shared by both channels.
 */
export async function registerApplication(tx: Tx, a: LicensingApplicationRecord, version: number, status: 'registered', now: Date,
  extra: { signatureId?: string } = {}): Promise<{ number: string; deadline: string }> {
  const calendar = await loadWorkingCalendar(tx);
  const year = Number(now.toLocaleString('en', { timeZone: LICENSOR_ZONE, year: 'numeric' }));
  const number = a.number ?? licensing.licensingApplicationNumber(year, await nextLicensingCounter(tx, `application-${year}`));
  const deadline = licensing.licensingDeadline(now, LICENSOR_ZONE, calendar);
  assertUpdated(await updateLicensingApplication(tx, a.id, version, { status, number, registeredAt: now, deadline,
    ...(extra.signatureId ? { signatureId: extra.signatureId } : {}) }));
  await scheduleDeadline(tx, { kind: LICENSING_OVERDUE, subjectType: APPLICATION_OBJECT, subjectId: a.id,
    dueAt: startOfLocalDay(addDays(deadline, 1), LICENSOR_ZONE), payload: { deadline } }, now);
  return { number, deadline };
}

const ownDraft = async (sql: Sql, subject: Subject, document: StoredDocument) => {
  const found = await findLicensingApplicationByDocument(sql, document.id);
  if (!found || found.role !== 'application') return null;
  const a = found.application;
  return a.applicantUserId !== null && document.createdBy === subject.id && can(subject, 'licensing.apply', { applicantUserId: a.applicantUserId })
    ? a : null;
};

export const licensingApplicationHook: DocumentSigningHook = {
  mayRead: async (sql, subject, document) => {
    const found = await findLicensingApplicationByDocument(sql, document.id);
    return found !== null && can(subject, 'licensing.application.read', { applicantUserId: found.application.applicantUserId });
  },
  maySign: async (sql, subject, document) => {
    const a = await ownDraft(sql, subject, document);
    return a !== null && a.status === 'paid' && a.documentId === document.id;
  },
  async lockOwner(tx, document) {
    const found = await findLicensingApplicationByDocument(tx, document.id);
    if (found) await findLicensingApplication(tx, found.application.id, { lock: true });
  },
  async onSigned(tx, { subject, actor, document, signatureId, signer, now }) {
    const a = await ownDraft(tx, subject, document);
    if (!a || a.status !== 'paid' || a.documentId !== document.id) throw new DomainError(ErrorCode.licensingApplicationState);
    // Condition 3's IIN binding: the checklist bound the certificate to the session; the session is the applicant.
    if (signer?.iin !== a.applicantIin || subject.iin !== a.applicantIin) throw new DomainError(ErrorCode.forbidden);
    transition(a, 'sign');
    const signed = { ...a, status: 'signed' as const };
    transition(signed, 'register');
    const { number, deadline } = await registerApplication(tx, a, a.version, 'registered', now, { signatureId });
    tx.journal({ at: now, actor, action: 'licensing.application_registered', objectType: APPLICATION_OBJECT, objectId: a.id, subjectIin: a.applicantIin,
      details: { number, deadline, signatureId, channel: 'portal' } });
  },
  async onRefused(tx, { actor, document, reasons, now }) {
    // Seed §6 process 7: a certificate that fails validity, revocation or the IIN check refuses the application, with the reason.
    const found = await findLicensingApplicationByDocument(tx, document.id);
    const a = found?.role === 'application' ? await findLicensingApplication(tx, found.application.id, { lock: true }) : null;
    if (a && a.status === 'paid') {
      assertUpdated(await updateLicensingApplication(tx, a.id, a.version, { status: transition(a, 'refuse'), refusalReasons: ['signature_not_confirmed'],
        refusalText: reasons.map((r) => `${r.kk} / ${r.ru}`).join('; ') || null, decidedAt: now, decidedBy: null }));
      tx.journal({ at: now, actor, action: 'licensing.application_refused', objectType: APPLICATION_OBJECT, objectId: a.id, subjectIin: a.applicantIin,
        details: { reasons: ['signature_not_confirmed'], checks: reasons.map((r) => r.code), automatic: true } });
    }
    return new DomainError(ErrorCode.licensingSignatureRefused, { reasons });
  },
};
