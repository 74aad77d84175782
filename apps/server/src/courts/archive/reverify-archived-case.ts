import type { ArchiveVerification } from '@oryndau/contracts';
import type { FileStoragePort } from '@oryndau/adapters';
import type { Sql, StoredSignatureRecord } from '@oryndau/db';
import { listSignaturesOfDocuments } from '@oryndau/db';
import { parseCertificate } from '@oryndau/esign';
import type { StoredSignatureVerifier } from '../../signing/trust';
import type { ArchiveCase } from './archive-access';
import { archivedInventory, entryBytes } from './archive-content';
import type { CaseArchiveRecord } from '@oryndau/db';

const fromBase64List = (value: unknown): Uint8Array[] => (Array.isArray(value) ? value : [])
  .filter((v): v is string => typeof v === 'string').map((v) => new Uint8Array(Buffer.from(v, 'base64')));

/** The evidence kept beside a signature (trust.ts evidenceOf): the time it was judged at, the chain, CRLs, OCSP answers. */
export function storedEvidence(signature: StoredSignatureRecord) {
  const e = signature.evidence;
  const time = typeof e.time === 'string' && !Number.isNaN(Date.parse(e.time)) ? new Date(e.time) : null;
  const chain = fromBase64List(e.chain);
  const crls = fromBase64List(e.crls);
  const ocsp = fromBase64List(e.ocsp);
  return { time, chain, crls, ocsp, present: time !== null && chain.length > 0 && crls.length + ocsp.length > 0 };
}

/**
 * SIG-7, seed 003 §61 p.3: every signature of an archived case — over each
 * document the inventory lists and over the inventory itself — verified
 * again as of the time it was made, from its stored evidence (chain, CRL,
 * OCSP) against today's anchors, so it stays provable after the signer's
 * certificate expired; and every document's bytes against the hash the
 * signed inventory lists.
 */
export async function reverifyArchivedCase(
  deps: { db: Sql; files: FileStoragePort; reverify: StoredSignatureVerifier }, found: ArchiveCase & { archive: CaseArchiveRecord }, now: Date,
): Promise<ArchiveVerification> {
  const { document, inventory } = await archivedInventory(deps.db, found.archive);
  const documents: ArchiveVerification['documents'] = [];
  const targets = [
    { position: null, title: `${document.title.kk} / ${document.title.ru}`, sha256: document.contentHash, documentId: document.id,
      load: async () => ({ bytes: document.content as Uint8Array | null, intact: true }) },
    ...inventory.entries.map((e) => ({ position: e.position, title: e.title, sha256: e.sha256, documentId: e.documentId,
      load: () => entryBytes(deps.db, deps.files, e) })),
  ];
  const signatures = await listSignaturesOfDocuments(deps.db, targets.flatMap((t) => (t.documentId ? [t.documentId] : [])));
  for (const target of targets) {
    const { bytes, intact } = await target.load();
    const checked = [];
    for (const signature of signatures.filter((s) => s.documentId === target.documentId)) {
      const evidence = storedEvidence(signature);
      const result = bytes && evidence.time
        ? await deps.reverify({ cms: signature.cms, content: bytes, at: evidence.time, chain: evidence.chain, crls: evidence.crls, ocsp: evidence.ocsp })
        : null;
      const notAfter = evidence.chain[0] ? parseCertificate(evidence.chain[0]).notAfter : null;
      checked.push({
        id: signature.id, signerName: signature.signerName, signedAt: (evidence.time ?? signature.checkedAt).toISOString(),
        evidencePresent: evidence.present, validAtSigningTime: result?.valid === true,
        certificateValidUntil: notAfter ? notAfter.toISOString() : null, certificateExpired: notAfter !== null && notAfter.getTime() < now.getTime(),
        reasons: (result?.reasons ?? []).map((r) => ({ kk: r.kk, ru: r.ru })),
      });
    }
    documents.push({ position: target.position, title: target.title, sha256: target.sha256, bytesIntact: intact, signatures: checked });
  }
  const allValid = documents.every((d) => d.bytesIntact && d.signatures.every((s) => s.validAtSigningTime && s.evidencePresent))
    && documents[0]!.signatures.length > 0;
  return { caseId: found.details.courtCase.id, checkedAt: now.toISOString(), allValid, documents };
}
