import type { Sql, Tx } from '@oryndau/db';
import { findSystemOrganisation } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { SystemOrganisation } from '@oryndau/domain';
import type { OpenedKeyFile } from '@oryndau/esign';
import type { Config } from '../config';
import type { DocumentKind } from '../signing/document-kinds';
import { createDocument, type StoredDocument } from '../signing/documents';
import { storeSignature } from '../signing/signatures';
import type { SignatureTrust } from '../signing/trust';
import type { VerificationOutcome } from '../signing/verifier';
import { SEALED_ACT_MEDIA_TYPE } from './sealed-act';
import { loadSystemKey, signWithSystemKey, type SystemKeyStatus } from './system-key';

export { openSystemKeyFile, signWithSystemKey, type SystemKeyStatus } from './system-key';

export type SealedDocument = { content: Uint8Array; cms: Uint8Array; outcome: VerificationOutcome };

export type SystemSeal = {
  /** The system organisation, as the database holds it: its BIN is expected in every seal, its name is printed on the acts. */
  readonly organisation: SystemOrganisation;
  readonly bin: string;
  /** Whether the key is usable (`/health`); fixed at start — a new key or PIN takes a restart. */
  status(): SystemKeyStatus;
  /** Throws `system.key_unavailable` (503) when the key is not usable: the intake refuses the whole call before taking a fine in. */
  assertReady(): void;
  /** Signs `content` with the system key and verifies the result against the trust anchors (expectBin). */
  seal(content: Uint8Array, at: Date): Promise<SealedDocument>;
};

/** A seal over an opened key (or none: every seal then fails with `system.key_unavailable`). */
export function systemSealWith(organisation: SystemOrganisation, key: OpenedKeyFile | null, status: SystemKeyStatus, trust: SignatureTrust | null)
  : SystemSeal {
  const assertReady = () => {
    if (!key || !trust || !status.ok) throw new DomainError(ErrorCode.systemKeyUnavailable);
  };
  return {
    organisation,
    bin: organisation.bin,
    status: () => status,
    assertReady,
    async seal(content, at) {
      assertReady();
      const cms = await signWithSystemKey(key!, content, at);
      const outcome = await trust!.verify({ cms, content, purpose: 'sign', expectBin: organisation.bin, at });
      if (!outcome.valid) throw new DomainError(ErrorCode.signatureInvalid, { reasons: outcome.reasons });
      return { content, cms, outcome };
    },
  };
}

/**
 * The system organisation's seal (simplified proceedings sign with it): the
 * organisation from the database (seeded as reference data), the key from
 * SYSTEM_KEY_FILE and its PIN, or, outside production, from the dev PKI
 * (system-key.ts). Opened and proven once, at start; a missing or unusable
 * key is logged (system.ts) and named on `/health`, and the ЕРАП intake answers 503.
 * Every seal is verified against the whole checklist before it is used.
 */
export async function createSystemSeal(deps: { db: Sql; config: Config; trust: SignatureTrust | null; now: Date }): Promise<SystemSeal> {
  const organisation = await findSystemOrganisation(deps.db);
  if (!organisation) throw new Error('the system organisation is missing: seed the reference data first (seedReferenceData)');
  const { key, status } = await loadSystemKey({ config: deps.config, organisation, trust: deps.trust, now: deps.now });
  return systemSealWith(organisation, key, status, deps.trust);
}

/** The journal entry of a stored seal (`document.sealed`: /verify proves it with the journal's inclusion proof). */
export function journalSeal(tx: Tx, doc: { id: string; kind: DocumentKind; contentHash: string }, signatureId: string, now: Date): void {
  tx.journal({ at: now, actor: { userId: null, iin: null, role: 'system', requestId: null }, action: 'document.sealed', objectType: 'document',
    objectId: doc.id, details: { signatureId, kind: doc.kind, contentHash: doc.contentHash } });
}

/**
 * Stores a sealed act (sealed-act.ts) and its verified signature in the
 * caller's transaction (public /verify shows it), and journals the seal.
 */
export async function storeSealedDocument(
  tx: Tx, doc: { id: string; kind: DocumentKind; title: { kk: string; ru: string } }, sealed: SealedDocument, now: Date,
): Promise<StoredDocument> {
  const stored = await createDocument(tx, { id: doc.id, kind: doc.kind, title: doc.title, mediaType: SEALED_ACT_MEDIA_TYPE, content: sealed.content,
    createdBy: null, signedAt: now }, now);
  const signatureId = await storeSignature(tx, { documentType: doc.kind, documentId: stored.id, contentHash: stored.contentHash, cms: sealed.cms,
    outcome: sealed.outcome }, now);
  journalSeal(tx, { id: stored.id, kind: doc.kind, contentHash: stored.contentHash }, signatureId, now);
  return stored;
}
