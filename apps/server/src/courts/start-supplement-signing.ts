import type { JournalActor } from '@oryndau/db';
import { findFiling } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { createDocument } from '../signing/documents';
import { startDocumentSigning } from '../signing/sign-document';
import type { SigningDeps } from '../signing/sign-document';
import { filingResource } from './filing-access';
import { FINISHED_CASE_STATUSES, loadSupplementParts, supplementManifestOf } from './supplement-parts';

/** What the supplements' manifest is called where a person sees it (the verification page): no personal data in it. */
export const SUPPLEMENT_MANIFEST_TITLE = {
  kk: 'Сотқа жіберілетін қосымша құжаттар', ru: 'Дополнительные документы, направляемые в суд',
} as const;

/**
 * FILE-8, ISSUE-14 item 10 (seed 003 §25): sending the documents added to a
 * registered filing starts — the same way the filing itself was sent
 * (start-filing-signing.ts). Its applicant (the trustee who filed it, whose
 * power of attorney is checked again on arrival) gets the manifest of the
 * supplements not sent yet stored as a `court.filing_supplement` document
 * and the usual challenge; the signature goes to the common route, where
 * the hook (receive-supplements.ts) adds them to the case. Nothing unsent:
 * 409 `courts.supplements_none`; another person's filing: 404.
 */
export async function startSupplementSigning(deps: SigningDeps, subject: Subject, actor: JournalActor, filingId: string) {
  const filing = await findFiling(deps.db, filingId);
  if (!filing || !can(subject, 'courts.filing.read', filingResource(filing))) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, 'courts.filing.edit', filingResource(filing))) throw new DomainError(ErrorCode.forbidden);
  if (courts.nextFilingStatus(filing.status, 'addDocuments') === undefined) {
    throw new DomainError(ErrorCode.filingTransitionForbidden, { from: filing.status, action: 'addDocuments' });
  }
  const parts = await loadSupplementParts(deps.db, filing);
  if (FINISHED_CASE_STATUSES.includes(parts.courtCase.status)) throw new DomainError(ErrorCode.supplementsCaseClosed);
  const manifest = supplementManifestOf(filing, parts);
  if (manifest.supplements.length === 0) throw new DomainError(ErrorCode.supplementsNone);
  const invalid = courts.supplementManifestProblems(manifest);
  if (invalid.length > 0) throw new DomainError(ErrorCode.validation, { fields: invalid });
  const now = deps.clock.now();
  const document = await deps.db.transaction((tx) => createDocument(tx, {
    kind: 'court.filing_supplement', title: SUPPLEMENT_MANIFEST_TITLE, mediaType: 'application/json',
    content: courts.supplementManifestBytes(manifest), createdBy: subject.id,
  }, now));
  const { challenge } = await startDocumentSigning(deps, subject, actor, document.id);
  return { challenge, document, filing, positions: manifest.supplements.map((s) => s.position) };
}
