import { readFile } from 'node:fs/promises';
import type { Sql } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import { createSignedData, openPkcs12, type OpenedKeyFile } from '@oryndau/esign';
import { DEMO_ORGANISATIONS } from '../seed/demo-data';
import { DEMO_KEY_PIN } from '../signing/demo-keys';
import { createDocument, type StoredDocument } from '../signing/documents';
import { storeSignature } from '../signing/signatures';
import { demoKeyPath } from '../signing/trust';
import type { SignatureTrust } from '../signing/trust';
import type { VerificationOutcome } from '../signing/verifier';

/** The system organisation that signs simplified-proceeding resolutions with its own key. */
export const SYSTEM_ORGANISATION = DEMO_ORGANISATIONS.find((o) => o.kind === 'system')!;

export type SealedDocument = { content: Uint8Array; cms: Uint8Array; outcome: VerificationOutcome };

export type SystemSeal = {
  readonly bin: string;
  /** Signs `content` with the system key and verifies the result against the trust anchors (expectBin). */
  seal(content: Uint8Array, at: Date): Promise<SealedDocument>;
};

/**
 * The system organisation's signing key from the PKI directory (dev: the
 * demo key file issued by demo-keys.ts). The key is opened once; a failed
 * open is not cached so a key file written later is picked up. Without a
 * key or a trust configuration every seal fails with `external.unavailable`
 * (the fine is refused and ЕРАП may send it again).
 */
export function systemSeal(trust: SignatureTrust | null): SystemSeal {
  const bin = SYSTEM_ORGANISATION.bin!;
  let key: Promise<OpenedKeyFile> | null = null;
  const open = (): Promise<OpenedKeyFile> => {
    if (!trust) return Promise.reject(new DomainError(ErrorCode.externalUnavailable, { system: 'system-key' }));
    if (!key) {
      key = readFile(demoKeyPath(trust, `demo-keys/system-${bin}-sign.p12`)).then((bytes) => openPkcs12(new Uint8Array(bytes), DEMO_KEY_PIN));
      key.catch(() => { key = null; });
    }
    return key;
  };
  return {
    bin,
    async seal(content, at) {
      let opened: OpenedKeyFile;
      try {
        opened = await open();
      } catch {
        throw new DomainError(ErrorCode.externalUnavailable, { system: 'system-key' });
      }
      const cms = await createSignedData({
        content, detached: true, privateKey: opened.privateKey, certificate: opened.certificate, chain: opened.chain, signingTime: at,
      });
      const outcome = await trust!.verify({ cms, content, purpose: 'sign', expectBin: bin, at });
      if (!outcome.valid) throw new DomainError(ErrorCode.signatureInvalid, { reasons: outcome.reasons });
      return { content, cms, outcome };
    },
  };
}

/** Stores a sealed document and its verified signature in the caller's transaction (public /verify shows it). */
export async function storeSealedDocument(
  tx: Sql, doc: { id: string; kind: string; title: { kk: string; ru: string } }, sealed: SealedDocument, now: Date,
): Promise<StoredDocument> {
  const stored = await createDocument(tx, { id: doc.id, kind: doc.kind, title: doc.title, mediaType: 'application/pdf', content: sealed.content,
    createdBy: null }, now);
  await storeSignature(tx, { documentType: doc.kind, documentId: stored.id, contentHash: stored.contentHash, cms: sealed.cms, outcome: sealed.outcome }, now);
  await tx.query('UPDATE documents SET signed_at = $2 WHERE id = $1', [stored.id, now.toISOString()]);
  return stored;
}
