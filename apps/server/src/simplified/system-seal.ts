import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sql } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import { createSignedData, openPkcs12, parseCertificate, type OpenedKeyFile } from '@oryndau/esign';
import { DEMO_ORGANISATIONS } from '../seed/demo-data';
import { DEMO_KEY_PIN } from '../signing/demo-keys';
import type { DocumentKind } from '../signing/document-kinds';
import { createDocument, type StoredDocument } from '../signing/documents';
import { storeSignature } from '../signing/signatures';
import type { SignatureTrust } from '../signing/trust';
import type { VerificationOutcome } from '../signing/verifier';
import { SEALED_ACT_MEDIA_TYPE } from './sealed-act';

/** The system organisation that signs simplified-proceeding resolutions with its own key. */
export const SYSTEM_ORGANISATION = DEMO_ORGANISATIONS.find((o) => o.kind === 'system')!;

export type SealedDocument = { content: Uint8Array; cms: Uint8Array; outcome: VerificationOutcome };

export type SystemSeal = {
  readonly bin: string;
  /** Signs `content` with the system key and verifies the result against the trust anchors (expectBin). */
  seal(content: Uint8Array, at: Date): Promise<SealedDocument>;
};

/** Where the system organisation's key file lives in the PKI directory (dev: issued by demo-keys.ts). */
const systemKeyFile = (pkiDir: string) => join(pkiDir, `demo-keys/system-${SYSTEM_ORGANISATION.bin!}-sign.p12`);

/** Subject and issuer are the same name: a root, which a verifier takes from its own pinned anchors, never from a signature. */
const selfIssued = (der: Uint8Array) => {
  const cert = parseCertificate(der);
  return JSON.stringify(cert.subject.attributes) === JSON.stringify(cert.issuer.attributes);
};

/**
 * Opens the system key file. The CMS carries the signer's certificate and
 * the issuing CA's (the verifier needs it to build the chain) but not the
 * root: it would be ignored as a trust source anyway, and each copy costs
 * 0.8 kB in every stored signature and parsing time in every verification.
 */
export async function openSystemKey(pkiDir: string): Promise<OpenedKeyFile> {
  const opened = await openPkcs12(new Uint8Array(await readFile(systemKeyFile(pkiDir))), DEMO_KEY_PIN);
  return { ...opened, chain: opened.chain.filter((der) => !selfIssued(der)) };
}

/** The signature the seal makes (CAdES-BES, detached), before it is verified; bench:simplified times exactly this as its floor. */
export function signWithSystemKey(key: OpenedKeyFile, content: Uint8Array, at: Date): Promise<Uint8Array> {
  return createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, signingTime: at });
}

/**
 * The system organisation's signing key from the PKI directory. The key is
 * opened once; a failed open is not cached so a key file written later is
 * picked up. Without a key or a trust configuration every seal fails with
 * `external.unavailable` (the fine is refused and ЕРАП may send it again).
 * Every seal is verified against the whole checklist before it is used.
 */
export function systemSeal(trust: SignatureTrust | null): SystemSeal {
  const bin = SYSTEM_ORGANISATION.bin!;
  let key: Promise<OpenedKeyFile> | null = null;
  const open = (): Promise<OpenedKeyFile> => {
    if (!trust) return Promise.reject(new DomainError(ErrorCode.externalUnavailable, { system: 'system-key' }));
    if (!key) {
      key = openSystemKey(trust.pkiDir);
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
      const cms = await signWithSystemKey(opened, content, at);
      const outcome = await trust!.verify({ cms, content, purpose: 'sign', expectBin: bin, at });
      if (!outcome.valid) throw new DomainError(ErrorCode.signatureInvalid, { reasons: outcome.reasons });
      return { content, cms, outcome };
    },
  };
}

/** Stores a sealed act (sealed-act.ts) and its verified signature in the caller's transaction (public /verify shows it). */
export async function storeSealedDocument(
  tx: Sql, doc: { id: string; kind: DocumentKind; title: { kk: string; ru: string } }, sealed: SealedDocument, now: Date,
): Promise<StoredDocument> {
  const stored = await createDocument(tx, { id: doc.id, kind: doc.kind, title: doc.title, mediaType: SEALED_ACT_MEDIA_TYPE, content: sealed.content,
    createdBy: null, signedAt: now }, now);
  await storeSignature(tx, { documentType: doc.kind, documentId: stored.id, contentHash: stored.contentHash, cms: sealed.cms, outcome: sealed.outcome }, now);
  return stored;
}
