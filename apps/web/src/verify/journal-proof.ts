import { merkle } from '@oryndau/domain';
import type { InclusionProof, PublicVerification } from '../api/signing-types.ts';

/**
 * SIG-7, X-2 (issue 12): the public page checks, in the browser, that the
 * signing of a document is recorded in the verifiable journal — without
 * trusting the server's word for it. For each inclusion proof:
 *
 * 1. the entry's canonical bytes hash to the leaf hash the proof names
 *    (SHA-256(0x00 ‖ entry), RFC 9162 §2.1.1);
 * 2. the entry is the record of a signature of *this* document
 *    (`document.signed` or the system's `document.sealed`, `objectId` = the
 *    document's id) and is the entry the proof says it is;
 * 3. the audit path leads from that leaf to the root of the signed tree head
 *    (RFC 9162 §2.1.3.2).
 *
 * The tree head's CMS signature is not checked here; the root compared is
 * the one the system signed, so anyone holding the head can check that
 * signature offline.
 */

/** The actions that record a document's signature in the journal. */
export const signingActions: ReadonlySet<string> = new Set(['document.signed', 'document.sealed']);

/** Why a proof was refused, in the order the checks run. */
export type ProofProblem =
  /** Not the shape a proof must have: non-hex values, an index outside the tree, sizes that disagree. */
  | 'malformed'
  /** The entry's bytes do not hash to the leaf hash. */
  | 'leafHash'
  /** The entry is not JSON, records something else, or another document, or another entry. */
  | 'otherEntry'
  /** The audit path does not lead to the signed root. */
  | 'inclusion';

export type CheckedProof =
  | {
    ok: true;
    entryId: number;
    leafIndex: number;
    treeSize: number;
    /** When the signing was journalled (the entry's `at`). */
    at: string;
    action: string;
    /** When the system signed the tree head. */
    signedAt: string;
    rootHash: string;
  }
  | { ok: false; entryId: number; problem: ProofProblem };

/** The canonical entry as the journal seals it (only the fields read here). */
type SealedEntry = { at?: unknown; action?: unknown; objectType?: unknown; objectId?: unknown };

const sha256Hex = /^[0-9a-f]{64}$/;

function parseEntry(text: string): SealedEntry | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SealedEntry) : null;
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Checks one inclusion proof against the document it should record. Pure; throws nothing. */
export function checkInclusionProof(proof: InclusionProof, documentId: string): CheckedProof {
  const refuse = (problem: ProofProblem): CheckedProof => ({ ok: false, entryId: proof.entryId, problem });
  const { leafIndex, treeSize, treeHead } = proof;
  const wellFormed = Number.isSafeInteger(leafIndex) && Number.isSafeInteger(treeSize)
    && leafIndex >= 0 && leafIndex < treeSize && treeHead.treeSize === treeSize
    && sha256Hex.test(proof.leafHash) && sha256Hex.test(treeHead.rootHash) && proof.auditPath.every((h) => sha256Hex.test(h));
  if (!wellFormed) return refuse('malformed');

  const leaf = merkle.leafHash(new TextEncoder().encode(proof.entry));
  if (!sameBytes(leaf, merkle.fromHex(proof.leafHash))) return refuse('leafHash');

  const entry = parseEntry(proof.entry);
  if (entry === null || typeof entry.action !== 'string' || !signingActions.has(entry.action)
    || entry.objectId !== documentId || typeof entry.at !== 'string') {
    return refuse('otherEntry');
  }

  const path = proof.auditPath.map((hash) => merkle.fromHex(hash));
  if (!merkle.verifyInclusion(leafIndex, treeSize, leaf, path, merkle.fromHex(treeHead.rootHash))) return refuse('inclusion');

  return {
    ok: true, entryId: proof.entryId, leafIndex, treeSize, at: entry.at, action: entry.action,
    signedAt: treeHead.timestamp, rootHash: treeHead.rootHash,
  };
}

export type JournalVerdict =
  /** Every proof holds. `pending`: further signings journalled but not sealed yet. */
  | { status: 'verified'; proofs: Extract<CheckedProof, { ok: true }>[]; pending: number }
  /** At least one proof fails: the page says so, whatever the others say. */
  | { status: 'failed'; failures: Extract<CheckedProof, { ok: false }>[]; pending: number }
  /** Journalled, but not sealed yet: the reader should reload in a few seconds. */
  | { status: 'pending'; pending: number }
  /** The journal holds no record of a signing of this document. */
  | { status: 'none' };

/** The verdict on all the proofs `GET /api/verify/:id` sent for a document. */
export function checkJournal(journal: PublicVerification['journal'], documentId: string): JournalVerdict {
  const checked = journal.proofs.map((proof) => checkInclusionProof(proof, documentId));
  const failures = checked.filter((c): c is Extract<CheckedProof, { ok: false }> => !c.ok);
  if (failures.length > 0) return { status: 'failed', failures, pending: journal.pending };
  const proofs = checked.filter((c): c is Extract<CheckedProof, { ok: true }> => c.ok);
  if (proofs.length > 0) return { status: 'verified', proofs, pending: journal.pending };
  return journal.pending > 0 ? { status: 'pending', pending: journal.pending } : { status: 'none' };
}
