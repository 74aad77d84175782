import type { NcaCertificate } from '../certificates/parse-certificate';
import type { ParsedCrl } from '../crl/parse-crl';
import { revocationStatus } from '../crl/revocation-status';
import { certIdMatches } from '../ocsp/cert-id';
import { checkOcspResponse, type OcspVerdict } from '../ocsp/check-response';
import { queryOcsp, type OcspTransport } from '../ocsp/fetch';
import type { OcspHash } from '../ocsp/oids';
import { parseOcspResponse, type ParsedOcspResponse } from '../ocsp/parse-response';

/** How the verifier gets OCSP evidence (checklist 5): answers at hand, and/or a responder to ask. */
export type OcspOptions = {
  /** DER OCSP responses already held (CLI --ocsp, stored evidence): used for the certificates they are about. */
  responses?: Uint8Array[];
  /** The responder for a certificate of `issuer` (a configured one, or the certificate's AIA); null = do not ask. */
  responderUrl?: (cert: NcaCertificate, issuer: NcaCertificate) => string | null;
  /** Sends the request (HTTP POST in the server); without it nobody is asked. */
  transport?: OcspTransport;
  /** The CertID hash the responder expects (default SHA-1). */
  hash?: OcspHash;
  /** How long an answer without nextUpdate stays fresh (default 1 hour). */
  maxAgeMs?: number;
  /** Send a nonce and require it back (default true). */
  nonce?: boolean;
};

export type RevocationOutcome = {
  status: 'good' | 'revoked' | 'on_hold' | 'unknown';
  detail: string;
  crls: ParsedCrl[];
  /** The OCSP answers the verdict rests on (DER), kept as evidence. */
  ocsp: Uint8Array[];
};

async function heldAnswersAbout(cert: NcaCertificate, issuer: NcaCertificate, responses: Uint8Array[]): Promise<ParsedOcspResponse[]> {
  const out: ParsedOcspResponse[] = [];
  for (const der of responses) {
    let parsed: ParsedOcspResponse;
    try {
      parsed = parseOcspResponse(der);
    } catch {
      continue;
    }
    for (const single of parsed.basic?.responses ?? []) {
      if (await certIdMatches(single.certId, cert, issuer)) {
        out.push(parsed);
        break;
      }
    }
  }
  return out;
}

/**
 * Checklist item 5 for one link of the chain: the CRLs (full + delta) and
 * OCSP answers at hand, and the configured responder asked when there is
 * one. A revocation or a hold in effect at `at` from any valid source wins;
 * a responder that does not know the certificate is a refusal; otherwise
 * one fresh "good" (CRL or OCSP) is enough. Without one: unknown — fail closed.
 */
export async function checkRevocation(
  cert: NcaCertificate, issuer: NcaCertificate, crls: ParsedCrl[], at: Date, ocsp: OcspOptions | undefined,
): Promise<RevocationOutcome> {
  const crl = await revocationStatus(cert, issuer, crls, at);
  const verdicts: { verdict: OcspVerdict; der: Uint8Array | null }[] = [];
  const checkOptions = { at, ...(ocsp?.maxAgeMs === undefined ? {} : { maxAgeMs: ocsp.maxAgeMs }) };
  for (const held of await heldAnswersAbout(cert, issuer, ocsp?.responses ?? [])) {
    verdicts.push({ verdict: await checkOcspResponse(held, cert, issuer, checkOptions), der: held.der });
  }
  const url = ocsp?.transport && ocsp.responderUrl ? ocsp.responderUrl(cert, issuer) : null;
  if (url && ocsp?.transport && !verdicts.some((v) => v.verdict.status !== 'invalid')) {
    verdicts.push(await queryOcsp({
      cert, issuer, url, transport: ocsp.transport, at,
      ...(ocsp.hash ? { hash: ocsp.hash } : {}), ...(ocsp.nonce === undefined ? {} : { nonce: ocsp.nonce }),
      ...(ocsp.maxAgeMs === undefined ? {} : { maxAgeMs: ocsp.maxAgeMs }),
    }));
  }
  const usable = verdicts.filter((v) => v.verdict.status !== 'invalid');
  const evidence = usable.flatMap((v) => (v.der ? [v.der] : []));
  const details = [crl.detail, ...verdicts.map((v) => v.verdict.detail)].join('; ');
  const revoked = usable.find((v) => v.verdict.status === 'revoked');
  const crlHold = crl.status === 'revoked' && crl.reason === 'certificateHold';
  const ocspHold = revoked?.verdict.status === 'revoked' && revoked.verdict.reason === 'certificateHold';
  const permanent = (crl.status === 'revoked' && !crlHold) || (revoked !== undefined && !ocspHold);
  if (permanent) return { status: 'revoked', detail: details, crls: crl.crls, ocsp: evidence };
  if (crlHold || ocspHold) return { status: 'on_hold', detail: details, crls: crl.crls, ocsp: evidence };
  if (usable.some((v) => v.verdict.status === 'unknown')) return { status: 'unknown', detail: details, crls: crl.crls, ocsp: evidence };
  if (crl.status === 'good' || usable.some((v) => v.verdict.status === 'good')) {
    return { status: 'good', detail: details, crls: crl.crls, ocsp: evidence };
  }
  return { status: 'unknown', detail: details, crls: [], ocsp: [] };
}
