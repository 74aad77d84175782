import type { JournalActor } from '@oryndau/db';
import { listEnpApplicationFiles, setEnpApplicationDocument } from '@oryndau/db';
import { DomainError, ErrorCode, enp } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { createDocument } from '../signing/documents';
import { startDocumentSigning } from '../signing/sign-document';
import type { SigningDeps } from '../signing/sign-document';
import { requireOwnApplication } from './create-application';

/**
 * ENP-7 (seed 002, «2014»: «с подтверждением сведений ЭЦП»): the applicant
 * signs their application — its canonical JSON with the attachments'
 * SHA-256 — through the common signing route. The checklist binds the
 * signer's IIN to the signed-in person's, who is the applicant, so nobody
 * applies in another's name; the `enp.application` hook registers it.
 * Signing again (a lost challenge) builds a fresh document while it is a draft.
 */
export async function startApplicationSigning(deps: SigningDeps, subject: Subject, actor: JournalActor, id: string) {
  const now = deps.clock.now();
  const document = await deps.db.transaction(async (tx) => {
    const application = await requireOwnApplication(tx, subject, id, { lock: true });
    if (application.status !== 'draft') throw new DomainError(ErrorCode.enpApplicationState);
    const files = await listEnpApplicationFiles(tx, id);
    const manifest: enp.EnpApplicationManifest = {
      type: 'enp.application', applicationId: id, applicantIin: application.applicantIin, fullName: application.fullName,
      courtId: application.courtId, caseNumber: application.caseNumber, category: application.category, email: application.email,
      attachments: files.map((f) => ({ position: f.position, name: f.originalName, sha256: f.sha256, size: f.sizeBytes })),
    };
    const created = await createDocument(tx, { kind: 'enp.application', title: enp.ENP_APPLICATION_TITLE, mediaType: 'application/json',
      content: enp.enpApplicationManifestBytes(manifest), createdBy: subject.id }, now);
    await setEnpApplicationDocument(tx, id, created.id);
    return created;
  });
  const { challenge } = await startDocumentSigning(deps, subject, actor, document.id);
  return { challenge, document };
}
