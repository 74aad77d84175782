import * as pkijs from 'pkijs';
import { decodeDer } from '../asn1';
import { bytesEqual } from '../bytes';
import { buildChain } from '../chain/build-chain';
import type { ParsedAnchor } from '../chain/trust-anchors';
import { EKU_OID } from '../certificates/oids';
import { parseCertificate, type NcaCertificate } from '../certificates/parse-certificate';
import { digestByOid } from '../cms/digests';
import { CMS_OID } from '../cms/oids';
import { parseSignedData } from '../cms/parse-signed-data';
import { findSignerCertificate, verifySignerCryptography } from '../cms/verify-signer';

export type TimestampVerdict =
  | { ok: true; time: Date; tsa: string; detail: string }
  | { ok: false; detail: string };

/**
 * Verifies an RFC 3161 signature time-stamp token over `signatureValue`
 * (the SignerInfo's signature): imprint, the TSA's signature, and the TSA
 * certificate's chain to a pinned anchor at the stamped time. The TSA
 * certificate's revocation is not checked yet.
 */
export async function verifyTimestampToken(
  token: Uint8Array, signatureValue: Uint8Array,
  context: { anchors: ParsedAnchor[]; hints: NcaCertificate[]; allowTestPki: boolean },
): Promise<TimestampVerdict> {
  try {
    const cms = parseSignedData(token);
    if (cms.contentType !== CMS_OID.tstInfo || !cms.content) return { ok: false, detail: 'not a TSTInfo token' };
    if (cms.signers.length !== 1) return { ok: false, detail: `${cms.signers.length} signers in the token` };
    const info = new pkijs.TSTInfo({ schema: decodeDer(cms.content, 'TSTInfo') });
    const imprint = await digestByOid(info.messageImprint.hashAlgorithm.algorithmId, signatureValue);
    if (!imprint || !bytesEqual(imprint, new Uint8Array(info.messageImprint.hashedMessage.valueBlock.valueHexView))) {
      return { ok: false, detail: 'the token stamps another signature' };
    }
    const certs = cms.certificates.map(parseCertificate);
    const signer = cms.signers[0]!;
    const tsa = findSignerCertificate(signer, [...certs, ...context.hints]);
    if (!tsa) return { ok: false, detail: 'no TSA certificate' };
    if (!tsa.extendedKeyUsage.includes(EKU_OID.timeStamping)) return { ok: false, detail: 'the certificate is not a time-stamping certificate' };
    const crypto = await verifySignerCryptography(cms, signer, tsa, cms.content);
    if (crypto.failure) return { ok: false, detail: `TSA signature: ${crypto.failure.detail}` };
    const chain = await buildChain(tsa, [...certs, ...context.hints], context.anchors, info.genTime);
    if (!chain.ok) return { ok: false, detail: `TSA chain: ${chain.problems.map((p) => p.detail).join('; ')}` };
    if (chain.anchor.test && !context.allowTestPki) return { ok: false, detail: 'TSA of a test PKI' };
    const name = tsa.subject.commonName ?? tsa.subject.text;
    return { ok: true, time: info.genTime, tsa: name, detail: `time-stamp ${info.genTime.toISOString()} by "${name}"` };
  } catch (error) {
    return { ok: false, detail: `unreadable token: ${(error as Error).message}` };
  }
}
