import type { Database, Sql, Tx } from '@oryndau/db';
import { markDocumentSigned, recordJournal } from '@oryndau/db';
import { DomainError, ErrorCode, assertChallengeUsable } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import type { JournalActor } from '@oryndau/db';
import { createChallenge, loadChallenge, lockChallenge, markChallengeUsed } from './challenges';
import { isDocumentKind } from './document-kinds';
import type { DocumentKind } from './document-kinds';
import { loadDocument } from './documents';
import { storeSignature } from './signatures';
import type { StoredDocument } from './documents';
import type { SignatureVerifier, VerificationOutcome, VerificationReason } from './verifier';

/**
 * Thrown by a hook's `onSigned` when the signature is sound as a signature
 * but does not bind the act it is for (FILE-10: not the applicant's BIN, no
 * valid power of attorney, the draft changed since signing began). The
 * signature's transaction rolls back — nothing is stored or moved — and
 * the refusal is then kept through the hook's `onRefused`.
 */
export class SignatureRefused extends Error {
  constructor(readonly reasons: readonly VerificationReason[]) {
    super(`signature refused: ${reasons.map((r) => r.code).join(', ')}`);
    this.name = 'SignatureRefused';
  }
}

/**
 * A workspace's say over its own kind of document: who may read and sign
 * it, and what a valid signature does. `onSigned` runs in the signature's
 * transaction — if it throws (a lost race), the signature is not stored.
 */
export type DocumentSigningHook = {
  mayRead(sql: Sql, subject: Subject, document: StoredDocument): Promise<boolean>;
  maySign(sql: Sql, subject: Subject, document: StoredDocument): Promise<boolean>;
  /**
   * Locks the business row the document belongs to (an act's proceeding)
   * as the first statement of the signature's transaction — the server's
   * lock order is that row first, then the challenge and the document, the
   * journal last (packages/db/src/transaction.ts). Without it the signature
   * would hold the challenge while waiting for the proceeding.
   */
  lockOwner?(tx: Sql, document: StoredDocument): Promise<void>;
  onSigned(tx: Tx, event: {
    subject: Subject; actor: JournalActor; document: StoredDocument; signatureId: string;
    /** Who the verified certificate names (its IIN, BIN, roles). */
    signer: VerificationOutcome['signer']; now: Date;
  }): Promise<void>;
  /**
   * A refused signature — by the checklist or by `onSigned` throwing
   * `SignatureRefused` — in a transaction of its own that commits whatever
   * follows (e.g. FILE-10's "not received" attempt with its reasons). Returns
   * the error the signer reads. Without it the refusal is `signing.signature_invalid`.
   */
  onRefused?(tx: Tx, event: { subject: Subject; actor: JournalActor; document: StoredDocument; reasons: readonly VerificationReason[]; now: Date })
    : Promise<DomainError>;
};

/** One hook per document kind, exhaustively: a kind without a hook is a type error, not a silent default. */
export type SigningHooks = Readonly<Record<DocumentKind, DocumentSigningHook>>;

export type SigningDeps = { db: Database; clock: Clock; verify: SignatureVerifier; hooks: SigningHooks };

/** The hook of a stored document's kind; a kind this server does not know (an old or foreign row) has none and is refused. */
function hookOf(deps: SigningDeps, document: StoredDocument): DocumentSigningHook | null {
  return isDocumentKind(document.kind) ? deps.hooks[document.kind] : null;
}

export async function maySignDocument(deps: SigningDeps, subject: Subject, document: StoredDocument): Promise<boolean> {
  const hook = hookOf(deps, document);
  return hook ? hook.maySign(deps.db, subject, document) : false;
}

export async function mayReadDocument(deps: SigningDeps, subject: Subject, document: StoredDocument): Promise<boolean> {
  const hook = hookOf(deps, document);
  return hook ? hook.mayRead(deps.db, subject, document) : false;
}

/** A document one may not read is answered as missing (404); one read but not signable by this person is a 403. */
async function assertMaySign(deps: SigningDeps, subject: Subject, document: StoredDocument): Promise<void> {
  if (await maySignDocument(deps, subject, document)) return;
  throw new DomainError((await mayReadDocument(deps, subject, document)) ? ErrorCode.forbidden : ErrorCode.notFound);
}

/** SIG-3: signing starts — the server fixes what is signed and when it expires. */
export async function startDocumentSigning(deps: SigningDeps, subject: Subject, actor: JournalActor, documentId: string) {
  const document = await loadDocument(deps.db, documentId);
  if (!document) throw new DomainError(ErrorCode.notFound);
  await assertMaySign(deps, subject, document);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const challenge = await createChallenge(tx, 'act', now, {
      userId: subject.id, documentType: document.kind, documentId: document.id, contentHash: document.contentHash,
    });
    tx.journal({ at: now, actor, action: 'document.signing_started', objectType: 'document', objectId: document.id,
      details: { challengeId: challenge.id, contentHash: document.contentHash } });
    return { challenge, document };
  });
}

/**
 * SIG-1, SIG-4: a signature arrives. It is verified against the server's
 * own copy of the document, as of receipt, bound to the user's IIN; only a
 * valid signature on a live challenge is stored, with its evidence, in the
 * same transaction as the journal entry. A refused one is journalled too.
 */
export async function submitDocumentSignature(
  deps: SigningDeps, subject: Subject, actor: JournalActor, input: { challengeId: string; cms: Uint8Array },
): Promise<{ signatureId: string; documentId: string }> {
  const now = deps.clock.now();
  // Read without a lock first: verification is slow and must not hold one.
  const peek = await loadChallenge(deps.db, input.challengeId);
  const document = peek?.documentId ? await loadDocument(deps.db, peek.documentId) : null;
  // The challenge must match the document as stored now (same content hash).
  const use = { purpose: 'act' as const, userId: subject.id, documentType: document?.kind ?? '', documentId: document?.id ?? '',
    contentHash: document?.contentHash ?? '' };
  const challenge = assertChallengeUsable(peek, use, now);
  if (!document) throw new DomainError(ErrorCode.challengeForeign);
  await assertMaySign(deps, subject, document);
  const outcome = await deps.verify({ cms: input.cms, content: document.content, purpose: 'sign', expectIin: subject.iin, at: now });
  if (!outcome.valid) {
    await recordJournal(deps.db, { at: now, actor, action: 'document.signature_rejected',
      objectType: 'document', objectId: document.id, details: { reasons: outcome.reasons.map((r) => r.code) } });
    throw await refusal(deps, { subject, actor, document, reasons: outcome.reasons, now });
  }
  const hook = hookOf(deps, document);
  try {
    return await deps.db.transaction(async (tx) => {
      await hook?.lockOwner?.(tx, document);
      // Re-check under the row lock: a parallel submission may have won.
      assertChallengeUsable(await lockChallenge(tx, challenge.id), use, now);
      const signatureId = await storeSignature(tx, { challengeId: challenge.id, documentType: document.kind, documentId: document.id,
        contentHash: document.contentHash, cms: input.cms, outcome }, now);
      await markChallengeUsed(tx, challenge.id, now);
      await markDocumentSigned(tx, document.id, now);
      tx.journal({ at: now, actor, action: 'document.signed', objectType: 'document', objectId: document.id,
        details: { signatureId, contentHash: document.contentHash, signerIin: outcome.signer?.iin ?? null } });
      if (!hook) throw new DomainError(ErrorCode.forbidden);
      await hook.onSigned(tx, { subject, actor, document, signatureId, signer: outcome.signer, now });
      return { signatureId, documentId: document.id };
    });
  } catch (error) {
    if (error instanceof SignatureRefused) throw await refusal(deps, { subject, actor, document, reasons: error.reasons, now });
    throw error;
  }
}

/** The error a refused signature answers with, after the document's hook kept what it keeps of the refusal. */
async function refusal(deps: SigningDeps, event: { subject: Subject; actor: JournalActor; document: StoredDocument;
  reasons: readonly VerificationReason[]; now: Date }): Promise<DomainError> {
  const onRefused = hookOf(deps, event.document)?.onRefused;
  if (!onRefused) return new DomainError(ErrorCode.signatureInvalid, { reasons: event.reasons });
  return deps.db.transaction((tx) => onRefused(tx, event));
}
