/**
 * FILE-8 (seed 003 §25, «қосымша құжаттарды жіберу»): what the applicant of a
 * registered filing signs to send the documents added to it since. Like the
 * filing's own manifest (filing-manifest.ts) it binds the filing, its number
 * and its case to every document by SHA-256, size and kind, and the signed
 * bytes are the UTF-8 of the canonical JSON. It lists only the supplements
 * not sent yet, so the server, rebuilding it when the signature arrives,
 * notices a document added (or sent by another tab) in between.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../canonical-json';
import type { ManifestAttachment, ManifestPerson } from './filing-manifest';
import type { AttachmentKind } from './reference';

export const SUPPLEMENT_MANIFEST_KIND = 'oryndau.filing-supplement';

export type SupplementManifest = {
  readonly kind: typeof SUPPLEMENT_MANIFEST_KIND;
  readonly version: 1;
  readonly filingId: string;
  /** The filing's number (its талон), as the court knows it. */
  readonly filingNumber: string;
  /** The case the filing was registered into. */
  readonly case: { readonly id: string; readonly number: string };
  readonly court: { readonly id: string; readonly code: string };
  /** Who signs: the filing's applicant (the citizen, or the representative of a legal entity or of a principal). */
  readonly applicant: ManifestPerson;
  readonly principal?: ManifestPerson;
  /** The documents sent now, each at its position after the filing's appendix. */
  readonly supplements: readonly ManifestAttachment[];
};

/** A document attached to the filing, as the manifest needs it. */
export type SupplementCandidate = {
  readonly position: number;
  readonly title: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly kind: AttachmentKind;
};

/**
 * The supplements not sent yet: attachments after the appendix whose
 * position the case's documents from this filing do not hold, in order.
 */
export function unsentSupplements<T extends { readonly position: number }>(
  appendixLength: number, attachments: readonly T[], sentPositions: ReadonlySet<number>,
): T[] {
  return attachments.filter((a) => a.position > appendixLength && !sentPositions.has(a.position)).sort((a, b) => a.position - b.position);
}

export type SupplementManifestInput = {
  readonly filing: {
    readonly id: string; readonly number: string; readonly appendixLength: number;
    readonly applicant: ManifestPerson; readonly principal: ManifestPerson | null;
  };
  readonly court: { readonly id: string; readonly code: string };
  readonly courtCase: { readonly id: string; readonly number: string };
  readonly attachments: readonly SupplementCandidate[];
  /** Positions already among the case's documents from this filing. */
  readonly sentPositions: ReadonlySet<number>;
};

/** The manifest of the supplements still unsent (its `supplements` empty when there is none: then it cannot be signed). */
export function supplementManifest(input: SupplementManifestInput): SupplementManifest {
  const { filing, court, courtCase } = input;
  return {
    kind: SUPPLEMENT_MANIFEST_KIND, version: 1, filingId: filing.id, filingNumber: filing.number,
    case: { id: courtCase.id, number: courtCase.number }, court: { id: court.id, code: court.code },
    applicant: { kind: filing.applicant.kind, iinBin: filing.applicant.iinBin, name: filing.applicant.name },
    ...(filing.principal ? { principal: { kind: filing.principal.kind, iinBin: filing.principal.iinBin, name: filing.principal.name } } : {}),
    supplements: unsentSupplements(filing.appendixLength, input.attachments, input.sentPositions)
      .map((a) => ({ position: a.position, title: a.title, sha256: a.sha256, sizeBytes: a.sizeBytes, kind: a.kind })),
  };
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const IIN_BIN = /^\d{12}$/;

/** Why the manifest cannot be signed; empty when it can. `supplements` alone: nothing to send. */
export function supplementManifestProblems(m: SupplementManifest): string[] {
  const problems: string[] = [];
  if (m.kind !== SUPPLEMENT_MANIFEST_KIND || m.version !== 1) problems.push('kind');
  if (m.filingNumber.trim() === '') problems.push('filingNumber');
  if (m.case.number.trim() === '') problems.push('case.number');
  if (!IIN_BIN.test(m.applicant.iinBin)) problems.push('applicant.iinBin');
  if (m.principal !== undefined && !IIN_BIN.test(m.principal.iinBin)) problems.push('principal.iinBin');
  if (m.supplements.length === 0) problems.push('supplements');
  m.supplements.forEach((s, i) => {
    const previous = i > 0 ? m.supplements[i - 1]!.position : 0;
    if (!Number.isSafeInteger(s.position) || s.position <= previous) problems.push(`supplements.${i}.position`);
    if (s.title.trim() === '') problems.push(`supplements.${i}.title`);
    if (!SHA256_HEX.test(s.sha256)) problems.push(`supplements.${i}.sha256`);
    if (!Number.isSafeInteger(s.sizeBytes) || s.sizeBytes < 0) problems.push(`supplements.${i}.sizeBytes`);
  });
  return problems;
}

/** The exact bytes the applicant signs. Throws RangeError on a manifest with problems (the server checked first). */
export function supplementManifestBytes(m: SupplementManifest): Uint8Array {
  const problems = supplementManifestProblems(m);
  if (problems.length > 0) throw new RangeError(`Supplement manifest is invalid: ${problems.join(', ')}`);
  return new TextEncoder().encode(canonicalJson(m));
}

/** Hex SHA-256 of the signed bytes. */
export function supplementManifestSha256(m: SupplementManifest): string {
  return bytesToHex(sha256(supplementManifestBytes(m)));
}

/** The filing a stored supplement manifest was made for (its signed bytes name it); null for any other bytes. */
export function supplementManifestFilingId(bytes: Uint8Array): string | null {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { kind?: unknown; filingId?: unknown };
    return parsed.kind === SUPPLEMENT_MANIFEST_KIND && typeof parsed.filingId === 'string' ? parsed.filingId : null;
  } catch {
    return null;
  }
}
