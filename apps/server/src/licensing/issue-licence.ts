import { randomUUID } from 'node:crypto';
import type { JournalActor, LicensingApplicationRecord, Sql } from '@oryndau/db';
import {
  cancelDeadlines, findLicence, findLicensingApplication, findLicensingApplicationByDocument, insertLicence, insertRegisterAct, nextLicensingCounter,
  setLicenceStatus, updateLicensingApplication,
} from '@oryndau/db';
import { DomainError, ErrorCode, can, canonicalJson, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { createDocument } from '../signing/documents';
import { startDocumentSigning } from '../signing/sign-document';
import type { DocumentSigningHook, SigningDeps } from '../signing/sign-document';
import { LICENSING_OVERDUE } from './application-signing';
import { notifyApplicant } from './notify-applicant';
import { APPLICATION_OBJECT, assertUpdated, licensorToday, requireDecidableApplication, transition } from './licensing-store';

/** LIC-2, LIC-8: the activity the licence allows, as it is printed. */
export const LICENSED_ACTIVITY = { kk: 'Жеке сот орындаушысының қызметі', ru: 'Деятельность частного судебного исполнителя' } as const;
export const LICENSOR_NAME = { kk: 'Қазақстан Республикасының Әділет министрлігі', ru: 'Министерство юстиции Республики Казахстан' } as const;

const REGISTER_ACT_OF: Record<licensing.LicensingService, 'issued' | 'reissued' | 'duplicate_issued'> = {
  issue: 'issued', reissue: 'reissued', duplicate: 'duplicate_issued',
};

/** The electronic licence as signed: canonical JSON with the number, licensee, activity, date and the licence it replaces. */
export type LicenceContent = {
  type: 'licensing.licence'; number: string; licenseeIin: string; licensee: string; activity: typeof LICENSED_ACTIVITY; issuedOn: string;
  service: licensing.LicensingService; replaces: string | null; licensor: typeof LICENSOR_NAME; applicationNumber: string | null;
};

export function parseLicenceContent(bytes: Uint8Array): LicenceContent {
  return JSON.parse(new TextDecoder().decode(bytes)) as LicenceContent;
}

/**
 * LIC-2, LIC-8 (seed §6 process 11): the officer issues — every
 * qualification requirement marked met (condition 4), a number taken once
 * from the register's one sequence (kept if signing is repeated), the
 * electronic licence drawn up, and the officer's ЭЦП asked through the
 * common signing flow. Nothing changes in the register until the signature.
 */
export async function startLicenceSigning(deps: SigningDeps, subject: Subject, actor: JournalActor, id: string, version: number) {
  const now = deps.clock.now();
  const document = await deps.db.transaction(async (tx) => {
    const a = await requireDecidableApplication(tx, subject, id, { lock: true, version });
    transition(a, 'issue');
    if (licensing.unmetRequirements(a.checklist).length > 0) throw new DomainError(ErrorCode.licensingChecklistIncomplete);
    const previous = a.previousLicenceId ? await findLicence(tx, a.previousLicenceId) : null;
    const number = a.licenceNumber ?? licensing.licenceNumber(await nextLicensingCounter(tx, 'licence'));
    const content: LicenceContent = { type: 'licensing.licence', number, licenseeIin: a.applicantIin, licensee: a.fullName, activity: LICENSED_ACTIVITY,
      issuedOn: licensorToday(now), service: a.service, replaces: previous?.number ?? null, licensor: LICENSOR_NAME, applicationNumber: a.number };
    const created = await createDocument(tx, { kind: 'licensing.licence', title: { kk: `Лицензия № ${number}`, ru: `Лицензия № ${number}` },
      mediaType: 'application/json', content: new TextEncoder().encode(canonicalJson(content)), createdBy: subject.id }, now);
    assertUpdated(await updateLicensingApplication(tx, id, version, { licenceNumber: number, licenceDocumentId: created.id }));
    tx.journal({ at: now, actor, action: 'licensing.licence_drawn_up', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: a.applicantIin,
      details: { number, documentId: created.id } });
    return created;
  });
  const { challenge } = await startDocumentSigning(deps, subject, actor, document.id);
  return { challenge, document };
}

async function applicationOfLicence(sql: Sql, documentId: string): Promise<LicensingApplicationRecord | null> {
  const found = await findLicensingApplicationByDocument(sql, documentId);
  return found?.role === 'licence' ? found.application : null;
}

/**
 * The officer's signature issues the licence: the register gets it (valid
 * from today), with its act; a re-issue or duplicate replaces the licence
 * it was for; the application is `issued`; the applicant is told. Lock
 * order: application (lockOwner) → licences → journal.
 */
export const licensingLicenceHook: DocumentSigningHook = {
  mayRead: async (sql, subject, document) => {
    const a = await applicationOfLicence(sql, document.id);
    return a !== null && can(subject, 'licensing.application.read', { applicantUserId: a.applicantUserId });
  },
  maySign: async (sql, subject, document) => {
    const a = await applicationOfLicence(sql, document.id);
    return a !== null && a.licenceDocumentId === document.id && can(subject, 'licensing.application.decide', undefined)
      && licensing.nextLicensingStatus(a.status, 'issue') !== undefined;
  },
  async lockOwner(tx, document) {
    const a = await applicationOfLicence(tx, document.id);
    if (a) await findLicensingApplication(tx, a.id, { lock: true });
  },
  async onSigned(tx, { subject, actor, document, signatureId, now }) {
    const a = await applicationOfLicence(tx, document.id);
    if (!a || a.licenceDocumentId !== document.id || !can(subject, 'licensing.application.decide', undefined)) {
      throw new DomainError(ErrorCode.licensingApplicationState);
    }
    const status = transition(a, 'issue');
    const content = parseLicenceContent(document.content);
    const previous = a.previousLicenceId ? await findLicence(tx, a.previousLicenceId, { lock: true }) : null;
    if (previous) {
      const replaced = licensing.nextLicenceStatus(previous.status, REGISTER_ACT_OF[a.service]);
      if (!replaced || !(await setLicenceStatus(tx, previous.id, previous.version, replaced, content.issuedOn))) {
        throw new DomainError(ErrorCode.licensingLicenceState);
      }
    }
    const licenceId = randomUUID();
    await insertLicence(tx, { id: licenceId, number: content.number, licenseeIin: a.applicantIin, licenseeName: a.fullName, regionKato: a.regionKato,
      issuedOn: content.issuedOn, applicationId: a.id, replacesId: previous?.id ?? null, documentId: document.id, signatureId });
    const act = REGISTER_ACT_OF[a.service];
    await insertRegisterAct(tx, { id: randomUUID(), licenceId, act, ground: a.serviceReason, groundText: null, effectiveOn: content.issuedOn,
      status: 'signed', documentId: document.id, signatureId, createdAt: now, createdBy: subject.id });
    assertUpdated(await updateLicensingApplication(tx, a.id, a.version, { status, licenceId, decidedAt: now, decidedBy: subject.id }));
    await cancelDeadlines(tx, APPLICATION_OBJECT, a.id, LICENSING_OVERDUE, now);
    await notifyApplicant(tx, a, 'issued', now);
    tx.journal({ at: now, actor, action: `licensing.licence_${act}`, objectType: 'licence', objectId: licenceId, subjectIin: a.applicantIin,
      details: { number: content.number, applicationId: a.id, replaces: previous?.number ?? null, signatureId } });
  },
};
