/**
 * FILE-6: what the applicant signs. The manifest binds the form's data to
 * every attachment by its SHA-256, so the signature covers the files too.
 * The signed bytes are the UTF-8 of the domain's canonical JSON (keys sorted
 * at every level, no whitespace, absent optional fields left out): the
 * browser and the server build the same bytes from the same data, and the
 * server verifies the CMS against bytes it rebuilt itself.
 *
 * `filingContentHash` is for duplicates (§37 p.3, issue 14 item 9): the
 * court, the parties' IIN/BIN, the text and the attachments' hashes — not
 * the filing's id, number or time, so the same claim filed twice hashes
 * the same.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Tiyn } from '@oryndau/kz';
import { canonicalJson } from '../canonical-json';
import type { ApplicantKind, AttachmentKind, CaseForm, FilingService, Instance, ParticipantCategory } from './reference';

export type ManifestPerson = { readonly kind: ApplicantKind; readonly iinBin: string; readonly name: string };

export type ManifestParty = ManifestPerson & { readonly category: ParticipantCategory; readonly address?: string };

export type ManifestAttachment = {
  /** 1, 2, … in the appendix's order. */
  readonly position: number;
  readonly title: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly kind: AttachmentKind;
};

export type FilingManifest = {
  readonly kind: 'oryndau.filing';
  readonly version: 1;
  readonly filingId: string;
  readonly court: { readonly id: string; readonly code: string };
  readonly service: FilingService;
  readonly form: CaseForm;
  readonly instance: Instance;
  /** Who signs: the citizen, or the representative (IIN) of a legal entity or of a principal. */
  readonly applicant: ManifestPerson;
  /** On whose behalf, when not the applicant's own (a power of attorney or a legal entity). */
  readonly principal?: ManifestPerson & { readonly powerOfAttorneyId?: string };
  readonly parties: readonly ManifestParty[];
  readonly title: string;
  readonly body: string;
  readonly claimAmountTiyn: Tiyn | null;
  readonly dutyTiyn: Tiyn;
  readonly appendix: readonly ManifestAttachment[];
};

const SHA256_HEX = /^[0-9a-f]{64}$/;
const IIN_BIN = /^\d{12}$/;

/** Why the manifest cannot be signed; empty when it can. Field paths as the web's field names use them. */
export function manifestProblems(m: FilingManifest): string[] {
  const problems: string[] = [];
  if (m.kind !== 'oryndau.filing' || m.version !== 1) problems.push('kind');
  if (!IIN_BIN.test(m.applicant.iinBin)) problems.push('applicant.iinBin');
  if (m.principal !== undefined && !IIN_BIN.test(m.principal.iinBin)) problems.push('principal.iinBin');
  m.parties.forEach((p, i) => {
    if (!IIN_BIN.test(p.iinBin)) problems.push(`parties.${i}.iinBin`);
  });
  m.appendix.forEach((a, i) => {
    if (a.position !== i + 1) problems.push(`appendix.${i}.position`);
    if (!SHA256_HEX.test(a.sha256)) problems.push(`appendix.${i}.sha256`);
    if (!Number.isSafeInteger(a.sizeBytes) || a.sizeBytes < 0) problems.push(`appendix.${i}.sizeBytes`);
  });
  if (m.claimAmountTiyn !== null && (!Number.isSafeInteger(m.claimAmountTiyn) || m.claimAmountTiyn <= 0)) problems.push('claimAmountTiyn');
  if (!Number.isSafeInteger(m.dutyTiyn) || m.dutyTiyn < 0) problems.push('dutyTiyn');
  return problems;
}

/** The exact bytes the applicant signs. Throws RangeError on a manifest with problems (the server validated first). */
export function filingManifestBytes(m: FilingManifest): Uint8Array {
  const problems = manifestProblems(m);
  if (problems.length > 0) throw new RangeError(`Filing manifest is invalid: ${problems.join(', ')}`);
  return new TextEncoder().encode(canonicalJson(m));
}

/** Hex SHA-256 of the signed bytes (filings.manifest_sha256). */
export function filingManifestSha256(m: FilingManifest): string {
  return bytesToHex(sha256(filingManifestBytes(m)));
}

/** Text compared as a reader sees it: one Unicode form, one kind of line break, no edge whitespace. */
const normalisedText = (text: string): string => text.normalize('NFC').replace(/\r\n?/g, '\n').trim();

export type ContentHashInput = {
  readonly courtId: string;
  readonly parties: readonly { readonly iinBin: string }[];
  readonly body: string;
  readonly attachmentSha256: readonly string[];
};

/** Duplicate detection (filings.content_hash): equal for the same court, parties, text and files in any order. */
export function filingContentHash(input: ContentHashInput): string {
  const material = {
    kind: 'oryndau.filing-content',
    court: input.courtId,
    parties: [...new Set(input.parties.map((p) => p.iinBin))].sort(),
    body: normalisedText(input.body),
    attachments: [...input.attachmentSha256].map((h) => h.toLowerCase()).sort(),
  };
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(material))));
}

/** The content hash of a manifest (the applicant and principal are parties too when they are listed there). */
export function manifestContentHash(m: FilingManifest): string {
  return filingContentHash({ courtId: m.court.id, parties: m.parties, body: m.body, attachmentSha256: m.appendix.map((a) => a.sha256) });
}
