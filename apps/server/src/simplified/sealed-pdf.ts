import { createHash } from 'node:crypto';
import type { PublicFileCheck } from '@oryndau/contracts';
import { attachProof, pdfDateOf, readProof, visibleFingerprint, type ProofFile } from '@oryndau/documents';
import type { Sql } from '@oryndau/db';
import type { Locale } from '@oryndau/kz';
import { describeSigner } from '../signing/describe-signer';
import { loadDocument, sha256Hex } from '../signing/documents';
import type { SignatureVerifier } from '../signing/verifier';
import { decodeSealedAct, renderSealedAct, SEALED_ACT_MEDIA_TYPE, type SealedAct } from './sealed-act';
import type { SystemSeal } from './system-seal';

/**
 * Issue 13 item 2: the PDF of an act the system sealed carries its proof,
 * as hybrid e-invoices do (PDF/A-3, associated files): the signed original
 * (`act.json`, AFRelationship Source — the pages are its rendering) and its
 * detached CMS signature (`act.json.p7s`, Data). Rendering and attaching are
 * deterministic in the signed bytes and the language (dates from the act,
 * file ID from the hash of the signed bytes), so the same seal always gives
 * the same file, and a verifier can re-render and compare.
 */
export const SIGNATURE_MEDIA_TYPE = 'application/pkcs7-signature';
const ORIGINAL_NAME = 'act.json';

const DESCRIPTIONS: Record<Locale, { original: string; signature: string }> = {
  kk: {
    original: 'Жүйе мөрімен қол қойылған түпнұсқа: осы PDF оның көрінісі',
    signature: 'Түпнұсқаның электрондық қолтаңбасы (CMS, .p7s)',
  },
  ru: {
    original: 'Оригинал, подписанный системной печатью: этот PDF — его отображение',
    signature: 'Электронная подпись оригинала (CMS, .p7s)',
  },
};

const PDF_LANGUAGE: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU' };

/** The downloadable PDF of a sealed act in one language: its rendering with the signed bytes and their signature inside. */
export async function renderSealedActPdf(sealed: { content: Uint8Array; cms: Uint8Array }, locale: Locale): Promise<Uint8Array> {
  const act = decodeSealedAct(sealed.content);
  const text = act.text[locale];
  const files: ProofFile[] = [
    { name: ORIGINAL_NAME, bytes: sealed.content, mimeType: SEALED_ACT_MEDIA_TYPE, description: DESCRIPTIONS[locale].original, relationship: 'Source' },
    { name: `${ORIGINAL_NAME}.p7s`, bytes: sealed.cms, mimeType: SIGNATURE_MEDIA_TYPE, description: DESCRIPTIONS[locale].signature, relationship: 'Data' },
  ];
  const fileId = createHash('sha256').update(sealed.content).update(`\n${locale}`).digest('hex').slice(0, 32);
  return attachProof(await renderSealedAct(act, locale), files, {
    title: text.title, language: PDF_LANGUAGE[locale], date: pdfDateOf(text.date), fileId, producer: 'Oryndau',
  });
}

const localeOfPdf = (lang: string | null): Locale | null => {
  const prefix = lang?.trim().slice(0, 2).toLowerCase();
  return prefix === 'kk' || prefix === 'ru' ? prefix : null;
};

const empty = (verdict: PublicFileCheck['verdict']): PublicFileCheck => ({
  verdict, documentId: null, title: null, language: null, signedAt: null, onRecord: false, signer: null, reasons: [],
});

export type PdfCheckDeps = { db: Sql; verify: SignatureVerifier; seal: Pick<SystemSeal, 'organisation' | 'bin'>; now: Date };

/**
 * What a PDF dropped on /verify proves (contracts: publicFileCheckSchema).
 *
 * 1. The embedded original and `.p7s` are taken out (readProof).
 * 2. The signature is verified over the original through the whole
 *    checklist (anchors, chain, CRL/OCSP, purpose), and must be the system
 *    organisation's seal (its BIN). It is judged as of the time the system
 *    recorded the seal when the system holds this very document, else now.
 * 3. The visible document must be the rendering of the signed original:
 *    the original is rendered again, in the language the PDF declares (both
 *    when it declares none), and the pages are compared by their visible
 *    fingerprint — every page's decoded drawing instructions, fonts, images,
 *    boxes and annotations, by value (documents/hybrid-pdf.ts). Rendering is
 *    deterministic, so a genuine PDF gives the same fingerprint, also after
 *    a reader re-saved it; any changed text does not.
 */
export async function checkSealedPdf(deps: PdfCheckDeps, bytes: Uint8Array): Promise<PublicFileCheck> {
  const read = await readProof(bytes);
  if (read.status === 'not_pdf') return empty('not_pdf');
  const originals = read.files.filter((f) => f.mimeType === SEALED_ACT_MEDIA_TYPE);
  const signatures = read.files.filter((f) => f.mimeType === SIGNATURE_MEDIA_TYPE);
  if (originals.length === 0 && signatures.length === 0) return empty('no_proof');
  if (originals.length !== 1 || signatures.length !== 1) return empty('proof_damaged');
  const original = originals[0]!.bytes;
  const cms = signatures[0]!.bytes;

  const act = decodeOrNull(original);
  const stored = act ? await loadDocument(deps.db, act.documentId) : null;
  const onRecord = Boolean(stored?.signedAt && stored.mediaType === SEALED_ACT_MEDIA_TYPE && stored.contentHash === sha256Hex(original));
  const at = onRecord && stored?.signedAt ? new Date(stored.signedAt) : deps.now;
  const outcome = await deps.verify({ cms, content: original, purpose: 'sign', expectBin: deps.seal.bin, at });
  const signer = outcome.signer ? await describeSigner(deps.db, outcome.signer, deps.seal.organisation) : null;
  const base = {
    documentId: act?.documentId ?? null, title: act ? { kk: act.text.kk.title, ru: act.text.ru.title } : null, onRecord, signer,
    signedAt: onRecord ? at.toISOString() : claimedTime(outcome.evidence),
  };
  if (!outcome.valid) return { ...base, verdict: 'signature_invalid', language: null, reasons: outcome.reasons.map(({ kk, ru }) => ({ kk, ru })) };
  if (!act) return { ...empty('proof_damaged'), signer };

  const shown = await visibleFingerprint(bytes);
  const declared = localeOfPdf(read.language);
  for (const locale of declared ? [declared] : (['kk', 'ru'] as const)) {
    if (shown !== null && shown === await visibleFingerprint(await renderSealedAct(act, locale))) {
      return { ...base, verdict: 'authentic', language: locale, reasons: [] };
    }
  }
  return { ...base, verdict: 'content_differs', language: declared, reasons: [] };
}

function decodeOrNull(bytes: Uint8Array): SealedAct | null {
  try {
    return decodeSealedAct(bytes);
  } catch {
    return null;
  }
}

function claimedTime(evidence: unknown): string | null {
  const claimed = (evidence as { claimedSigningTime?: unknown } | null)?.claimedSigningTime;
  if (typeof claimed !== 'string' && !(claimed instanceof Date)) return null;
  const date = new Date(claimed);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
