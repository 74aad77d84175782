import { sha1 } from '@noble/hashes/legacy.js';
import { parseSpki } from '../algorithms/spki';
import { bytesEqual } from '../bytes';
import { namesEqual } from '../certificates/names';
import { EKU_OID } from '../certificates/oids';
import { parseCertificate, type NcaCertificate } from '../certificates/parse-certificate';
import { verifyIssuedBy, verifySignedBy } from '../certificates/verify-issued-by';
import type { RevocationReason } from '../crl/parse-crl';
import { certIdMatches } from './cert-id';
import { parseOcspResponse, type OcspResponderId, type OcspSingleResponse, type ParsedOcspResponse } from './parse-response';

export type OcspCheckOptions = {
  /** The time of interest: the time-stamp's or the receipt time. */
  at: Date;
  /**
   * How long after its thisUpdate a response without nextUpdate speaks for
   * a later time of interest (the NCA responder answers in real time and
   * sets no nextUpdate). Default 1 hour.
   */
  maxAgeMs?: number;
  /** The nonce sent in the request: the answer must carry the same one. */
  expectedNonce?: Uint8Array | null;
};

export type OcspVerdict =
  | { status: 'good'; detail: string; response: ParsedOcspResponse }
  | { status: 'revoked'; revokedAt: Date; reason: RevocationReason | null; detail: string; response: ParsedOcspResponse }
  /** The responder does not know the certificate. */
  | { status: 'unknown'; detail: string; response: ParsedOcspResponse }
  /** Not usable as evidence (bad signature, wrong responder, stale, …). */
  | { status: 'invalid'; detail: string; response: ParsedOcspResponse | null };

export const DEFAULT_OCSP_MAX_AGE_MS = 3_600_000;

const iso = (d: Date) => d.toISOString();

function matchesResponderId(id: OcspResponderId, candidate: NcaCertificate): boolean {
  if ('byName' in id) return namesEqual(id.byName, candidate.subject.der);
  // KeyHash: SHA-1 of the subjectPublicKey bits (RFC 6960 §4.2.1).
  return bytesEqual(id.byKey, sha1(parseSpki(candidate.spki).publicKey));
}

const sameCertificate = (a: NcaCertificate, b: NcaCertificate) => bytesEqual(a.der, b.der)
  || (bytesEqual(a.spki, b.spki) && namesEqual(a.subject.der, b.subject.der));

/**
 * Who may sign this answer (RFC 6960 §4.2.2.2): the issuing CA itself, or
 * a responder certificate the CA issued for it — id-kp-OCSPSigning in its
 * EKU, valid when the response was produced. Certificates sent inside the
 * response are only candidates; each is checked against the CA's key.
 */
async function authorizedResponder(
  basic: NonNullable<ParsedOcspResponse['basic']>, issuer: NcaCertificate,
): Promise<{ ok: true; signer: NcaCertificate; how: string } | { ok: false; detail: string }> {
  if (matchesResponderId(basic.responderId, issuer)) return { ok: true, signer: issuer, how: 'signed by the issuing CA' };
  const problems: string[] = [];
  for (const der of basic.certificates) {
    let candidate: NcaCertificate;
    try {
      candidate = parseCertificate(der);
    } catch {
      problems.push('an unreadable certificate');
      continue;
    }
    if (!matchesResponderId(basic.responderId, candidate)) continue;
    const name = `"${candidate.subject.commonName ?? candidate.subject.text}"`;
    if (sameCertificate(candidate, issuer)) return { ok: true, signer: issuer, how: 'signed by the issuing CA' };
    if (!namesEqual(candidate.issuer.der, issuer.subject.der)) {
      problems.push(`responder ${name} was not issued by the certificate's CA`);
      continue;
    }
    if (!candidate.extendedKeyUsage.includes(EKU_OID.ocspSigning)) {
      problems.push(`responder ${name} is not authorised for OCSP signing (no id-kp-OCSPSigning)`);
      continue;
    }
    const produced = basic.producedAt.getTime();
    if (produced < candidate.notBefore.getTime() || produced > candidate.notAfter.getTime()) {
      problems.push(`responder ${name} was not valid at producedAt ${iso(basic.producedAt)}`);
      continue;
    }
    if (candidate.keyUsage && !candidate.keyUsage.includes('digitalSignature') && !candidate.keyUsage.includes('nonRepudiation')) {
      problems.push(`responder ${name} may not sign`);
      continue;
    }
    if (candidate.unknownCriticalExtensions.length > 0) {
      problems.push(`responder ${name} has an unknown critical extension`);
      continue;
    }
    const issued = await verifyIssuedBy(candidate, issuer);
    if (!issued.ok) {
      problems.push(`responder ${name}: the CA's signature on it does not verify`);
      continue;
    }
    return { ok: true, signer: candidate, how: `signed by delegated responder ${name}` };
  }
  return { ok: false, detail: problems.length ? problems.join('; ') : 'the responder is neither the CA nor a responder certificate it issued' };
}

/** Does this answer speak for `cert` at `at`? The same rules as for a CRL, plus a maximum age without nextUpdate. */
function timingProblem(single: OcspSingleResponse, cert: NcaCertificate, at: Date, maxAgeMs: number): string | null {
  const t = at.getTime();
  const thisUpdate = single.thisUpdate.getTime();
  if (thisUpdate <= t) {
    const until = single.nextUpdate ? single.nextUpdate.getTime() : thisUpdate + maxAgeMs;
    // A revocation (not a hold, which may be lifted) already in effect stays true however old the answer.
    const permanent = single.status.kind === 'revoked' && single.status.reason !== 'certificateHold';
    return t <= until || permanent ? null
      : `the answer of ${iso(single.thisUpdate)} is not fresh at ${iso(at)} (${single.nextUpdate ? `nextUpdate ${iso(single.nextUpdate)}` : `older than ${maxAgeMs / 1000} s`})`;
  }
  // Given after the time of interest: a revocation carries its own date; "good" proves the past only
  // while the responder still kept the certificate's status (not yet expired, or an archive cutoff covering it).
  if (single.status.kind === 'revoked') return null;
  if (thisUpdate <= cert.notAfter.getTime()) return null;
  if (single.archiveCutoff && single.archiveCutoff.getTime() <= cert.notAfter.getTime()) return null;
  return `the answer of ${iso(single.thisUpdate)} was given after the certificate expired (${iso(cert.notAfter)}) without an archive cutoff covering it`;
}

/**
 * Checks an OCSP response as evidence for `cert` (issued by `issuer`) at
 * `options.at`: structure, the responder's authority and signature, the
 * nonce, the CertID, freshness, and finally the status. Never throws for a
 * bad response — it is "invalid" with the reason.
 */
export async function checkOcspResponse(
  der: Uint8Array | ParsedOcspResponse, cert: NcaCertificate, issuer: NcaCertificate, options: OcspCheckOptions,
): Promise<OcspVerdict> {
  let response: ParsedOcspResponse;
  try {
    response = der instanceof Uint8Array ? parseOcspResponse(der) : der;
  } catch (error) {
    return { status: 'invalid', detail: `OCSP: ${(error as Error).message}`, response: null };
  }
  const invalid = (detail: string): OcspVerdict => ({ status: 'invalid', detail: `OCSP: ${detail}`, response });
  const basic = response.basic;
  if (!basic) return invalid(`the responder answered "${response.responseStatus}"`);
  if (basic.unknownCriticalExtensions.length) return invalid(`unknown critical extension ${basic.unknownCriticalExtensions.join(', ')}`);
  const responder = await authorizedResponder(basic, issuer);
  if (!responder.ok) return invalid(responder.detail);
  const signed = await verifySignedBy(basic.signatureOid, basic.tbs, basic.signatureValue, responder.signer.spki);
  if (!signed.ok) return invalid(`response signature: ${signed.detail}`);
  if (options.expectedNonce) {
    if (!basic.nonce) return invalid('the answer carries no nonce although the request had one');
    if (!bytesEqual(basic.nonce, options.expectedNonce)) return invalid('the nonce differs from the one sent (a replayed answer)');
  }
  let single: OcspSingleResponse | undefined;
  for (const candidate of basic.responses) {
    if (await certIdMatches(candidate.certId, cert, issuer)) {
      single = candidate;
      break;
    }
  }
  if (!single) return invalid(`the answer is not about certificate ${cert.serialNumber} of "${issuer.subject.commonName ?? issuer.subject.text}"`);
  if (single.unknownCriticalExtensions.length) return invalid(`unknown critical extension ${single.unknownCriticalExtensions.join(', ')}`);
  if (single.thisUpdate.getTime() > basic.producedAt.getTime()) return invalid('thisUpdate is after producedAt');
  const late = timingProblem(single, cert, options.at, options.maxAgeMs ?? DEFAULT_OCSP_MAX_AGE_MS);
  if (late) return invalid(late);
  const source = `OCSP ${iso(single.thisUpdate)}, ${responder.how}`;
  switch (single.status.kind) {
    case 'unknown':
      return { status: 'unknown', detail: `the responder does not know the certificate; ${source}`, response };
    case 'revoked': {
      const { revokedAt, reason } = single.status;
      if (revokedAt.getTime() <= options.at.getTime()) {
        return { status: 'revoked', revokedAt, reason, detail: `revoked ${iso(revokedAt)}${reason ? ` (${reason})` : ''}; ${source}`, response };
      }
      return { status: 'good', detail: `not revoked at ${iso(options.at)} (revoked later, ${iso(revokedAt)}); ${source}`, response };
    }
    case 'good':
      return { status: 'good', detail: `not revoked at ${iso(options.at)}; ${source}`, response };
  }
}
