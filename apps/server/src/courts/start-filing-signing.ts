import type { JournalActor } from '@oryndau/db';
import { findFiling } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { createDocument } from '../signing/documents';
import { startDocumentSigning } from '../signing/sign-document';
import type { SigningDeps } from '../signing/sign-document';
import { filingResource } from './filing-access';
import { blockingProblems, loadFilingParts, manifestOf } from './filing-manifest';

/** What the manifest document is called where a person sees it (the verification page): no personal data in it. */
export const FILING_MANIFEST_TITLE = { kk: 'Сотқа электрондық өтініш', ru: 'Электронное обращение в суд' } as const;

/**
 * FILE-6, ISSUE-14 item 6: signing a filing starts. The server builds the
 * manifest from the draft (refusing a draft whose files do not match the
 * appendix — FILE-5 — or that the court would not take), stores those exact
 * bytes as the document to sign and opens the usual signing challenge; the
 * web's signing dialog signs them and submits to the common signature route,
 * where the `court.filing` hook receives the filing (receive-filing.ts).
 */
export async function startFilingSigning(deps: SigningDeps, subject: Subject, actor: JournalActor, filingId: string) {
  const filing = await findFiling(deps.db, filingId);
  if (!filing || !can(subject, 'courts.filing.read', filingResource(filing))) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, 'courts.filing.edit', filingResource(filing))) throw new DomainError(ErrorCode.forbidden);
  if (filing.status !== 'draft') throw new DomainError(ErrorCode.filingTransitionForbidden);
  const { court, attachments } = await loadFilingParts(deps.db, filing);
  const problems = await blockingProblems(deps.db, filing, court, attachments);
  if (problems.length > 0) throw new DomainError(ErrorCode.filingNotReady, { reasons: problems });
  const manifest = manifestOf(filing, court, attachments);
  const invalid = courts.manifestProblems(manifest);
  if (invalid.length > 0) throw new DomainError(ErrorCode.validation, { fields: invalid });
  const now = deps.clock.now();
  const document = await deps.db.transaction((tx) => createDocument(tx, {
    kind: 'court.filing', title: FILING_MANIFEST_TITLE, mediaType: 'application/json', content: courts.filingManifestBytes(manifest),
    createdBy: subject.id,
  }, now));
  const { challenge } = await startDocumentSigning(deps, subject, actor, document.id);
  return { challenge, document, filing };
}
