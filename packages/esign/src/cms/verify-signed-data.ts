import { parseCertificate, type NcaCertificate } from '../certificates/parse-certificate';
import type { AlgorithmName } from '../algorithms/types';
import { parseSignedData } from './parse-signed-data';
import { findSignerCertificate, verifySignerCryptography, type SignerFailure } from './verify-signer';

export type SignerCryptoResult = {
  certificate: NcaCertificate | null;
  algorithm: AlgorithmName | null;
  failure: SignerFailure | { code: 'signer_certificate_missing' | 'content_missing'; detail: string } | null;
};

/**
 * Only the cryptographic part — digest and signature under the signer's
 * own certificate. It says nothing about trust; use verifySignature for
 * that. `content` is required for a detached signature.
 */
export async function verifySignedDataCryptography(
  der: Uint8Array, options: { content?: Uint8Array; certificates?: Uint8Array[] } = {},
): Promise<{ ok: boolean; signers: SignerCryptoResult[] }> {
  const cms = parseSignedData(der);
  const candidates: NcaCertificate[] = [];
  for (const certDer of [...cms.certificates, ...(options.certificates ?? [])]) {
    try {
      candidates.push(parseCertificate(certDer));
    } catch {
      // An unreadable hint is ignored; the signer lookup reports what is missing.
    }
  }
  const content = options.content ?? cms.content;
  const signers: SignerCryptoResult[] = [];
  for (const signer of cms.signers) {
    const certificate = findSignerCertificate(signer, candidates);
    if (!certificate) {
      signers.push({ certificate: null, algorithm: null, failure: { code: 'signer_certificate_missing', detail: 'no certificate for the signer' } });
    } else if (!content) {
      signers.push({ certificate, algorithm: null, failure: { code: 'content_missing', detail: 'detached signature and no content given' } });
    } else {
      const result = await verifySignerCryptography(cms, signer, certificate, content);
      signers.push({ certificate, algorithm: result.algorithm?.name ?? null, failure: result.failure });
    }
  }
  return { ok: signers.length > 0 && signers.every((s) => s.failure === null), signers };
}
